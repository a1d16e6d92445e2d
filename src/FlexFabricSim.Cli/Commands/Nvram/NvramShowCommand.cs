using System.CommandLine;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Cli.Commands.Nvram;

/// <summary><c>flexfabric nvram show FILE [--port N] [--function N] [--json]</c>: every field with value, default and use.</summary>
public static class NvramShowCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The image to show." };
        var port = new Option<int?>("--port") { Description = "Only this port (from 0)." };
        var function = new Option<int?>("--function") { Description = "Only this function (from 0; Multi-Function mode has 0-3)." };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of tables." };
        var command = new Command("show",
            "Show every field: key, label, value, default, and whether the current settings make the boot ignore it, and why.")
        {
            file, port, function, json,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            if (NvramFiles.Load(path, error, out var exitCode) is not { } config)
            {
                return exitCode;
            }
            if (NvramFiles.Select(config, parseResult.GetValue(port), parseResult.GetValue(function), error) is not { } addresses)
            {
                return NvramFiles.Refused;
            }
            if (parseResult.GetValue(json))
            {
                NvramJson.Write(output, path, config, addresses);
            }
            else
            {
                WriteText(output, path, config, addresses);
            }
            return NvramFiles.Ok;
        });
        return command;
    }

    private static readonly ScreenId[] AdapterScreens = [ScreenId.Adapter, ScreenId.Rom];

    private static void WriteText(TextWriter output, string path, AdapterConfiguration config, IReadOnlyList<NvramAddress> addresses)
    {
        var model = config.ModelInfo;
        output.WriteLine($"File:      {path}");
        output.WriteLine($"Model:     {model.DisplayName} ({model.Key})");
        output.WriteLine($"Base MAC:  {config.BaseMac}");
        output.WriteLine($"Mode:      {Choices.MultiFunctionMode.ToLabel(config.MultiFunctionMode)}");
        var first = EffectiveConfiguration.For(config, addresses.Count > 0 ? addresses[0] : NvramAddress.OfPort(0));
        foreach (var screen in AdapterScreens)
        {
            WriteScreen(output, config, first, screen);
        }
        foreach (var at in addresses)
        {
            var effective = EffectiveConfiguration.For(config, at);
            output.WriteLine();
            output.WriteLine($"=== {Title(at)} ===");
            WriteSummary(output, effective);
            foreach (var screen in Enum.GetValues<ScreenId>().Except(AdapterScreens))
            {
                WriteScreen(output, config, effective, screen);
            }
        }
    }

    private static string Title(NvramAddress at) => $"Port {at.Port}, function {at.Function}";

    private static void WriteSummary(TextWriter output, EffectiveConfiguration effective)
    {
        if (!effective.IscsiBootAvailable)
        {
            output.WriteLine($"iSCSI boot: not available: {effective.IscsiUnavailableReason}.");
        }
        else
        {
            output.WriteLine($"iSCSI boot: {Describe(effective.Addressing)}, targets from " +
                $"{(effective.TargetSource == TargetSource.Dhcp ? "DHCP" : "the target screens")}, " +
                $"CHAP {Describe(effective.Chap)}, {(effective.Path == IscsiPath.Offload ? "offload (HBA)" : "non-offload")} path " +
                $"sending from {effective.WireMac}.");
        }
        var origin = effective.InitiatorNameIsDefault ? " (default, from the Ethernet MAC; G p.8)" : "";
        output.WriteLine($"Initiator name: {effective.InitiatorName}{origin}");
        if (effective.IscsiBootAvailable && effective.IgnoredWhenOption43.Count > 0)
        {
            var keys = string.Join(", ", effective.IgnoredWhenOption43);
            output.WriteLine($"If the DHCP offer carries option 43, also ignored: {keys} (G p.8).");
        }
    }

    private static void WriteScreen(TextWriter output, AdapterConfiguration config, EffectiveConfiguration effective, ScreenId screen)
    {
        var at = effective.At;
        var table = new TextTable("KEY", "LABEL", "VALUE", "DEFAULT", "USE");
        foreach (var field in FieldCatalog.ForScreen(screen))
        {
            table.Add(field.Key, field.LabelFor(effective.IpVersion), NvramFiles.Show(config.Get(at, field.Key)),
                field.IsReadOnly ? "-" : NvramFiles.Show(config.DefaultOf(at, field.Key)), effective.UseOf(field.Key).ToString());
        }
        output.WriteLine();
        output.WriteLine($"[{ScreenTitles.Of(screen)}]");
        table.WriteTo(output);
    }

    internal static string Describe(AddressingMode mode) => mode switch
    {
        AddressingMode.Static => "static IPv4 address",
        AddressingMode.Dhcp4 => "IPv4 address from DHCP",
        AddressingMode.Ipv6Autoconf => "IPv6 autoconfiguration",
        AddressingMode.Ipv6Static => "static IPv6 address",
        _ => mode.ToString(),
    };

    internal static string Describe(ChapMode mode) => mode switch
    {
        ChapMode.None => "off",
        ChapMode.OneWay => "one-way",
        ChapMode.Mutual => "mutual",
        _ => mode.ToString(),
    };
}
