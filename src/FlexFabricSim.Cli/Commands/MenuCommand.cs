using System.CommandLine;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.Headless;
using FlexFabricSim.Tui.Interactive;
using FlexFabricSim.Tui.Navigation;

namespace FlexFabricSim.Cli.Commands;

/// <summary><c>flexfabric menu</c>: power the simulated server on and use the card's menus, in the terminal or replayed headless.</summary>
public static class MenuCommand
{
    private const int Refused = 2;
    private const int Failed = 1;

    private static readonly Option<FileInfo?> ImageOption = new("--image")
    {
        Description = "Firmware image (.ffimg) to power on with; the menu's saves write it. Default: a built-in 534FLR-SFP+ adapter.",
    };

    private static readonly Option<string?> ModelOption = new("--model")
    {
        Description = "Adapter model (534M, 534FLR-SFP+, 534FLB, CN1100R): the built-in adapter's model, or the model --image must hold.",
    };

    private static readonly Option<int?> PortOption = new("--port")
    {
        Description = "Open this port's MBA Configuration menu directly (ports are numbered from 0, as in 'nvram set --port').",
    };

    private static readonly Option<string?> KeysOption = new("--keys")
    {
        Description = "Replay keys headless instead of using the terminal. " + KeyScript.SyntaxHelp +
            " Keys pressed during power-on wait for the banner, as the BIOS keyboard buffer does." +
            " Example: \"ctrl+s,enter,down,right,esc\".",
    };

    private static readonly Option<FileInfo?> ScreenOption = new("--screen")
    {
        Description = "Write the final screen as text to this file (headless; without it the screen goes to standard output).",
    };

    private static readonly Option<FileInfo?> AttributesOption = new("--attributes")
    {
        Description = "Also write the final screen's colours (a legend and one symbol per cell) to this file (headless).",
    };

    private static readonly Option<bool> SaveOption = new("--save")
    {
        Description = "Headless: let the menu's saves (F4, Exit and Save Configuration) write --image. Without it a replay is a dry run.",
    };

    private static readonly Option<string> SizeOption = new("--size")
    {
        Description = "Headless screen size, WIDTHxHEIGHT (the card's text mode is 80x25).",
        DefaultValueFactory = _ => "80x25",
    };

    /// <summary>Builds the <c>menu</c> command.</summary>
    public static Command Create()
    {
        var command = new Command("menu",
            "Power the simulated server on: power-on lines, the boot agent banner (press Ctrl-S, or Ctrl-B if so configured, " +
            "within Banner Message Timeout), the MBA and iSCSI configuration menus, then the boot console. " +
            "Keys as on the card: up/down select, left/right change a value, Enter edits or opens, ESC goes back, F4 saves. " +
            "Ctrl-R restarts the simulated server, Ctrl-Q quits.");
        foreach (var option in Options)
        {
            command.Options.Add(option);
        }
        command.SetAction(parse => Invoke(parse, MenuArguments.From(parse)));
        return command;
    }

    /// <summary>Makes <paramref name="root"/> run the interactive menu when <c>flexfabric</c> is given no command.</summary>
    public static void MakeDefault(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.SetAction(parse => Invoke(parse, new MenuArguments(null, null, null, null, null, null, false, "80x25")));
    }

    private static IEnumerable<Option> Options =>
        [ImageOption, ModelOption, PortOption, KeysOption, ScreenOption, AttributesOption, SaveOption, SizeOption];

    private static int Invoke(ParseResult parse, MenuArguments arguments)
    {
        var stdout = parse.InvocationConfiguration.Output;
        var stderr = parse.InvocationConfiguration.Error;
        try
        {
            return Run(arguments, stdout, stderr);
        }
        catch (MenuRefusal refusal)
        {
            stderr.WriteLine($"flexfabric menu: {refusal.Message}");
            return Refused;
        }
    }

    private static int Run(MenuArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var (image, modelName, port, keys, screen, attributes, save, size) = arguments;
        var headless = keys is not null || screen is not null || attributes is not null;

        if (save && (image is null || !headless))
        {
            throw new MenuRefusal("--save needs --image (the file to write) and --keys (a headless replay).");
        }
        var script = ParseScript(keys);
        var (width, height) = ParseSize(size);
        var configuration = LoadConfiguration(image, modelName);
        if (port is { } p && (p < 0 || p >= configuration.Ports.Count))
        {
            throw new MenuRefusal($"--port {p}: the {configuration.ModelInfo.Key} has ports 0-{configuration.Ports.Count - 1}.");
        }

        if (!headless)
        {
            if (!MenuApplication.HasTerminal)
            {
                throw new MenuRefusal("the interactive menu needs a terminal; to replay keys without one, use --keys and --screen.");
            }
            var interactiveStore = image is null
                ? new MemoryConfigurationStore("kept until you quit (built-in adapter, no image file)")
                : (IConfigurationStore)new ImageFileStore(image.FullName);
            MenuApplication.Run(configuration, interactiveStore, port);
            return 0;
        }

        IConfigurationStore store = save
            ? new ImageFileStore(image!.FullName)
            : new MemoryConfigurationStore("dry run: not written, use --save");
        using var session = HeadlessSession.Start(configuration,
            new HeadlessOptions { Width = width, Height = height, Store = store, Port = port });
        session.Run(script);
        var capture = session.Capture();
        try
        {
            if (screen is null)
            {
                stdout.Write(capture.Text);
            }
            else
            {
                WriteAtomically(screen.FullName, capture.Text);
            }
            if (attributes is not null)
            {
                WriteAtomically(attributes.FullName, capture.AttributeMap);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"flexfabric menu: cannot write the screen: {ex.Message}");
            return Failed;
        }
        return 0;
    }

    private static KeyScript ParseScript(string? keys)
    {
        try
        {
            return keys is null ? KeyScript.Empty : KeyScript.Parse(keys);
        }
        catch (KeyScriptException ex)
        {
            throw new MenuRefusal($"--keys: {ex.Message}");
        }
    }

    private static (int Width, int Height) ParseSize(string? size)
    {
        var parts = (size ?? "").Split('x', 'X');
        if (parts.Length == 2 && int.TryParse(parts[0], out var w) && int.TryParse(parts[1], out var h)
            && w is >= 80 and <= 400 && h is >= 25 and <= 200)
        {
            return (w, h);
        }
        throw new MenuRefusal($"--size '{size}': write WIDTHxHEIGHT, at least 80x25 and at most 400x200.");
    }

    private static AdapterConfiguration LoadConfiguration(FileInfo? image, string? modelName)
    {
        AdapterModelInfo? model = null;
        if (modelName is not null)
        {
            model = AdapterCatalog.TryFind(modelName, out var found)
                ? found
                : throw new MenuRefusal($"--model '{modelName}' is not a known adapter. {AdapterCatalog.DescribeValidNames()}");
        }
        if (image is null)
        {
            var factory = model is null
                ? FactoryImages.Default
                : FactoryImages.All.First(f => f.Model == model.Model && f.IscsiBootFirmware);
            return factory.Create();
        }
        try
        {
            return FirmwareImage.Read(image.FullName, model?.Model);
        }
        catch (FirmwareImageException ex)
        {
            throw new MenuRefusal($"{image.Name}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new MenuRefusal($"cannot read {image.Name}: {ex.Message}");
        }
    }

    /// <summary>Writes a text file through a temporary file in the same folder, so readers never see half a screen.</summary>
    private static void WriteAtomically(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, text);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>The command's options as given.</summary>
    private sealed record MenuArguments(
        FileInfo? Image, string? Model, int? Port, string? Keys, FileInfo? Screen, FileInfo? Attributes, bool Save, string? Size)
    {
        public static MenuArguments From(ParseResult parse) => new(
            parse.GetValue(ImageOption), parse.GetValue(ModelOption), parse.GetValue(PortOption), parse.GetValue(KeysOption),
            parse.GetValue(ScreenOption), parse.GetValue(AttributesOption), parse.GetValue(SaveOption), parse.GetValue(SizeOption));
    }

    /// <summary>Input the command refuses (exit 2), with the message for standard error.</summary>
    private sealed class MenuRefusal(string message) : Exception(message);
}
