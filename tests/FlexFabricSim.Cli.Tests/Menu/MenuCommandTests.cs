using System.Diagnostics;
using FlexFabricSim.Cli;
using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.Headless;

namespace FlexFabricSim.Cli.Tests.Menu;

/// <summary><c>flexfabric menu</c>: scripted replays (<c>--keys/--screen</c>), saves, and refused input.</summary>
public sealed class MenuCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("flexfabric-menu-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = FlexFabricCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string FactoryImage()
    {
        var path = Path.Combine(_folder, "card.ffimg");
        FirmwareImage.Write(path, FactoryImages.Default.Create());
        return path;
    }

    [Fact]
    public void Keys_and_screen_write_the_same_screen_the_headless_session_shows()
    {
        var screen = Path.Combine(_folder, "out.txt");
        const string keys = "ctrl+s,down,right,enter,esc";

        var (exit, _, err) = Run("menu", "--keys", keys, "--screen", screen);

        Assert.Equal(0, exit);
        Assert.Equal("", err);
        using var session = HeadlessSession.Start(FactoryImages.Default.Create());
        session.Run(KeyScript.Parse(keys));
        Assert.Equal(session.ScreenText, File.ReadAllText(screen));
        // Port 1's MBA menu was opened and left again: the replay ends on the device list with port 1 selected.
        Assert.Contains("│► Port 1 ", File.ReadAllText(screen), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_screen_the_screen_goes_to_standard_output()
    {
        var (exit, output, _) = Run("menu", "--keys", "ctrl+s");

        Assert.Equal(0, exit);
        Assert.Contains("Device List", output, StringComparison.Ordinal);
        Assert.Equal(25, output.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Save_lets_the_menus_saves_write_the_image()
    {
        var image = FactoryImage();

        var (exit, _, err) = Run("menu", "--image", image, "--keys", "ctrl+s,enter,down,right,f4", "--save");

        Assert.Equal(0, exit);
        Assert.Equal("", err);
        Assert.Equal("iscsi", FirmwareImage.Read(image).Get(NvramAddress.OfPort(0), FieldKeys.Mba.BootProtocol));
    }

    [Fact]
    public void Without_save_a_replay_is_a_dry_run()
    {
        var image = FactoryImage();
        var before = File.ReadAllBytes(image);

        var (exit, output, _) = Run("menu", "--image", image, "--keys", "ctrl+s,enter,down,right,f4");

        Assert.Equal(0, exit);
        Assert.Contains("dry run", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(image));
    }

    [Fact]
    public void Model_port_size_and_attributes_shape_the_replay()
    {
        var attributes = Path.Combine(_folder, "colours.txt");

        var (exit, output, _) = Run("menu", "--model", "534m", "--port", "1", "--size", "100x30", "--keys", "ctrl+s",
            "--attributes", attributes);

        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(30, lines.Length);
        Assert.All(lines, l => Assert.Equal(100, l.Length));
        Assert.Contains("HP FlexFabric 10Gb 2-port 534M Adapter", output, StringComparison.Ordinal);
        Assert.Contains("Port 1", output, StringComparison.Ordinal);
        Assert.StartsWith("0 = Black on Cyan", File.ReadAllText(attributes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--keys", "ctrl+s,,down", "empty step at position 7")]
    [InlineData("--keys", "ctrl+s,sideways", "unknown key 'sideways'")]
    [InlineData("--model", "535X", "not a known adapter")]
    [InlineData("--port", "2", "ports 0-1")]
    [InlineData("--size", "40x10", "at least 80x25")]
    [InlineData("--save", null, "--save needs --image")]
    public void Refused_input_exits_2_with_a_message_and_no_stack_trace(string option, string? value, string message)
    {
        string[] args = (option, value) switch
        {
            ("--keys", _) => ["menu", option, value!],
            (_, null) => ["menu", option, "--keys", "ctrl+s"],
            _ => ["menu", option, value, "--keys", "ctrl+s"],
        };

        var (exit, _, err) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_refused()
    {
        var bogus = Path.Combine(_folder, "bogus.ffimg");
        File.WriteAllText(bogus, "not an image");
        var missing = Path.Combine(_folder, "missing.ffimg");

        Assert.Equal(2, Run("menu", "--image", bogus, "--keys", "ctrl+s").Exit);
        Assert.Equal(2, Run("menu", "--image", missing, "--keys", "ctrl+s").Exit);
        Assert.Equal(2, Run("menu", "--image", FactoryImage(), "--model", "CN1100R", "--keys", "ctrl+s").Exit);
    }

    [Fact]
    public void The_interactive_menu_refuses_to_run_without_a_terminal()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "flexfabric.dll");
        foreach (var args in new[] { "menu", "" })
        {
            var start = new ProcessStartInfo("dotnet", $"\"{cli}\" {args}")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();

            Assert.Equal(2, process.ExitCode);
            Assert.Contains("needs a terminal", error, StringComparison.Ordinal);
        }
    }
}
