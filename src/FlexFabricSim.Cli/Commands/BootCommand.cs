using System.CommandLine;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Lab;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Cli.Commands.Nvram;
using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Cli.Commands;

/// <summary>
/// <c>flexfabric boot</c>: boots a simulated adapter in a lab (or on a real interface) and prints what the option ROM
/// printed; exits 0 when the OS came up, 1 when the boot failed (naming the stage, event id and guide section), 2 for
/// refused input.
/// </summary>
public static class BootCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var image = new Option<string?>("--image") { Description = "The firmware image (*.ffimg) to boot; default the factory 534FLR-SFP+." };
        var port = new Option<int>("--port") { Description = "The port that boots (from 0).", DefaultValueFactory = _ => 0 };
        var function = new Option<int>("--function") { Description = "The function that boots, in Multi-Function mode (from 0).", DefaultValueFactory = _ => 0 };
        var lab = new Option<string?>("--lab") { Description = "The lab file (YAML): the switch port, DHCP servers, router and targets with their faults." };
        var network = new Option<string?>("--network") { Description = "real: boot on the host's network through --interface (root needed)." };
        network.AcceptOnlyFromAmong("real", "lab");
        var iface = new Option<string?>("--interface") { Description = "The Linux interface for --network real, e.g. a veth end." };
        var os = new Option<string?>("--os") { Description = $"The OS on the target: {string.Join(", ", OsProfiles.All.Select(p => p.Key))}." };
        var pcap = new Option<string?>("--pcap") { Description = "Write every frame of the boot to this pcapng file." };
        var ibft = new Option<string?>("--ibft") { Description = "Write the iBFT the ROM published to this file." };
        var ladder = new Option<bool>("--ladder") { Description = "Print the exchange as a ladder: initiator | DHCP server | targets." };
        var events = new Option<bool>("--events") { Description = "Print the event log (simulated time, stage, event id, message)." };
        var realtime = new Option<bool>("--realtime") { Description = "Run the lab at wall-clock speed, with the countdowns visible." };
        var json = new Option<bool>("--json") { Description = "Write the whole result as JSON instead of text." };
        var timeLimit = new Option<double>("--time-limit")
        {
            Description = "Simulated seconds after which a boot that keeps retrying is ended (default 3600).",
            DefaultValueFactory = _ => 3600,
        };
        var command = new Command("boot", "Power on a simulated adapter and run its iSCSI boot: console, event log, ladder, pcapng, iBFT.")
        {
            image, port, function, lab, network, iface, os, pcap, ibft, ladder, events, realtime, json, timeLimit,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var request = BuildRequest(parseResult, error, image, port, function, lab, network, iface, os, realtime, timeLimit);
            if (request is null)
            {
                return NvramFiles.Refused;
            }
            var observer = request.Realtime && !parseResult.GetValue(json) ? new LiveConsole(output, error) : null;
            BootResult result;
            try
            {
                result = await BootEngine.RunAsync(request, observer, cancellationToken);
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"error: {e.Message}");
                return NvramFiles.Refused;
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException or System.Net.Sockets.SocketException)
            {
                error.WriteLine($"error: cannot use the network: {e.Message}");
                return NvramFiles.Failure;
            }
            observer?.Finish();
            var files = BootCommandOutput.WriteFiles(result, parseResult.GetValue(pcap), parseResult.GetValue(ibft), error);
            if (parseResult.GetValue(json))
            {
                output.WriteLine(BootJson.Serialize(result));
            }
            else
            {
                BootCommandOutput.WriteText(result, output, error, printConsole: observer is null, parseResult.GetValue(ladder), parseResult.GetValue(events));
            }
            return files != NvramFiles.Ok ? files : result.Succeeded ? NvramFiles.Ok : NvramFiles.Failure;
        });
        return command;
    }

    private static BootRequest? BuildRequest(ParseResult parse, TextWriter error, Option<string?> image, Option<int> port, Option<int> function,
        Option<string?> lab, Option<string?> network, Option<string?> iface, Option<string?> os, Option<bool> realtime, Option<double> timeLimit)
    {
        var real = parse.GetValue(network) == "real";
        var labPath = parse.GetValue(lab);
        if (real == (labPath is not null))
        {
            error.WriteLine(real ? "error: give either --lab or --network real, not both" : "error: give --lab LAB.yaml (or --network real --interface IF)");
            return null;
        }
        if (real && string.IsNullOrWhiteSpace(parse.GetValue(iface)))
        {
            error.WriteLine("error: --network real needs --interface IF");
            return null;
        }
        if (parse.GetValue(os) is { } osName && OsProfiles.Find(osName) is null)
        {
            error.WriteLine($"error: unknown --os '{osName}'; valid: {string.Join(", ", OsProfiles.All.Select(p => p.Key))}");
            return null;
        }
        if (parse.GetValue(timeLimit) is var limit && (!double.IsFinite(limit) || limit <= 0 || limit > TimeSpan.FromDays(30).TotalSeconds))
        {
            error.WriteLine("error: --time-limit must be a positive number of seconds (at most 30 days)");
            return null;
        }
        AdapterConfiguration config;
        if (parse.GetValue(image) is { } path)
        {
            if (NvramFiles.Load(path, error, out _) is not { } loaded)
            {
                return null;
            }
            config = loaded;
        }
        else
        {
            config = FactoryImages.Default.Create();
        }
        var at = new NvramAddress(parse.GetValue(port), parse.GetValue(function));
        if (NvramFiles.Select(config, at.Port, at.Function, error) is null)
        {
            return null;
        }
        LabDefinition? labDefinition = null;
        if (labPath is not null)
        {
            try
            {
                labDefinition = LabFileReader.Read(labPath);
            }
            catch (LabFormatException e)
            {
                error.WriteLine($"error: {e.Message}");
                return null;
            }
        }
        return new BootRequest
        {
            Configuration = config,
            At = at,
            Network = real ? BootNetwork.Real : BootNetwork.Lab,
            Lab = labDefinition,
            Interface = parse.GetValue(iface),
            Os = parse.GetValue(os) is { } name ? OsProfiles.Get(name).Key : null,
            Realtime = parse.GetValue(realtime),
            TimeLimit = TimeSpan.FromSeconds(limit),
        };
    }
}
