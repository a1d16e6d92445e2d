using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Boot.Tests.Support;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Net.Iscsi.Failures;

namespace FlexFabricSim.Boot.Tests.Engine;

/// <summary>
/// Every event id the engine can emit (both catalogs of <c>docs/events.md</c>) comes out of a boot made to provoke it:
/// one case per id, and a check that no catalogued id is without a case.
/// </summary>
public sealed class EventCoverageTests
{
    private static readonly Dictionary<BootEventId, Func<IEnumerable<BootEventId>>> Provokers = Build();

    public static TheoryData<string> AllIds => [.. Provokers.Keys.Select(k => k.ToString())];

    [Theory]
    [MemberData(nameof(AllIds))]
    public void IdIsEmittedByTheBootThatProvokesIt(string id)
    {
        Assert.True(BootEventId.TryParse(id, out var parsed));
        Assert.Contains(parsed.Value, Provokers[parsed.Value]());
    }

    [Fact]
    public void EveryCataloguedIdHasACase()
    {
        var catalogued = EngineCodeCatalog.All.Select(c => c.Id).Concat(DriverEventCatalog.InBoot.Select(e => e.EventId));
        Assert.Empty(catalogued.Except(Provokers.Keys));
    }

    private static Dictionary<BootEventId, Func<IEnumerable<BootEventId>>> Build()
    {
        static IEnumerable<BootEventId> Ids(BootResult r) => Boots.Ids(r);
        static Func<IEnumerable<BootEventId>> Static(string lab, params (string, string)[] more) => () => Ids(Cases.Static(lab, null, more));
        static Func<IEnumerable<BootEventId>> Target(string faults, params (string, string)[] more) =>
            () => Ids(Cases.StaticWithTarget($"    faults: {faults}", more));
        static Func<IEnumerable<BootEventId>> Dhcp(string extra) =>
            () => Ids(Boots.Run(Configs.Iscsi(Cases.Dhcp4()), Cases.Dhcp4Lab(extra)));
        static Func<IEnumerable<BootEventId>> Os(string os, OsInputs? inputs = null, string? lab = null, params (string, string)[] more) =>
            () => Ids(Cases.WithOs(os, inputs, lab, more));
        var lab = Boots.OneTarget();
        var root17 = $"  root-path: \"{Cases.RootPath1}\"";
        var hba = (FieldKeys.General.HbaBootMode, "enabled");

        var cases = new Dictionary<EngineCode, Func<IEnumerable<BootEventId>>>
        {
            [EngineCode.OptionRomDisabled] = Static(lab, (FieldKeys.Mba.OptionRom, "disabled")),
            [EngineCode.BootProtocolNotIscsi] = () => Ids(Boots.Run(Configs.Make(AdapterModel.Hp534FlrSfp, true, (FieldKeys.Mba.BootProtocol, "pxe")), lab)),
            [EngineCode.IscsiFirmwareAbsent] = () => Ids(Boots.Run(Configs.Make(AdapterModel.Hp534FlrSfp, false, (FieldKeys.Mba.BootProtocol, "iscsi")), lab)),
            [EngineCode.IscsiNotEnabledOnFunction] = () => Ids(Boots.Run(Configs.Make(AdapterModel.Hp534FlrSfp, true,
                (FieldKeys.Adapter.MultiFunctionMode, "multi-function"), (FieldKeys.Mba.BootProtocol, "iscsi")), lab)),
            [EngineCode.NoLink] = Static(Boots.OneTarget(labExtra: "port: { speed: 1gbps }")),
            [EngineCode.LinkUp] = Static(lab),
            [EngineCode.StaticAddress] = Static(lab),
            [EngineCode.Dhcp4Leased] = Dhcp(root17),
            [EngineCode.Dhcp4NoOffer] = Dhcp("  behaviour: silent"),
            [EngineCode.VendorClassMismatch] = Dhcp($"  vendor-class-sent: QLGC ISAN\n  vendor-options: {{ first-target: \"{Cases.RootPath1}\" }}"),
            [EngineCode.DhcpNoTarget] = Dhcp(""),
            [EngineCode.DnsOverwritten] = Dhcp(root17),
            [EngineCode.RootPathInvalid] = Dhcp("  root-path: \"iscsi:192.0.2.10:17:3260:0:iqn.2026-11.lab:x\""),
            [EngineCode.NoStaticAddress] = Static(lab, (FieldKeys.Initiator.IpAddress, "0.0.0.0")),
            [EngineCode.RouterSolicitationUnanswered] = () => Ids(Boots.Run(Configs.Iscsi(Ipv6BootTests.StaticTarget6()),
                Ipv6BootTests.Lab("  prefix: 2001:db8::/64\n  answers: false"))),
            [EngineCode.Ipv6Configured] = () => Ids(Boots.Run(Configs.Iscsi(Ipv6BootTests.StaticTarget6()), Ipv6BootTests.Lab())),
            [EngineCode.Dhcp6NoReply] = () => Ids(Boots.Run(Configs.Iscsi(Cases.Ipv6Dynamic()),
                Ipv6BootTests.Lab("  prefix: 2001:db8::/64", Ipv6BootTests.Dhcp6("  behaviour: silent")))),
            [EngineCode.NoTargetConfigured] = Static(lab, (FieldKeys.Target1.Connect, "disabled")),
            [EngineCode.LoginSucceeded] = Static(lab),
            [EngineCode.LoginRetry] = Target("{ port-closed: true }", (FieldKeys.Mba.BootRetryCount, "2")),
            [EngineCode.SecondTarget] = () => Ids(Cases.Static(Cases.TwoTargets("{ port-closed: true }"), null, Cases.SecondTarget())),
            [EngineCode.AllTargetsFailed] = Target("{ port-closed: true }"),
            [EngineCode.LunBusyRetry] = Target("{ lun-busy: 1 }", (FieldKeys.General.LunBusyRetryCount, "1")),
            [EngineCode.LunBusyExhausted] = Target("{ lun-busy: 1 }"),
            // No lab target fails without a driver id (every login failure has one, SCSI errors are ffs-153): the engine's
            // mapping is exercised directly with what a misbehaving real target can produce.
            [EngineCode.IscsiError] = () => [IscsiFailureMapping.ToStepFailure(new IscsiFailure(IscsiFailureKind.TaskManagementFailed, null, "x")).Id],
            [EngineCode.LunAttached] = Static(lab),
            [EngineCode.BootLunNotFound] = Static(lab, (FieldKeys.Target1.BootLun, "3")),
            [EngineCode.NoBootSignature] = Static(lab.Replace("size: 8MiB", "size: 8MiB, content: blank", StringComparison.Ordinal)),
            [EngineCode.ScsiCommandFailed] = Static(lab.Replace("size: 8MiB", "size: 512", StringComparison.Ordinal)),
            [EngineCode.IbftPublished] = Static(lab),
            [EngineCode.ControlReturnedToBios] = Static(lab, (FieldKeys.General.BootToTarget, "disabled")),
            [EngineCode.OneTimeDisableReverted] = Static(lab, (FieldKeys.General.BootToTarget, "one-time-disabled")),
            [EngineCode.OsRunning] = Os("windows-2012"),
            [EngineCode.StopErrorLun255] = Os("windows-2012", null, lab.Replace("lun: 0", "lun: 255", StringComparison.Ordinal), (FieldKeys.Target1.BootLun, "255")),
            [EngineCode.StopErrorIpv6LinkLocal] = () => Ids(Boots.Run(Configs.Iscsi(Ipv6BootTests.StaticTarget6()),
                Ipv6BootTests.Lab("  prefix: 2001:db8::/64\n  autonomous: false"), "windows-2008-r2")),
            [EngineCode.InstallTargetNotOffered] = () => Ids(Boots.Run(Configs.Iscsi([.. Ipv6BootTests.StaticTarget6(), (FieldKeys.General.BootToTarget, "disabled")]),
                Ipv6BootTests.Lab(), "windows-2008-sp2")),
            [EngineCode.VlanWithMicrosoftInitiator] = Os("windows-2012", null, Boots.OneTarget(labExtra: "port: { tagged-vlans: [100] }\nnetwork: { vlan: 100 }"),
                (FieldKeys.Mba.VlanMode, "enabled"), (FieldKeys.Mba.VlanId, "100")),
            [EngineCode.OffloadDriversMissing] = Os("windows-2012", OsInputs.Prepared with { VirtualBusDeviceDriver = new Version(4, 0) }, null, hba),
            [EngineCode.BxoisNotLoaded] = Os("windows-2012", OsInputs.Prepared with { BxoisStartOverride = 3 }, null, hba),
            [EngineCode.CrashDumpUnsupportedSpeed] = Os("windows-2012", OsInputs.Prepared with { OsLinkSpeedMbps = 10 }),
            [EngineCode.InitrdPathMismatch] = Os("rhel-6.2", OsInputs.Prepared with { LinuxInitrd = LinuxInitrd.Offload }),
            [EngineCode.GuideContradiction] = Os("sles-11-sp2", null, null, hba),
            [EngineCode.TeamingOnBootAdapter] = Os("windows-2008-r2", OsInputs.Prepared with { TeamingOnBootAdapter = true }),
            [EngineCode.InstallerRunning] = Os("rhel-6.2", null, null, (FieldKeys.General.BootToTarget, "disabled")),
            [EngineCode.RemoteInstallUnsupported] = Os("rhel-5.9", null, null, (FieldKeys.General.BootToTarget, "disabled")),
            [EngineCode.SimulationTimeLimit] = () => Ids(Boots.Run(Configs.Iscsi([.. Configs.StaticIpv4(), (FieldKeys.Mba.BootRetryCount, "indefinite")]),
                Boots.OneTarget("    faults: { port-closed: true }"), tweak: r => r with { TimeLimit = TimeSpan.FromMinutes(2) })),
        };
        var all = cases.ToDictionary(c => BootEventId.Engine(c.Key), c => c.Value);
        all[BootEventId.Driver(1)] = Target("{ port-closed: true }");
        all[BootEventId.Driver(9)] = Target("{ slow-reads: 45s }");
        all[BootEventId.Driver(10)] = () => Ids(Cases.StaticWithTarget(Cases.Chap, Cases.ChapSettings("wrongsecret99")));
        all[BootEventId.Driver(12)] = Target("{ redirect-to: 192.0.2.10:3260 }");
        all[BootEventId.Driver(17)] = () => Ids(Cases.StaticWithTarget(
            Cases.Chap + "\n    mutual-chap: { user: tgtchap, secret: targetsecret99 }\n    faults: { wrong-chap-response: true }",
            Cases.MutualChapSettings()));
        all[BootEventId.Driver(20)] = Target("{ drop-after-pdus: 3 }");
        all[BootEventId.Driver(40)] = () => Ids(Cases.StaticWithTarget(Cases.Chap));
        all[BootEventId.Driver(43)] = Target("{ no-login-response: true }");
        all[BootEventId.Driver(59)] = Target("{ drop-after-pdus: 1 }");
        return all;
    }
}
