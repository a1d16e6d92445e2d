using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Device.Rules;

/// <summary>
/// The rules that depend on where a field is and on other fields: addressing, read-only states, iSCSI firmware,
/// Multi-Function locks and IP-Version-specific switches. Checked before the value itself, so a trainee hears why the
/// field cannot change at all before hearing what values it would take.
/// </summary>
internal static class ChangeRules
{
    /// <summary>Why <paramref name="key"/> cannot be changed at <paramref name="at"/> right now, or <c>null</c>.</summary>
    public static RuleViolation? CheckEditable(AdapterConfiguration config, NvramAddress at, string key, out FieldDefinition field)
    {
        if (!FieldCatalog.TryGet(key, out field))
        {
            var suggestions = FieldCatalog.Suggest(key);
            var hint = suggestions.Count > 0 ? $" Did you mean {string.Join(" or ", suggestions)}?" : "";
            return new RuleViolation(RuleId.UnknownKey, key,
                $"There is no field '{key}'.{hint} 'flexfabric nvram show' lists every key.", null) { At = at };
        }
        return CheckAddress(config, at, field) ?? CheckState(config, at, field);
    }

    private static RuleViolation? CheckAddress(AdapterConfiguration config, NvramAddress at, FieldDefinition field)
    {
        var model = config.ModelInfo;
        if (at.Port < 0 || at.Port >= config.Ports.Count || at.Function < 0 || at.Function >= model.MaxFunctionsPerPort)
        {
            return Refuse(RuleId.AddressOutOfRange, field, at,
                $"The {model.Key} has ports 0-{config.Ports.Count - 1} and, in Multi-Function mode, functions " +
                $"0-{model.MaxFunctionsPerPort - 1}; {at} does not exist.",
                4);
        }
        if (!config.IsAddressable(at))
        {
            return Refuse(RuleId.FunctionNotAddressable, field, at,
                $"The card is in single-function mode, so each port has only function 0; switch {FieldKeys.Adapter.MultiFunctionMode} to " +
                $"multi-function to reach function {at.Function}.",
                6);
        }
        return null;
    }

    private static RuleViolation? CheckState(AdapterConfiguration config, NvramAddress at, FieldDefinition field)
    {
        if (field.IsReadOnly)
        {
            var why = field.Screen == ScreenId.Addresses
                ? "addresses come from the card's base MAC"
                : "option ROM facts are fixed when the image is made";
            return Refuse(RuleId.ReadOnlyField, field, at, $"{field.Label} is read-only: {why}.", field.GuidePage);
        }
        if (field.Key.StartsWith("iscsi.", StringComparison.Ordinal) && !config.OptionRom.HasIscsiBootFirmware)
        {
            return Refuse(RuleId.IscsiBootFirmwareAbsent, field, at,
                "No iSCSI boot firmware is programmed on this card, so the iSCSI Boot Configuration menu has no effect (G p.6; " +
                "troubleshooting T8: install the iSCSI boot firmware in NVRAM).",
                27);
        }
        if (field.Key.StartsWith("npar.", StringComparison.Ordinal) && !config.IsMultiFunction)
        {
            return Refuse(RuleId.MultiFunctionModeRequired, field, at,
                $"{field.Label} is a Multi-Function (NPAR) setting; set {FieldKeys.Adapter.MultiFunctionMode} to multi-function first.",
                null);
        }
        var ipVersion = config.IpVersionAt(at);
        return field.Key switch
        {
            FieldKeys.General.HbaBootMode when config.IsMultiFunction => Refuse(RuleId.HbaBootModeLockedInMultiFunction, field, at,
                "HBA Boot Mode cannot be changed while the adapter is in Multi-Function mode.", 6),
            FieldKeys.Mba.VlanId when !Choices.IsEnabled(config.Get(at, FieldKeys.Mba.VlanMode)) => Refuse(
                RuleId.VlanIdReadOnlyWhileVlanDisabled, field, at,
                $"VLAN ID is read-only while VLAN Mode is disabled; enable {FieldKeys.Mba.VlanMode} first.", null),
            FieldKeys.General.TcpIpViaDhcp when ipVersion == IpVersion.Ipv6 => Refuse(RuleId.TcpIpViaDhcpIsIpv4Only, field, at,
                "TCP/IP parameters via DHCP is for IPv4 only and is read-only while IP Version is IPv6; use IP Autoconfiguration.", 5),
            FieldKeys.General.IpAutoconfiguration when ipVersion == IpVersion.Ipv4 => Refuse(
                RuleId.IpAutoconfigurationIsIpv6Only, field, at,
                "IP Autoconfiguration is for IPv6 only and is read-only while IP Version is IPv4; use TCP/IP parameters via DHCP.", 5),
            _ => null,
        };
    }

    /// <summary>What else changes when <paramref name="field"/> goes from <paramref name="before"/> to <paramref name="after"/>, applied
    /// to <paramref name="config"/>.</summary>
    public static (AdapterConfiguration Result, Consequence? Consequence) ApplySideEffects(
        AdapterConfiguration config, NvramAddress at, FieldDefinition field, string before, string after,
        Func<AdapterConfiguration, NvramAddress, FieldDefinition, string, AdapterConfiguration> store)
    {
        if (before == after)
        {
            return (config, null);
        }
        switch (field.Key)
        {
            case FieldKeys.General.IpVersion:
                var version = Choices.IpVersion.Parse(after);
                var reset = IpSettingKeys.Select(FieldCatalog.Get).ToArray();
                foreach (var ipField in reset)
                {
                    config = store(config, at, ipField, ipField.DefaultFor(config.ModelInfo, version));
                }
                var unset = version == IpVersion.Ipv4 ? "0.0.0.0" : "::";
                return (config, new Consequence(field.Key,
                    $"Switching IP Version to {Choices.IpVersion.ToLabel(version)} loses all IP settings: the initiator's address, mask, " +
                    $"gateway and DNS servers and both targets' addresses are reset to {unset}.",
                    6, [.. reset.Select(f => f.Key)]));

            case FieldKeys.Adapter.MultiFunctionMode when Choices.MultiFunctionMode.Parse(after) == MultiFunctionMode.MultiFunction:
                return (config, new Consequence(field.Key,
                    $"Multi-Function mode: each port now presents {config.ModelInfo.MaxFunctionsPerPort} functions (function 0 keeps the " +
                    $"port's settings), and HBA Boot Mode can no longer be changed.",
                    6, []));

            case FieldKeys.Adapter.MultiFunctionMode:
                return (config, new Consequence(field.Key,
                    "Single-function mode: each port presents function 0 only; the settings of functions 1-3 are kept but not used.",
                    null, []));

            default:
                return (config, null);
        }
    }

    /// <summary>The fields that switching IP Version resets (G p.6).</summary>
    public static IReadOnlyList<string> IpSettingKeys { get; } =
    [
        FieldKeys.Initiator.IpAddress, FieldKeys.Initiator.SubnetMask, FieldKeys.Initiator.DefaultGateway,
        FieldKeys.Initiator.PrimaryDns, FieldKeys.Initiator.SecondaryDns, FieldKeys.Target1.IpAddress, FieldKeys.Target2.IpAddress,
    ];

    private static RuleViolation Refuse(RuleId rule, FieldDefinition field, NvramAddress at, string message, int? page) =>
        new(rule, field.Key, message, page) { At = at };
}
