namespace FlexFabricSim.Device.Nvram;

// Which fields the boot reads (SPEC "What dynamic configuration ignores", G p.8). The first rule that applies gives the
// reason, broadest first: no firmware, ROM disabled, wrong boot protocol, then per-field rules.
//
// Interpretation: G p.8 says that with IPv4 dynamic configuration "all settings" on the Initiator and Target screens are
// ignored "except the initiator iSCSI name", and with option 43 all of them. Read literally, CHAP could never be used
// with DHCP over IPv4, yet no DHCP option carries CHAP credentials and the IPv6 sentence keeps "the CHAP ID and secret".
// We read those sentences as being about addresses and target parameters: CHAP IDs and secrets are used whenever CHAP
// Authentication is enabled, in every mode.
public sealed partial class EffectiveConfiguration
{
    private FieldUse DecideUse(FieldDefinition field)
    {
        var key = field.Key;
        if (key.StartsWith("mac.", StringComparison.Ordinal))
        {
            return key == FieldKeys.Mac.Iscsi && Path == IscsiPath.NonOffload
                ? FieldUse.Ignored("the non-offload path sends from the Ethernet MAC (HBA Boot Mode is disabled; *unverified*)", 4)
                : FieldUse.Used;
        }
        if (key.StartsWith("npar.", StringComparison.Ordinal))
        {
            return Configuration.IsMultiFunction
                ? FieldUse.Used
                : FieldUse.Ignored("Multi-Function settings are not used in single-function mode");
        }
        if (key.StartsWith("mba.", StringComparison.Ordinal))
        {
            return MbaUse(key);
        }
        if (key.StartsWith("iscsi.", StringComparison.Ordinal))
        {
            return IscsiUnavailableReason is { } unavailable
                ? FieldUse.Ignored("no iSCSI boot runs: " + unavailable, Configuration.OptionRom.HasIscsiBootFirmware ? 6 : 27)
                : IscsiUse(field);
        }
        return FieldUse.Used;
    }

    private FieldUse MbaUse(string key)
    {
        if (key != FieldKeys.Mba.OptionRom && !Mba.OptionRomEnabled)
        {
            return FieldUse.Ignored("the Option ROM is disabled, so the boot agent does not run", 6);
        }
        if (key == FieldKeys.Mba.VlanId && !Mba.VlanMode)
        {
            return FieldUse.Ignored("VLAN Mode is disabled");
        }
        return FieldUse.Used;
    }

    private FieldUse IscsiUse(FieldDefinition field)
    {
        var key = field.Key;
        if (field.Screen == ScreenId.Secondary)
        {
            return FieldUse.Ignored("Secondary Device settings have no effect on the simulated boot (their behaviour is not documented)");
        }
        var chapField = field.Kind is FieldKind.ChapId or FieldKind.ChapSecret;
        if (chapField && !General.ChapAuthentication)
        {
            return FieldUse.Ignored("CHAP Authentication is disabled", 9);
        }
        switch (key)
        {
            case FieldKeys.General.TcpIpViaDhcp when IpVersion == IpVersion.Ipv6:
                return FieldUse.Ignored("IPv4 only; IP Version is IPv6", 5);
            case FieldKeys.General.IpAutoconfiguration when IpVersion == IpVersion.Ipv4:
                return FieldUse.Ignored("IPv6 only; IP Version is IPv4", 5);
            case FieldKeys.General.TargetAsFirstHdd:
                return FieldUse.Ignored("HP FlexFabric adapters do not support Target as First HDD", 6);
            case FieldKeys.General.DhcpVendorId when TargetSource == TargetSource.Static:
                return FieldUse.Ignored("only used to recognise iSCSI parameters in a DHCP offer, and iSCSI parameters via DHCP is " +
                    "disabled", 5);
            case FieldKeys.Initiator.IpAddress or FieldKeys.Initiator.SubnetMask or FieldKeys.Initiator.DefaultGateway:
                return Addressing switch
                {
                    AddressingMode.Dhcp4 => FieldUse.Ignored("the address comes from DHCP (TCP/IP parameters via DHCP is enabled)", 8),
                    AddressingMode.Ipv6Autoconf => FieldUse.Ignored("the address comes from IPv6 autoconfiguration or DHCPv6 (IP " +
                        "Autoconfiguration is enabled)", 8),
                    _ => FieldUse.Used,
                };
            case FieldKeys.Initiator.PrimaryDns or FieldKeys.Initiator.SecondaryDns when UsesDhcp:
                return FieldUse.Ignored("a DHCP server is used, so DNS entries are overwritten with its values (0.0.0.0 if it sends " +
                    "none)", 8);
            case FieldKeys.Initiator.IscsiName when IpVersion == IpVersion.Ipv6 && TargetSource == TargetSource.Dhcp:
                return FieldUse.Ignored("IPv6 dynamic configuration ignores everything on this screen except CHAP; the name comes from " +
                    "DHCPv6 or the MAC-based default", 8);
        }
        if (field.Screen is ScreenId.Target1 or ScreenId.Target2)
        {
            return TargetUse(field, chapField);
        }
        return FieldUse.Used;
    }

    private FieldUse TargetUse(FieldDefinition field, bool chapField)
    {
        var keys = field.Screen == ScreenId.Target1 ? FieldKeys.Target1 : FieldKeys.Target2;
        if (chapField)
        {
            return field.Key == keys.ChapId && TargetChaps[keys.Number - 1].Mode != ChapMode.Mutual
                ? FieldUse.Ignored("mutual CHAP needs this target's CHAP Secret; without it CHAP is one-way", 9)
                : FieldUse.Used;
        }
        if (TargetSource == TargetSource.Dhcp)
        {
            return FieldUse.Ignored("target parameters come from DHCP (iSCSI parameters via DHCP is enabled)", 8);
        }
        if (field.Key != keys.Connect && !Configuration.GetTarget(At, keys.Number).Connect)
        {
            return FieldUse.Ignored("Connect is disabled on this target screen", 7);
        }
        return FieldUse.Used;
    }
}
