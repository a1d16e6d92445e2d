using FlexFabricSim.Boot.Console;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Flow;

// Banner, link and Link Up Delay (G p.5-6; T5 p.26, T8 p.27).
public sealed partial class BootFlow
{
    /// <summary>The setup prompt window passed without the setup key.</summary>
    public void BannerElapsed() => _machine.Fire(BootTrigger.BannerElapsed);

    /// <summary>The Ethernet link came up.</summary>
    public void LinkCameUp(LinkReport link) => _machine.Fire(_linkUp, link);

    /// <summary>No link came up within the link wait; <paramref name="reason"/> says what the link reported.</summary>
    public void NoLink(string reason) => _machine.Fire(_noLink, reason);

    /// <summary>Link Up Delay Time passed.</summary>
    public void DelayElapsed() => _machine.Fire(BootTrigger.DelayElapsed);

    private void ConfigureLink()
    {
        _machine.Configure(BootState.Banner)
            .SubstateOf(BootState.Booting)
            .PermitIf(BootTrigger.BannerElapsed, BootState.LinkWait, () => _config.IscsiBootAvailable,
                "Boot Protocol iSCSI with iSCSI boot firmware present")
            .PermitIf(BootTrigger.BannerElapsed, BootState.Failed, () => !_config.IscsiBootAvailable,
                "iSCSI boot unavailable (Boot Protocol not iSCSI, no iSCSI boot firmware, or iSCSI off on the function)");

        _machine.Configure(BootState.LinkWait)
            .SubstateOf(BootState.Booting)
            .Permit(BootTrigger.LinkUp, BootState.LinkUpDelay)
            .Permit(BootTrigger.NoLink, BootState.Failed);

        _machine.Configure(BootState.LinkUpDelay)
            .SubstateOf(BootState.Booting)
            .OnEntryFrom(_linkUp, link => Link = link, "keep the link speed")
            .PermitIf(BootTrigger.DelayElapsed, BootState.StaticIpv4, () => _config.Addressing == AddressingMode.Static,
                "IPv4, TCP/IP parameters via DHCP Disabled")
            .PermitIf(BootTrigger.DelayElapsed, BootState.Dhcp4, () => _config.Addressing == AddressingMode.Dhcp4,
                "IPv4, TCP/IP parameters via DHCP Enabled")
            .PermitIf(BootTrigger.DelayElapsed, BootState.Ipv6Autoconfiguration, () => _config.Addressing == AddressingMode.Ipv6Autoconf,
                "IPv6, IP Autoconfiguration Enabled")
            .PermitIf(BootTrigger.DelayElapsed, BootState.StaticIpv6, () => _config.Addressing == AddressingMode.Ipv6Static,
                "IPv6, IP Autoconfiguration Disabled");

        _machine.Configure(BootState.Failed)
            .OnEntryFrom(BootTrigger.BannerElapsed, RecordIscsiUnavailable, "record why no iSCSI boot runs")
            .OnEntryFrom(_noLink, reason => _journal.Record(EngineCode.NoLink,
                $"No link ({reason}). An SFP+ port (10 Gb fixed, no autonegotiation) gets no link on a 1 Gb switch port; check the "
                + "cable and the switch port's speed."), "record the missing link");
    }

    private void RecordIscsiUnavailable()
    {
        var mba = _config.Mba;
        if (mba.BootProtocol != BootProtocol.Iscsi)
        {
            var label = Choices.BootProtocol.ToLabel(mba.BootProtocol);
            _journal.Print(RomMessage.ProtocolNotIscsi, label);
            _journal.Record(EngineCode.BootProtocolNotIscsi,
                $"Boot Protocol is {label}: the iSCSI boot is not attempted (set Boot Protocol to iSCSI in the MBA Configuration menu).");
        }
        else if (!_config.Configuration.OptionRom.HasIscsiBootFirmware)
        {
            _journal.Print(RomMessage.FirmwareAbsent);
            _journal.Record(EngineCode.IscsiFirmwareAbsent,
                "Boot Protocol is iSCSI but no iSCSI boot firmware is programmed in the card's NVRAM: load the iSCSI boot image.");
        }
        else
        {
            _journal.Record(EngineCode.IscsiNotEnabledOnFunction,
                $"iSCSI is not enabled on {_config.At} in the Multi-Function configuration: no iSCSI boot runs on it.");
        }
    }
}
