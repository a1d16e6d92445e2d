using System.Net;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Tests.Os;

/// <summary>Each profile's rules on a hand-made hand-off (the engine tests reach the same outcomes through a whole boot).</summary>
public sealed class OsProfileTests
{
    private static HandOffContext Context(IscsiPath path = IscsiPath.NonOffload, OsPhase phase = OsPhase.Boot, ulong lun = 0,
        string initiator = "192.0.2.100", string target = "192.0.2.10", int? vlan = null, int speed = 10_000,
        InitiatorAddressOrigin origin = InitiatorAddressOrigin.Static) => new()
    {
        Path = path,
        Phase = phase,
        BootLun = lun,
        InitiatorName = "iqn.2026-11.lab:host",
        TargetName = "iqn.2026-11.lab:disk1",
        InitiatorAddress = IPAddress.Parse(initiator),
        InitiatorOrigin = origin,
        TargetPortal = new IPEndPoint(IPAddress.Parse(target), 3260),
        Vlan = vlan,
        LinkSpeedMbps = speed,
        Mac = "00:17:A4:77:00:10",
    };

    public static TheoryData<string> Windows => new() { "windows-2008-sp2", "windows-2008-r2", "windows-2012" };

    public static TheoryData<string> All => [.. OsProfiles.All.Select(p => p.Key)];

    [Theory]
    [MemberData(nameof(All))]
    public void PreparedSystemBootsOnBothPaths(string os)
    {
        var profile = OsProfiles.Get(os);
        foreach (var path in Enum.GetValues<IscsiPath>())
        {
            var result = profile.HandOff(Context(path), OsInputs.Prepared);
            Assert.Equal(OsOutcome.Running, result.Outcome);
            Assert.Equal(EngineCode.OsRunning, result.Code);
        }
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public void Lun255WithTheMicrosoftInitiatorIsAStopError(string os)
    {
        var result = OsProfiles.Get(os).HandOff(Context(lun: 255), OsInputs.Prepared);
        Assert.Equal(OsOutcome.StopError, result.Outcome);
        Assert.Equal(EngineCode.StopErrorLun255, result.Code);
        Assert.Equal("G p.27 T10", result.Guide!.ToString());
        Assert.Equal(OsOutcome.Running, OsProfiles.Get(os).HandOff(Context(lun: 254), OsInputs.Prepared).Outcome);
    }

    [Fact]
    public void Lun255IsFineForLinux() =>
        Assert.Equal(OsOutcome.Running, OsProfiles.Get("rhel-6.2").HandOff(Context(lun: 255), OsInputs.Prepared).Outcome);

    [Theory]
    [MemberData(nameof(Windows))]
    public void VlanWithTheMicrosoftInitiatorFailsButOffloadBoots(string os)
    {
        var result = OsProfiles.Get(os).HandOff(Context(vlan: 100), OsInputs.Prepared);
        Assert.Equal(EngineCode.VlanWithMicrosoftInitiator, result.Code);
        Assert.Equal(OsOutcome.BootFailure, result.Outcome);
        Assert.True(OsProfiles.Get(os).HandOff(Context(IscsiPath.Offload, vlan: 100), OsInputs.Prepared).IsUp);
    }

    [Fact]
    public void Windows2008R2NdisLinkLocalInitiatorWithRoutedTargetIsAStopError()
    {
        var r2 = OsProfiles.Get("windows-2008-r2");
        var context = Context(initiator: "fe80::217:a4ff:fe77:10", target: "2001:db8::10", origin: InitiatorAddressOrigin.LinkLocal);
        var result = r2.HandOff(context, OsInputs.Prepared);
        Assert.Equal(EngineCode.StopErrorIpv6LinkLocal, result.Code);
        Assert.Equal("G p.28 T12", result.Guide!.ToString());
        Assert.True(r2.HandOff(context with { Path = IscsiPath.Offload }, OsInputs.Prepared).IsUp);
        Assert.True(r2.HandOff(context with { TargetPortal = IPEndPoint.Parse("[fe80::10]:3260") }, OsInputs.Prepared).IsUp);
        Assert.True(OsProfiles.Get("windows-2012").HandOff(context, OsInputs.Prepared).IsUp);
    }

    [Fact]
    public void Windows2008InstallOverIpv6DoesNotOfferTheTarget()
    {
        var sp2 = OsProfiles.Get("windows-2008-sp2");
        var v6 = Context(phase: OsPhase.Install, initiator: "2001:db8::100", target: "2001:db8::10");
        var result = sp2.HandOff(v6, OsInputs.Prepared);
        Assert.Equal(OsOutcome.TargetNotOffered, result.Outcome);
        Assert.Equal(EngineCode.InstallTargetNotOffered, result.Code);
        Assert.Equal(OsOutcome.InstallerRunning, sp2.HandOff(Context(phase: OsPhase.Install), OsInputs.Prepared).Outcome);
        Assert.Equal(OsOutcome.InstallerRunning, OsProfiles.Get("windows-2008-r2").HandOff(v6, OsInputs.Prepared).Outcome);
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public void OffloadPathNeedsTheVbdAndOisDrivers(string os)
    {
        var profile = OsProfiles.Get(os);
        var oldVbd = profile.HandOff(Context(IscsiPath.Offload), OsInputs.Prepared with { VirtualBusDeviceDriver = new Version(4, 8) });
        Assert.Equal(EngineCode.OffloadDriversMissing, oldVbd.Code);
        var noOis = profile.HandOff(Context(IscsiPath.Offload), OsInputs.Prepared with { OisDriverInstalled = false });
        Assert.Equal(EngineCode.OffloadDriversMissing, noOis.Code);
        Assert.Contains("OIS", noOis.Message);
        Assert.True(profile.HandOff(Context(IscsiPath.Offload), OsInputs.Prepared with { VirtualBusDeviceDriver = new Version(5, 0) }).IsUp);
        Assert.True(profile.HandOff(Context(IscsiPath.NonOffload), OsInputs.Prepared with { OisDriverInstalled = false }).IsUp);
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public void BxoisStartOverride3KeepsTheOffloadPathDown(string os)
    {
        var result = OsProfiles.Get(os).HandOff(Context(IscsiPath.Offload), OsInputs.Prepared with { BxoisStartOverride = 3 });
        Assert.Equal(EngineCode.BxoisNotLoaded, result.Code);
        Assert.Equal("G p.26 T3", result.Guide!.ToString());
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(10, true)]
    [InlineData(1000, false)]
    [InlineData(null, false)]
    public void CrashDumpNoteAtTenOrHundredMbps(int? osSpeed, bool noted)
    {
        var result = OsProfiles.Get("windows-2012").HandOff(Context(), OsInputs.Prepared with { OsLinkSpeedMbps = osSpeed });
        Assert.True(result.IsUp);
        Assert.Equal(noted, result.Notes.Any(n => n.Code == EngineCode.CrashDumpUnsupportedSpeed));
    }

    [Fact]
    public void TeamingOnTheBootAdapterIsNoted()
    {
        var result = OsProfiles.Get("windows-2012").HandOff(Context(), OsInputs.Prepared with { TeamingOnBootAdapter = true });
        Assert.Contains(result.Notes, n => n.Code == EngineCode.TeamingOnBootAdapter);
    }

    [Fact]
    public void SessionListNamesTheHbaInstanceByPath()
    {
        var profile = OsProfiles.Get("windows-2008-r2");
        var offload = profile.HandOff(Context(IscsiPath.Offload), OsInputs.Prepared).SessionList;
        var software = profile.HandOff(Context(IscsiPath.NonOffload), OsInputs.Prepared).SessionList;
        Assert.Contains(offload, l => l.Contains(@"Initiator Name         : B06BDRV\", StringComparison.Ordinal));
        Assert.Contains(software, l => l.Contains(@"Initiator Name         : ROOT\", StringComparison.Ordinal));
        Assert.Equal("Microsoft iSCSI Initiator Version 6.1 Build 7601", software[0]);
        Assert.Empty(OsProfiles.Get("rhel-6.2").HandOff(Context(), OsInputs.Prepared).SessionList);
    }

    [Theory]
    [InlineData("rhel-5.9")]
    [InlineData("rhel-6.2")]
    [InlineData("sles-11-sp2")]
    public void LinuxInitrdMustMatchHbaBootMode(string os)
    {
        var profile = OsProfiles.Get(os);
        var wrong = profile.HandOff(Context(IscsiPath.Offload), OsInputs.Prepared with { LinuxInitrd = LinuxInitrd.NonOffload });
        Assert.Equal(EngineCode.InitrdPathMismatch, wrong.Code);
        Assert.True(profile.HandOff(Context(IscsiPath.Offload), OsInputs.Prepared with { LinuxInitrd = LinuxInitrd.Offload }).IsUp);
    }

    [Fact]
    public void Sles11OffloadBootsWithTheGuidesContradictionNoted()
    {
        var result = OsProfiles.Get("sles-11-sp2").HandOff(Context(IscsiPath.Offload), OsInputs.Prepared);
        Assert.True(result.IsUp);
        var note = Assert.Single(result.Notes);
        Assert.Equal(EngineCode.GuideContradiction, note.Code);
        Assert.Empty(OsProfiles.Get("sles-11-sp2").HandOff(Context(), OsInputs.Prepared).Notes);
    }

    [Fact]
    public void Rhel59HasNoRemoteInstallButRhel62Has()
    {
        Assert.Equal(EngineCode.RemoteInstallUnsupported, OsProfiles.Get("rhel-5.9").HandOff(Context(phase: OsPhase.Install), OsInputs.Prepared).Code);
        Assert.Equal(OsOutcome.InstallerRunning, OsProfiles.Get("rhel-6.2").HandOff(Context(phase: OsPhase.Install), OsInputs.Prepared).Outcome);
    }

    [Theory]
    [InlineData("2008", "windows-2008-sp2")]
    [InlineData("WINDOWS-2008-R2", "windows-2008-r2")]
    [InlineData("sles11sp2", "sles-11-sp2")]
    public void ProfilesAreFoundByKeyOrAlias(string name, string key) => Assert.Equal(key, OsProfiles.Get(name).Key);

    [Fact]
    public void UnknownOsListsTheValidNames()
    {
        var e = Assert.Throws<ArgumentException>(() => OsProfiles.Get("windows-95"));
        Assert.Contains("windows-2012", e.Message);
    }
}
