using System.CommandLine;
using FlexFabricSim.Device.Rules;

namespace FlexFabricSim.Cli.Commands.Nvram;

/// <summary><c>flexfabric nvram check FILE</c>: is the image valid, and what would a trainer question?</summary>
public static class NvramCheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The image to check." };
        var strict = new Option<bool>("--strict") { Description = "Exit 1 when there are training advisories (for scripts and CI)." };
        var command = new Command("check",
            "Check an image: format, CRC and the card's rules (exit 2 if invalid), then list training advisories (G p.7: the card itself " +
            "checks no addresses).")
        {
            file, strict,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var path = parseResult.GetValue(file)!;
            if (NvramFiles.Load(path, parseResult.InvocationConfiguration.Error, out var exitCode) is not { } config)
            {
                return exitCode;
            }
            output.WriteLine($"{path}: valid {config.ModelInfo.Key} image, base MAC {config.BaseMac}, " +
                $"{(config.IsMultiFunction ? "Multi-Function" : "single-function")} mode, iSCSI boot firmware " +
                $"{(config.OptionRom.HasIscsiBootFirmware ? "present" : "absent")}.");
            var advisories = TrainingAdvisor.Check(config);
            foreach (var advisory in advisories)
            {
                output.WriteLine($"advisory: {advisory}");
            }
            output.WriteLine(advisories.Count switch
            {
                0 => "No training advisories.",
                1 => "1 training advisory.",
                var n => $"{n} training advisories.",
            });
            return advisories.Count > 0 && parseResult.GetValue(strict) ? 1 : NvramFiles.Ok;
        });
        return command;
    }
}
