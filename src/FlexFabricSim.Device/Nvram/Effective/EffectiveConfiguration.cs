using FlexFabricSim.Device.Catalog;

namespace FlexFabricSim.Device.Nvram;

/// <summary>
/// What one port/function's settings mean at boot: for every field whether it is used or ignored (and why), and the
/// resolved values the boot engine needs (addressing, target source, CHAP, initiator name, MAC on the wire...).
/// </summary>
public sealed partial class EffectiveConfiguration
{
    /// <summary>The vendor prefix of the default initiator name (G p.8).</summary>
    public const string DefaultInitiatorNamePrefix = "iqn.1995-05.com.broadcom.";

    /// <summary>The suffix of the default initiator name (G p.8).</summary>
    public const string DefaultInitiatorNameSuffix = ".iscsiboot";

    private readonly Dictionary<string, FieldUse> _uses;

    private EffectiveConfiguration(AdapterConfiguration config, NvramAddress at)
    {
        Configuration = config;
        At = at;
        Mba = config.GetMba(at);
        General = config.GetGeneral(at);
        Initiator = config.GetInitiator(at);
        Secondary = config.GetSecondaryDevice(at);
        EthernetMac = config.EthernetMac(at);
        IscsiMac = config.IscsiMac(at);
        DefaultInitiatorName = DefaultInitiatorNameFor(EthernetMac);
        TargetChaps = [ChapFor(config.GetTarget(at, 1)), ChapFor(config.GetTarget(at, 2))];
        IscsiUnavailableReason = FindIscsiUnavailableReason(config, at, Mba);
        _uses = FieldCatalog.All.ToDictionary(f => f.Key, f => DecideUse(f), StringComparer.Ordinal);
        StaticTargets = TargetSource == TargetSource.Static
            ? [.. new[] { config.GetTarget(at, 1), config.GetTarget(at, 2) }
                .Where(t => t.Connect)
                .Select(t => new EffectiveTarget(t.Number, t.IpAddress, t.TcpPort, t.BootLun, t.IscsiName, TargetChaps[t.Number - 1]))]
            : [];
        IgnoredWhenOption43 = IpVersion == IpVersion.Ipv4 && TargetSource == TargetSource.Dhcp
            ? [.. FieldCatalog.All.Where(f => f.Screen is ScreenId.Initiator or ScreenId.Target1 or ScreenId.Target2
                && f.Kind is not (FieldKind.ChapId or FieldKind.ChapSecret) && _uses[f.Key].IsUsed).Select(f => f.Key)]
            : [];
    }

    /// <summary>Works out what the settings at <paramref name="at"/> mean at boot.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> does not exist in the current mode.</exception>
    public static EffectiveConfiguration For(AdapterConfiguration config, NvramAddress at)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!config.IsAddressable(at))
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"{at} does not exist in {config.MultiFunctionMode} mode.");
        }
        return new EffectiveConfiguration(config, at);
    }

    /// <summary>The default initiator name built from <paramref name="ethernetMac"/>:
    /// <c>iqn.1995-05.com.broadcom.00.11.22.33.44.55.iscsiboot</c> (G p.8).</summary>
    public static string DefaultInitiatorNameFor(MacAddress ethernetMac) =>
        DefaultInitiatorNamePrefix + ethernetMac.ToDottedLowerCase() + DefaultInitiatorNameSuffix;

    /// <summary>The configuration this describes.</summary>
    public AdapterConfiguration Configuration { get; }

    /// <summary>The port/function this describes.</summary>
    public NvramAddress At { get; }

    /// <summary>The MBA settings as stored.</summary>
    public MbaSettings Mba { get; }

    /// <summary>The General Parameters as stored.</summary>
    public IscsiGeneralSettings General { get; }

    /// <summary>The Initiator Parameters as stored (see <see cref="UseOf"/> for which are used).</summary>
    public InitiatorSettings Initiator { get; }

    /// <summary>The Secondary Device Parameters as stored (no effect on the simulated boot).</summary>
    public SecondaryDeviceSettings Secondary { get; }

    /// <summary>Whether an iSCSI boot can run at all on this port/function.</summary>
    public bool IscsiBootAvailable => IscsiUnavailableReason is null;

    /// <summary>Why no iSCSI boot runs here (no firmware, option ROM disabled, Boot Protocol not iSCSI, iSCSI not enabled on the NPAR
    /// function), or <c>null</c>.</summary>
    public string? IscsiUnavailableReason { get; }

    /// <summary>IP Version.</summary>
    public IpVersion IpVersion => General.IpVersion;

    /// <summary>Where the initiator's address comes from.</summary>
    public AddressingMode Addressing => (IpVersion, General.TcpIpViaDhcp, General.IpAutoconfiguration) switch
    {
        (IpVersion.Ipv4, true, _) => AddressingMode.Dhcp4,
        (IpVersion.Ipv4, false, _) => AddressingMode.Static,
        (IpVersion.Ipv6, _, true) => AddressingMode.Ipv6Autoconf,
        _ => AddressingMode.Ipv6Static,
    };

    /// <summary>Where the target parameters come from.</summary>
    public TargetSource TargetSource => General.IscsiViaDhcp ? TargetSource.Dhcp : TargetSource.Static;

    /// <summary>Whether the ROM talks to a DHCP (or DHCPv6/RA) server at all; then DNS entries are always overwritten (G p.8).</summary>
    public bool UsesDhcp => Addressing is AddressingMode.Dhcp4 or AddressingMode.Ipv6Autoconf || TargetSource == TargetSource.Dhcp;

    /// <summary>CHAP towards the first target (the boot target).</summary>
    public ChapMode Chap => TargetChaps[0].Mode;

    /// <summary>CHAP towards target 1 and target 2 (index 0 and 1), whether they come from the screens or from DHCP.</summary>
    public IReadOnlyList<TargetChap> TargetChaps { get; }

    /// <summary>The initiator's CHAP ID (used when <see cref="Chap"/> is not None).</summary>
    public string ChapId => Initiator.ChapId;

    /// <summary>The initiator's CHAP secret.</summary>
    public string ChapSecret => Initiator.ChapSecret;

    /// <summary>The MAC-based name the card uses when none is set (G p.8).</summary>
    public string DefaultInitiatorName { get; }

    /// <summary>
    /// The initiator name the ROM logs in with unless DHCP supplies one (option 43 sub-option 203, DHCPv6 203): the
    /// configured name, or <see cref="DefaultInitiatorName"/> when none is set or when IPv6 dynamic configuration ignores it (G p.8).
    /// </summary>
    public string InitiatorName => InitiatorNameIsDefault ? DefaultInitiatorName : Initiator.IscsiName;

    /// <summary>Whether <see cref="InitiatorName"/> is the MAC-based default.</summary>
    public bool InitiatorNameIsDefault => Initiator.IscsiName.Length == 0 || !UseOf(FieldKeys.Initiator.IscsiName).IsUsed;

    /// <summary>Targets from the screens with Connect enabled, 1st first; empty when targets come from DHCP.</summary>
    public IReadOnlyList<EffectiveTarget> StaticTargets { get; }

    /// <summary>Fields that are used with DHCP option 17 but ignored when the offer carries option 43 instead (IPv4 only; decided by the
    /// offer at boot, G p.8).</summary>
    public IReadOnlyList<string> IgnoredWhenOption43 { get; }

    /// <summary>The VLAN tag for boot traffic, or <c>null</c> when VLAN Mode is disabled.</summary>
    public int? VlanId => Mba.VlanMode ? Mba.VlanId : null;

    /// <summary>How long to wait after link-up before sending (G p.5).</summary>
    public TimeSpan LinkUpDelay => TimeSpan.FromSeconds(General.LinkUpDelaySeconds);

    /// <summary>Connection retries while the boot LUN is busy.</summary>
    public int LunBusyRetryCount => General.LunBusyRetryCount;

    /// <summary>Boot retries after a failed boot (see <see cref="RetryIndefinitely"/>).</summary>
    public int BootRetryCount => Mba.BootRetryCount;

    /// <summary>Boot Retry Count is Indefinite Retries.</summary>
    public bool RetryIndefinitely => Mba.RetryIndefinitely;

    /// <summary>HBA Boot Mode as stored (locked in Multi-Function mode, G p.6).</summary>
    public bool HbaMode => General.HbaBootMode;

    /// <summary>The boot path HBA Boot Mode selects.</summary>
    public IscsiPath Path => HbaMode ? IscsiPath.Offload : IscsiPath.NonOffload;

    /// <summary>This function's Ethernet MAC.</summary>
    public MacAddress EthernetMac { get; }

    /// <summary>This function's iSCSI MAC.</summary>
    public MacAddress IscsiMac { get; }

    /// <summary>The source MAC of boot traffic: the iSCSI MAC on the offload path, the Ethernet MAC otherwise (*unverified*, SPEC
    /// "Adapters").</summary>
    public MacAddress WireMac => Path == IscsiPath.Offload ? IscsiMac : EthernetMac;

    /// <summary>DHCP Vendor ID matched against the offer's vendor class.</summary>
    public string DhcpVendorId => General.DhcpVendorId;

    /// <summary>Boot to iSCSI target.</summary>
    public BootToTarget BootToTarget => General.BootToTarget;

    /// <summary>Use TCP Timestamp.</summary>
    public bool UseTcpTimestamp => General.UseTcpTimestamp;

    /// <summary>The speed the port is forced to, or <c>null</c> to autonegotiate (SFP+ models: always 10 Gb/s, G p.26 T5).</summary>
    public LinkSpeed? ForcedLinkSpeed =>
        !Configuration.ModelInfo.Autonegotiates ? LinkSpeed.TenGigabit
        : Mba.LinkSpeed switch
        {
            LinkSpeedSetting.OneGbps => LinkSpeed.OneGigabit,
            LinkSpeedSetting.TenGbps => LinkSpeed.TenGigabit,
            _ => null,
        };

    /// <summary>Whether the boot uses <paramref name="key"/>'s value here, and if not why.</summary>
    /// <exception cref="KeyNotFoundException">No such field.</exception>
    public FieldUse UseOf(string key) =>
        _uses.TryGetValue(key, out var use) ? use : throw new KeyNotFoundException($"No NVRAM field '{key}'.");

    /// <summary>Every field with its use, in catalog order.</summary>
    public IEnumerable<(FieldDefinition Field, FieldUse Use)> Uses => FieldCatalog.All.Select(f => (f, _uses[f.Key]));

    private TargetChap ChapFor(TargetSettings target) =>
        !General.ChapAuthentication ? new TargetChap(ChapMode.None, "", "")
        : target.ChapSecret.Length > 0 ? new TargetChap(ChapMode.Mutual, target.ChapId, target.ChapSecret)
        : new TargetChap(ChapMode.OneWay, "", "");

    private static string? FindIscsiUnavailableReason(AdapterConfiguration config, NvramAddress at, MbaSettings mba)
    {
        if (!config.OptionRom.HasIscsiBootFirmware)
        {
            return "no iSCSI boot firmware is programmed on the card (troubleshooting T8)";
        }
        if (!mba.OptionRomEnabled)
        {
            return "the Option ROM is disabled, so the boot agent does not run";
        }
        if (mba.BootProtocol != BootProtocol.Iscsi)
        {
            return $"Boot Protocol is {Choices.BootProtocol.ToLabel(mba.BootProtocol)}, not iSCSI";
        }
        if (config.IsMultiFunction && !config.GetNparFunction(at).IscsiOffload)
        {
            return "iSCSI is not enabled for this function in the Multi-Function configuration";
        }
        return null;
    }
}
