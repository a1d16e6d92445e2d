namespace FlexFabricSim.Cli.Tests;

/// <summary>A malformed command line is refused like any other bad input: exit 2, a message on stderr, nothing on stdout.</summary>
public sealed class CommandLineErrorTests
{
    [Theory]
    [InlineData("nvram set x.ffimg --port notanumber mba.option-rom=enabled")]
    [InlineData("nvram show")]
    [InlineData("no-such-command")]
    [InlineData("nvram new --model 534M --mac 00:11:22:33:44:55 --out /tmp/x.ffimg --bogus")]
    public void ParseErrorsExitTwoWithAMessageAndNoTrace(string commandLine)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = FlexFabricCommand.Run(commandLine.Split(' '), stdout, stderr);

        Assert.Equal(2, code);
        Assert.Equal("", stdout.ToString());
        Assert.StartsWith("error: ", stderr.ToString());
        Assert.Contains("--help' for usage.", stderr.ToString());
        Assert.DoesNotContain("   at ", stderr.ToString());
    }

    [Fact]
    public void HelpIsNotAnError()
    {
        var stdout = new StringWriter();
        var code = FlexFabricCommand.Run(["nvram", "set", "--help"], stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Contains("KEY=VALUE", stdout.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
