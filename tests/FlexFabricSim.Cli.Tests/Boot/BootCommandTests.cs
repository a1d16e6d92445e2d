using System.Text.Json;
using FlexFabricSim.Net.Ibft;
using FlexFabricSim.Testing;

namespace FlexFabricSim.Cli.Tests.Boot;

/// <summary><c>flexfabric boot</c> and <c>flexfabric graph</c>, run in-process: exit codes, output, files.</summary>
public sealed class BootCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Lab(string name) => Path.Combine(RepoPaths.Root, "docs", "labs", name);

    private string Image(params string[] settings)
    {
        var image = _temp.File("card.ffimg");
        CliRunner.Succeeds("nvram", "new", "--model", "534FLR-SFP+", "--mac", "00:11:22:33:44:55", "--out", image);
        CliRunner.Succeeds(["nvram", "set", image, "--port", "0", "mba.boot-protocol=iscsi", .. settings]);
        return image;
    }

    private string StaticImage(params string[] more) => Image(
    [
        "iscsi.general.tcpip-via-dhcp=disabled", "iscsi.general.iscsi-via-dhcp=disabled",
        "iscsi.initiator.ip-address=192.0.2.100", "iscsi.initiator.subnet-mask=255.255.255.0",
        "iscsi.target1.connect=enabled", "iscsi.target1.ip-address=192.0.2.10", "iscsi.target1.iscsi-name=iqn.2026-11.lab.target:disk1",
        .. more,
    ]);

    [Fact]
    public void SuccessfulBootPrintsTheConsoleAndExits0()
    {
        var result = CliRunner.Succeeds("boot", "--image", StaticImage(), "--lab", Lab("static-ipv4.yaml"), "--os", "windows-2012");
        Assert.StartsWith("HP Ethernet Boot Agent v", result.Output);
        Assert.Contains("Login successful", result.Output);
        Assert.Contains("OS up: Windows Server 2012 booted", result.Output);
        Assert.Contains(@"Initiator Name         : ROOT\ISCSIPRT", result.Output);
    }

    [Fact]
    public void FailedBootExits1NamingStageIdAndGuide()
    {
        var result = CliRunner.Run("boot", "--image", StaticImage("iscsi.target1.boot-lun=255"), "--lab", Lab("static-ipv4.yaml"), "--os", "2008-r2");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Boot failed at stage LunAttach: ffs-151", result.Error);
    }

    [Fact]
    public void OsStopErrorIsReportedWithItsTroubleshootingEntry()
    {
        var lab = _temp.File("lun255.yaml");
        File.WriteAllText(lab, File.ReadAllText(Lab("static-ipv4.yaml")).Replace("lun: 0", "lun: 255", StringComparison.Ordinal));
        var result = CliRunner.Run("boot", "--image", StaticImage("iscsi.target1.boot-lun=255"), "--lab", lab, "--os", "windows-2012");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Boot failed at stage OsHandOff: ffs-171", result.Error);
        Assert.Contains("(see G p.27 T10)", result.Error);
    }

    [Fact]
    public void WithoutAnOsTheBootEndsAtTheHandOff()
    {
        var result = CliRunner.Succeeds("boot", "--image", StaticImage(), "--lab", Lab("static-ipv4.yaml"));
        Assert.Contains("Handed off", result.Output);
    }

    [Fact]
    public void DefaultImageBootsPxeAndSaysSo()
    {
        var result = CliRunner.Run("boot", "--lab", Lab("static-ipv4.yaml"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ffs-101", result.Error);
    }

    [Fact]
    public void WritesPcapngIbftAndLadder()
    {
        var pcap = _temp.File("boot.pcapng");
        var ibft = _temp.File("boot.ibft");
        var result = CliRunner.Succeeds("boot", "--image", StaticImage(), "--lab", Lab("static-ipv4.yaml"), "--pcap", pcap, "--ibft", ibft,
            "--ladder", "--events");
        Assert.Equal(0x0A0D0D0Au, BitConverter.ToUInt32(File.ReadAllBytes(pcap), 0)); // pcapng section header block
        Assert.Equal("iqn.2026-11.lab.target:disk1", IbftParser.Parse(File.ReadAllBytes(ibft)).Targets[0].TargetName);
        Assert.Contains("time (s)    initiator", result.Output);
        Assert.Contains("Login Request (security -> operational)", result.Output);
        Assert.Contains("ffs-160", result.Output);
    }

    [Fact]
    public void JsonIsTheWholeResult()
    {
        var result = CliRunner.Succeeds("boot", "--image", StaticImage(), "--lab", Lab("static-ipv4.yaml"), "--os", "rhel-6.2", "--json");
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("os-running", json.RootElement.GetProperty("outcome").GetString());
        Assert.True(json.RootElement.GetProperty("console").GetArrayLength() > 5);
        Assert.Contains(json.RootElement.GetProperty("events").EnumerateArray(), e => e.TryGetProperty("id", out var id) && id.GetString() == "ffs-141");
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("ibft").GetString()));
    }

    [Theory]
    [InlineData("--os", "windows-95")]
    [InlineData("--network", "real")]
    [InlineData("--port", "7")]
    [InlineData("--time-limit", "-1")]
    public void RefusedInputExits2WithAMessage(string option, string value)
    {
        var result = CliRunner.Run("boot", "--lab", Lab("static-ipv4.yaml"), option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void MissingLabExits2()
    {
        var result = CliRunner.Run("boot");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lab", result.Error);
    }

    [Fact]
    public void BadLabFileExits2WithItsLine()
    {
        var lab = _temp.File("bad.yaml");
        File.WriteAllText(lab, "targets:\n  - name: x\n    adress: 192.0.2.1\n");
        var result = CliRunner.Run("boot", "--lab", lab);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.yaml:", result.Error);
    }

    [Fact]
    public void UnreadableImageExits2()
    {
        var image = _temp.File("junk.ffimg");
        File.WriteAllText(image, "not an image");
        Assert.Equal(2, CliRunner.Run("boot", "--image", image, "--lab", Lab("static-ipv4.yaml")).ExitCode);
    }

    [Fact]
    public void MissingInterfaceIsRefusedWith2()
    {
        var result = CliRunner.Run("boot", "--image", StaticImage(), "--network", "real", "--interface", "no-such-if0");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-if0", result.Error);
    }

    [Fact]
    public void RealtimeShowsTheCountdownOnStderr()
    {
        var result = CliRunner.Succeeds("boot", "--image", StaticImage("mba.banner-message-timeout=0", "iscsi.general.link-up-delay=1"),
            "--lab", Lab("static-ipv4.yaml"), "--realtime");
        Assert.Contains("Link Up Delay:   1 s", result.Error);
        Assert.Contains("Link Up Delay: 1 seconds", result.Output);
    }

    [Theory]
    [InlineData("dot", "digraph")]
    [InlineData("mermaid", "stateDiagram-v2")]
    public void GraphPrintsTheBootFlow(string format, string start)
    {
        var result = CliRunner.Succeeds("graph", "--format", format);
        Assert.StartsWith(start, result.Output.TrimStart());
        Assert.Contains("FirstTargetLogin", result.Output);
    }
}
