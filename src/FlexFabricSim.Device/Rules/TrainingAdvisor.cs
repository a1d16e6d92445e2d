using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Device.Rules;

/// <summary>
/// Training-mode warnings. The card itself checks no addresses (G p.7: "IP addresses are not checked automatically for
/// duplicate or wrong segment or network assignments"), so these never refuse anything: they point out settings that
/// the card accepts but that a trainer would question.
/// </summary>
public static class TrainingAdvisor
{
    /// <summary>Every advisory for every port/function that exists in the current mode, port by port.</summary>
    public static IReadOnlyList<Advisory> Check(AdapterConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var advisories = new List<Advisory>();
        foreach (var at in config.Addresses)
        {
            advisories.AddRange(CheckFunction(EffectiveConfiguration.For(config, at)));
        }
        if (config.IsMultiFunction)
        {
            for (var port = 0; port < config.Ports.Count; port++)
            {
                advisories.AddRange(CheckBandwidth(config, port));
            }
        }
        return advisories;
    }

    private static IEnumerable<Advisory> CheckFunction(EffectiveConfiguration effective)
    {
        var at = effective.At;
        var config = effective.Configuration;
        var targets = new[] { config.GetTarget(at, 1), config.GetTarget(at, 2) };
        var iscsiConfigured = targets.Any(t => t.Connect) || effective.Initiator.IscsiName.Length > 0;

        if (!effective.IscsiBootAvailable)
        {
            if (effective.Mba.BootProtocol == BootProtocol.Iscsi || iscsiConfigured)
            {
                yield return new Advisory(FieldKeys.Mba.BootProtocol,
                    $"iSCSI settings are configured but no iSCSI boot will run: {effective.IscsiUnavailableReason}.",
                    config.OptionRom.HasIscsiBootFirmware ? 6 : 27, at);
            }
            yield break;
        }

        foreach (var advisory in CheckAddressing(effective))
        {
            yield return advisory;
        }
        foreach (var advisory in CheckTargets(effective))
        {
            yield return advisory;
        }
        foreach (var advisory in CheckChap(effective, targets))
        {
            yield return advisory;
        }

        if (effective.VlanId is not null && effective.Path == IscsiPath.NonOffload)
        {
            yield return new Advisory(FieldKeys.Mba.VlanMode,
                "VLAN tagging is not supported for iSCSI boot with the Microsoft iSCSI Software Initiator (the non-offload path).", 18, at);
        }
        if (effective.TargetSource == TargetSource.Dhcp && effective.IpVersion == IpVersion.Ipv4
            && effective.DhcpVendorId != FieldCatalog.DefaultDhcpVendorId)
        {
            yield return new Advisory(FieldKeys.General.DhcpVendorId,
                $"Option 43 is read only when the offer's vendor class (option 60) matches '{effective.DhcpVendorId}'; DHCP servers set " +
                $"up as the guide says send '{FieldCatalog.DefaultDhcpVendorId}'.",
                10, at);
        }
        if (effective.BootToTarget != BootToTarget.Enabled)
        {
            yield return new Advisory(FieldKeys.General.BootToTarget,
                $"Boot to iSCSI target is {Choices.BootToTarget.ToLabel(effective.BootToTarget)}: the ROM logs in but lets the BIOS boot " +
                $"the next device.",
                null, at);
        }
    }

    private static IEnumerable<Advisory> CheckAddressing(EffectiveConfiguration effective)
    {
        if (effective.Addressing is not (AddressingMode.Static or AddressingMode.Ipv6Static))
        {
            yield break;
        }
        var at = effective.At;
        var initiator = effective.Initiator;
        if (IsUnset(initiator.IpAddress))
        {
            yield return new Advisory(FieldKeys.Initiator.IpAddress,
                "Static addressing is selected but the initiator has no IP address.", 7, at);
            yield break;
        }
        if (initiator.PrefixLength == 0)
        {
            yield return new Advisory(FieldKeys.Initiator.SubnetMask,
                "Static addressing is selected but the subnet mask is unset.", 7, at);
        }
        else if (!IsUnset(initiator.DefaultGateway)
            && !IpText.SameSubnet(initiator.IpAddress, initiator.DefaultGateway, initiator.PrefixLength))
        {
            yield return new Advisory(FieldKeys.Initiator.DefaultGateway,
                $"The default gateway {initiator.DefaultGateway} is outside the initiator's subnet " +
                $"{initiator.IpAddress}/{initiator.PrefixLength}; the card does not check this.",
                7, at);
        }
        foreach (var target in effective.StaticTargets.Where(t => t.Address.Equals(initiator.IpAddress)))
        {
            yield return new Advisory(FieldKeys.Targets[target.Number - 1].IpAddress,
                $"Target {target.Number} has the initiator's own address {target.Address}; the card does not check for duplicates.", 7, at);
        }
    }

    private static IEnumerable<Advisory> CheckTargets(EffectiveConfiguration effective)
    {
        var at = effective.At;
        if (effective.TargetSource == TargetSource.Static && effective.StaticTargets.Count == 0)
        {
            yield return new Advisory(FieldKeys.Target1.Connect,
                "Targets come from the target screens, but no target has Connect enabled: the ROM has nothing to log in to.", 7, at);
        }
        foreach (var target in effective.StaticTargets)
        {
            var keys = FieldKeys.Targets[target.Number - 1];
            if (IsUnset(target.Address))
            {
                yield return new Advisory(keys.IpAddress, $"Target {target.Number} has Connect enabled but no IP address.", 7, at);
            }
            if (target.IscsiName.Length == 0)
            {
                yield return new Advisory(keys.IscsiName,
                    $"Target {target.Number} has Connect enabled but no iSCSI name; the login will fail.", 7, at);
            }
            if (target.BootLun == 255)
            {
                yield return new Advisory(keys.BootLun,
                    "Boot LUN 255: the Microsoft iSCSI Software Initiator does not support LUN 255 and Windows blue-screens (T10); use " +
                    "0-254.", 27, at);
            }
        }
    }

    private static IEnumerable<Advisory> CheckChap(EffectiveConfiguration effective, IReadOnlyList<TargetSettings> targets)
    {
        if (effective.Chap == ChapMode.None)
        {
            yield break;
        }
        var at = effective.At;
        if (effective.ChapSecret.Length == 0)
        {
            yield return new Advisory(FieldKeys.Initiator.ChapSecret,
                "CHAP Authentication is enabled but the initiator has no CHAP secret; a target that requires CHAP refuses the " +
                "login.", 9, at);
        }
        if (effective.ChapId.Length == 0)
        {
            yield return new Advisory(FieldKeys.Initiator.ChapId,
                "CHAP Authentication is enabled but the initiator has no CHAP ID.", 9, at);
        }
        foreach (var target in targets.Where(t => t.ChapSecret.Length > 0 && t.ChapSecret == effective.ChapSecret))
        {
            yield return new Advisory(FieldKeys.Targets[target.Number - 1].ChapSecret,
                $"Target {target.Number}'s CHAP secret equals the initiator's; RFC 7143 §12.1.3 forbids one secret for both directions " +
                $"and a target may refuse it.",
                9, at);
        }
    }

    private static IEnumerable<Advisory> CheckBandwidth(AdapterConfiguration config, int port)
    {
        var weights = Enumerable.Range(0, config.FunctionsPerPort)
            .Select(f => config.GetNparFunction(new NvramAddress(port, f)).RelativeBandwidthWeight).ToArray();
        var sum = weights.Sum();
        if (sum != 0 && sum != 100)
        {
            yield return new Advisory(FieldKeys.Npar.RelativeBandwidthWeight,
                $"The relative bandwidth weights of port {port}'s functions add up to {sum}; they should add up to 100, or all be 0 for " +
                $"equal shares.",
                null, NvramAddress.OfPort(port));
        }
    }

    private static bool IsUnset(System.Net.IPAddress address) => IpText.IsUnspecified(address);
}
