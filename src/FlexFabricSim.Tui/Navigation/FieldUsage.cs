using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Tui.Navigation;

/// <summary>
/// Which values the current mode ignores, as the menus show it, from the device model's <see cref="EffectiveConfiguration"/>
/// (G p.8). While iSCSI boot is off (Boot Protocol not iSCSI, Option ROM disabled, iSCSI not enabled on an NPAR function),
/// the iSCSI screens mark what would be ignored once it is on, and say once, in <see cref="Notice"/>, why nothing is used.
/// </summary>
public sealed class FieldUsage
{
    private readonly EffectiveConfiguration? _actual;
    private readonly EffectiveConfiguration? _asIfIscsiBoots;

    private FieldUsage(AdapterConfiguration config, NvramAddress at)
    {
        if (!config.IsAddressable(at))
        {
            return;
        }
        _actual = EffectiveConfiguration.For(config, at);
        _asIfIscsiBoots = _actual;
        if (_actual.IscsiUnavailableReason is not null && config.OptionRom.HasIscsiBootFirmware)
        {
            var turnedOn = config.TryChangeAll(at, IscsiBootSwitches(config));
            if (turnedOn is Device.Rules.ChangeOutcome.Accepted accepted)
            {
                _asIfIscsiBoots = EffectiveConfiguration.For(accepted.Result, at);
            }
        }
    }

    /// <summary>The usage of the fields at <paramref name="at"/> in <paramref name="config"/>.</summary>
    public static FieldUsage For(AdapterConfiguration config, NvramAddress at) =>
        new(config ?? throw new ArgumentNullException(nameof(config)), at);

    /// <summary>Why no iSCSI boot runs with these settings, for the iSCSI screens' notice line; null when it runs.</summary>
    public string? Notice => _actual?.IscsiUnavailableReason is { } reason ? $"iSCSI boot does not run: {reason}." : null;

    /// <summary>The name the card logs in with when the initiator's iSCSI Name is unset (G p.8), or null.</summary>
    public string? DefaultInitiatorName => _actual is { InitiatorNameIsDefault: true } e ? e.DefaultInitiatorName : null;

    /// <summary>Why the boot ignores <paramref name="key"/> here, with the guide page; null when it is used.</summary>
    public string? Ignored(string key)
    {
        var effective = key.StartsWith("iscsi.", StringComparison.Ordinal) ? _asIfIscsiBoots : _actual;
        if (effective?.UseOf(key) is not { IsUsed: false } use)
        {
            return null;
        }
        return use.GuidePage is { } page ? $"{use.Reason} (G p.{page})." : $"{use.Reason}.";
    }

    /// <summary>Whether <paramref name="key"/> is used with DHCP option 17 but ignored with option 43 (IPv4, G p.8).</summary>
    public bool IgnoredWithOption43(string key) => _asIfIscsiBoots?.IgnoredWhenOption43.Contains(key) == true;

    /// <summary>The changes that make iSCSI boot run, for judging fields as they would be used.</summary>
    private static IEnumerable<(string Key, string Value)> IscsiBootSwitches(AdapterConfiguration config)
    {
        yield return (FieldKeys.Mba.OptionRom, "enabled");
        yield return (FieldKeys.Mba.BootProtocol, "iscsi");
        if (config.IsMultiFunction)
        {
            yield return (FieldKeys.Npar.IscsiOffload, "enabled");
        }
    }
}
