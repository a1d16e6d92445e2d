using System.Globalization;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Ladder;
using FlexFabricSim.Cli.Commands.Nvram;
using FlexFabricSim.Net.Capture;

namespace FlexFabricSim.Cli.Commands;

/// <summary>How <c>flexfabric boot</c> shows a result: the console, the ladder, the event log and a verdict; and the files it writes.</summary>
internal static class BootCommandOutput
{
    /// <summary>The text form: data on <paramref name="output"/>, a failure's verdict on <paramref name="error"/>.</summary>
    public static void WriteText(BootResult result, TextWriter output, TextWriter error, bool printConsole, bool ladder, bool events)
    {
        if (printConsole)
        {
            output.Write(result.ConsoleText);
        }
        if (ladder)
        {
            output.WriteLine();
            output.Write(LadderRenderer.Render(result.Ladder));
        }
        if (events)
        {
            output.WriteLine();
            foreach (var e in result.Events)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{e.At.TotalSeconds,12:0.000000}  {e.Stage,-11} {e.Severity,-11} {e.Id?.ToString() ?? "-",-8} {e.Message}"));
            }
        }
        if (result.HandOff is { SessionList.Count: > 0 } handOff)
        {
            output.WriteLine();
            output.WriteLine("C:\\> iscsicli sessionlist");
            foreach (var line in handOff.SessionList)
            {
                output.WriteLine(line);
            }
        }
        output.WriteLine();
        if (result.Succeeded)
        {
            output.WriteLine(result.HandOff is { } up
                ? $"{Verdict(result)}: {up.Message}"
                : "Handed off: the option ROM finished its part (no --os given, so no OS was simulated).");
            foreach (var note in result.HandOff?.Notes ?? [])
            {
                output.WriteLine($"note: {note.Code} {note.Message}{(note.Guide is null ? "" : $" (see {note.Guide})")}");
            }
            return;
        }
        error.WriteLine($"Boot failed at stage {result.FailedStage}: {result.EventId} {result.Reason}"
            + (result.Guide is null ? "" : $" (see {result.Guide})"));
    }

    /// <summary>Writes the pcapng and iBFT files asked for (atomically); returns the exit code for the files (0 when fine).</summary>
    public static int WriteFiles(BootResult result, string? pcap, string? ibft, TextWriter error)
    {
        var code = NvramFiles.Ok;
        if (pcap is not null)
        {
            code = Write(pcap, result.Pcapng, error, code);
        }
        if (ibft is not null)
        {
            if (result.Ibft is null)
            {
                error.WriteLine($"note: no iBFT was published (the boot ended before it), so {ibft} was not written");
            }
            else
            {
                code = Write(ibft, result.Ibft, error, code);
            }
        }
        return code;
    }

    private static int Write(string path, byte[] bytes, TextWriter error, int code)
    {
        try
        {
            using var file = AtomicFile.Create(path);
            file.Stream.Write(bytes);
            file.Commit();
            return code;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{path}: cannot write: {e.Message}");
            return NvramFiles.Failure;
        }
    }

    private static string Verdict(BootResult result) => result.Outcome == BootOutcome.InstallerRunning ? "Installer up" : "OS up";
}
