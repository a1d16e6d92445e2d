namespace FlexFabricSim.Cli.Tests.Net;

/// <summary><c>flexfabric net host</c> refuses bad input with exit 2 and a message; the real-interface runs are in the interop tests.</summary>
public sealed class NetHostCommandTests
{
    [Fact]
    public void HelpListsEveryOption()
    {
        var result = CliRunner.Succeeds("net", "host", "--help");
        foreach (var option in new[] { "--interface", "--mac", "--ip", "--ipv6-autoconf", "--vlan", "--tcp-timestamps", "--echo-port", "--pcap", "--for" })
        {
            Assert.Contains(option, result.Output);
        }
    }

    [Theory]
    [InlineData("--mac", "02:00:00:00:00", "--mac")]
    [InlineData("--mac", "01:00:5e:00:00:01", "unicast")]
    [InlineData("--ip", "192.0.2.10", "ADDRESS/PREFIX")]
    [InlineData("--ip", "192.0.2.10/33", "ADDRESS/PREFIX")]
    [InlineData("--vlan", "4095", "1-4094")]
    [InlineData("--echo-port", "70000", "1-65535")]
    [InlineData("--link-up-delay", "256", "0-255")]
    [InlineData("--for", "0", "--for")]
    [InlineData("--gateway", "2001:db8::1", "--gateway")]
    public void RefusesBadValuesWithExitTwo(string option, string value, string expected)
    {
        string[] args = ["net", "host", "--interface", "lo", "--mac", "02:00:00:00:00:10", "--ip", "192.0.2.10/24"];
        var index = Array.IndexOf(args, option);
        if (index >= 0)
        {
            args[index + 1] = value;
        }
        else
        {
            args = [.. args, option, value];
        }

        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public void RefusesTimestampsOtherThanOnOrOff()
    {
        var result = CliRunner.Run("net", "host", "--interface", "lo", "--mac", "02:00:00:00:00:10", "--tcp-timestamps", "maybe");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void MissingInterfaceOrMacIsRefused()
    {
        Assert.Equal(2, CliRunner.Run("net", "host", "--mac", "02:00:00:00:00:10").ExitCode);
        Assert.Equal(2, CliRunner.Run("net", "host", "--interface", "lo").ExitCode);
    }

    [Fact]
    public void UnknownInterfaceIsRefusedWithExitTwo()
    {
        var result = CliRunner.Run("net", "host", "--interface", "no-such-if0", "--mac", "02:00:00:00:00:10");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no network interface named 'no-such-if0'", result.Error);
    }
}
