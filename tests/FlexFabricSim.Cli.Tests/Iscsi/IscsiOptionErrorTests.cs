using FlexFabricSim.Cli;

namespace FlexFabricSim.Cli.Tests.Iscsi;

/// <summary>Refused input to <c>target serve</c> and <c>iscsi read</c>: exit code 2, one line naming the option on stderr, nothing on stdout.</summary>
public sealed class IscsiOptionErrorTests
{
    /// <summary>Runs the CLI; a command that wrongly accepted its input (and went on to serve or connect) fails the test, not hangs it.</summary>
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var run = Task.Run(() => FlexFabricCommand.Run(args, output, error));
        Assert.True(run.Wait(TimeSpan.FromSeconds(30)), $"'{string.Join(' ', args)}' did not refuse its input");
        return (run.Result, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("--fault-async", "bogus:1")]
    [InlineData("--fault-async", "logout")]
    [InlineData("--fault-async", "logout:-1")]
    [InlineData("--fault-async", "logout:5:0")]
    [InlineData("--fault-async", "drop-session:5:10")] // a deadline only means something for a logout request
    [InlineData("--fault-login-reject", "0x0900")]
    [InlineData("--nop-in-interval", "0")]
    [InlineData("--nop-in-timeout", "0")]
    public void TargetServeRefusesBadValuesBeforeListening(string option, string value)
    {
        var (code, output, error) = Run("target", "serve", "--portal", "127.0.0.1:3260", "--target", "iqn.2026-11.lab.test:t", "--lun", "0=mem:1M", option, value);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void IscsiReadRefusesPassesBelowOne(string passes)
    {
        var (code, output, error) = Run("iscsi", "read", "--portal", "127.0.0.1:3260", "--target", "iqn.2026-11.lab.test:t", "--passes", passes);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--passes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void IscsiReadRefusesSeveralPassesIntoOneOutputFile()
    {
        var (code, _, error) = Run("iscsi", "read", "--portal", "127.0.0.1:3260", "--target", "iqn.2026-11.lab.test:t", "--passes", "2", "--output", "x.img");
        Assert.Equal(2, code);
        Assert.Contains("--output", error, StringComparison.Ordinal);
    }
}
