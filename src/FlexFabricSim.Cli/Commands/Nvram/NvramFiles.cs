using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Cli.Commands.Nvram;

/// <summary>Loading and saving images for the nvram commands, turning every problem into a message and an exit code.</summary>
internal static class NvramFiles
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A failure that is not the user's input (I/O).</summary>
    public const int Failure = 1;

    /// <summary>Refused input: a bad file, a bad argument, a change the card's rules refuse.</summary>
    public const int Refused = 2;

    /// <summary>Reads <paramref name="path"/>; on failure writes why to <paramref name="error"/> and returns the exit code.</summary>
    public static AdapterConfiguration? Load(string path, TextWriter error, out int exitCode)
    {
        exitCode = Ok;
        try
        {
            return FirmwareImage.Read(path);
        }
        catch (FirmwareImageException ex)
        {
            error.WriteLine($"{path}: {ex.Message} ({ex.Reason})");
            exitCode = Refused;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            error.WriteLine($"{path}: no such file.");
            exitCode = Refused;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: cannot read: {ex.Message}");
            exitCode = Failure;
        }
        return null;
    }

    /// <summary>Saves atomically; on failure writes why (the old file is unchanged) and returns <see cref="Failure"/>.</summary>
    public static int Save(string path, AdapterConfiguration config, TextWriter error)
    {
        try
        {
            FirmwareImage.Write(path, config);
            return Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: cannot save: {ex.Message} (any previous file is unchanged)");
            return Failure;
        }
    }

    /// <summary>
    /// The port/functions a command should cover: all that exist, or the one port / function asked for. Ports and
    /// functions are numbered from 0, as <see cref="NvramAddress"/> does.
    /// </summary>
    public static IReadOnlyList<NvramAddress>? Select(AdapterConfiguration config, int? port, int? function, TextWriter error)
    {
        if (port is { } p && (p < 0 || p >= config.Ports.Count))
        {
            error.WriteLine($"The {config.ModelInfo.Key} has ports 0-{config.Ports.Count - 1}; there is no port {p}.");
            return null;
        }
        if (function is { } f && (f < 0 || f >= config.FunctionsPerPort))
        {
            error.WriteLine(config.IsMultiFunction
                ? $"Functions are numbered 0-{config.FunctionsPerPort - 1}; there is no function {f}."
                : $"The card is in single-function mode: each port has only function 0 (asked for function {f}).");
            return null;
        }
        return [.. config.Addresses.Where(a => (port is null || a.Port == port) && (function is null || a.Function == function))];
    }

    /// <summary>A value for a text listing: quoted when empty or when it has outer spaces, so nothing is invisible.</summary>
    public static string Show(string value) =>
        value.Length == 0 || value.Trim().Length != value.Length ? $"\"{value}\"" : value;
}
