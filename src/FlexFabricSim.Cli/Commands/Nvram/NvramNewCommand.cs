using System.CommandLine;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Cli.Commands.Nvram;

/// <summary><c>flexfabric nvram new --model M --mac MAC --out FILE</c>: a factory-fresh image.</summary>
public static class NvramNewCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var model = new Option<string>("--model")
        {
            Description = "Adapter model: 534M, 534FLR-SFP+, 534FLB or CN1100R (see 'flexfabric models').",
            Required = true,
        };
        var mac = new Option<string>("--mac")
        {
            Description = "Base MAC: port 0 / function 0's Ethernet MAC, e.g. 00:17:A4:77:00:10.",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = "The image file to create.", Required = true };
        var noIscsi = new Option<bool>("--no-iscsi-firmware") { Description = "Leave out the iSCSI boot firmware (G p.6, T8)." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing file." };
        var command = new Command("new", "Create a firmware image with factory settings.") { model, mac, output, noIscsi, force };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(output)!;
            if (!AdapterCatalog.TryFind(parseResult.GetValue(model)!, out var info))
            {
                error.WriteLine($"Unknown adapter model '{parseResult.GetValue(model)}'. {AdapterCatalog.DescribeValidNames()}");
                return NvramFiles.Refused;
            }
            if (!MacAddress.TryParse(parseResult.GetValue(mac)!.Trim(), out var baseMac))
            {
                error.WriteLine($"'{parseResult.GetValue(mac)}' is not a MAC address (expected six hex octets like 00:17:A4:77:00:10).");
                return NvramFiles.Refused;
            }
            if (MacPlan.CheckBase(baseMac, info) is { } problem)
            {
                error.WriteLine(problem);
                return NvramFiles.Refused;
            }
            if (File.Exists(path) && !parseResult.GetValue(force))
            {
                error.WriteLine($"{path} already exists; use --force to overwrite it.");
                return NvramFiles.Refused;
            }
            var config = AdapterConfiguration.CreateFactory(info.Model, baseMac, iscsiBootFirmware: !parseResult.GetValue(noIscsi));
            var saved = NvramFiles.Save(path, config, error);
            if (saved == NvramFiles.Ok)
            {
                parseResult.InvocationConfiguration.Output.WriteLine(
                    $"{path}: {info.DisplayName}, base MAC {baseMac}, iSCSI boot firmware " +
                    $"{(config.OptionRom.HasIscsiBootFirmware ? "present" : "absent")}.");
            }
            return saved;
        });
        return command;
    }
}
