using FlexFabricSim.Boot.Events;

namespace FlexFabricSim.Boot.Flow;

// Addressing: static, DHCPv4, IPv6 autoconfiguration / DHCPv6, static IPv6 (G p.5-11). The engine resolves the targets
// (screens, option 17, option 43, DHCPv6 option 17) as part of the step, so the flow sees them with the address.
public sealed partial class BootFlow
{
    /// <summary>The address and the targets to try are known.</summary>
    public void AddressConfigured(AddressReport report) => _machine.Fire(_addressConfigured, report);

    /// <summary>No address could be configured, or DHCP gave no usable target information.</summary>
    public void AddressingFailed(StepFailure failure) => _machine.Fire(_addressingFailed, failure);

    private void ConfigureAddressing()
    {
        _machine.Configure(BootState.Addressing)
            .SubstateOf(BootState.Booting)
            .PermitIf(_addressConfigured, BootState.FirstTargetLogin, r => r.Target(1) is not null, "1st target configured")
            .PermitIf(_addressConfigured, BootState.SecondTargetLogin, r => r.Target(1) is null && r.Target(2) is not null,
                "only the 2nd target configured")
            .PermitIf(_addressConfigured, BootState.Failed, r => r.Targets.Count == 0, "no target configured")
            .Permit(BootTrigger.AddressingFailed, BootState.Failed);

        foreach (var state in new[] { BootState.StaticIpv4, BootState.Dhcp4, BootState.Ipv6Autoconfiguration, BootState.StaticIpv6 })
        {
            _machine.Configure(state).SubstateOf(BootState.Addressing);
        }

        _machine.Configure(BootState.Failed)
            .OnEntryFrom(_addressConfigured, NoTarget, "record that no target is configured")
            .OnEntryFrom(_addressingFailed, RecordFailure, "record why addressing failed");
    }

    private void NoTarget(AddressReport report)
    {
        Address = report;
        _journal.Record(EngineCode.NoTargetConfigured, _config.TargetSource == Device.Nvram.TargetSource.Static
            ? "No target to connect to: enable Connect on the 1st or 2nd Target Parameters screen and enter its address and name."
            : "No target to connect to.");
    }

    private void RecordFailure(StepFailure failure) =>
        _journal.Record(_journal.Stage, BootEventSeverity.Error, failure.Id, failure.Reason, failure.Guide);
}
