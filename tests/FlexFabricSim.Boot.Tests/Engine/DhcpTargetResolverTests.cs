using System.Net;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Tests.Support;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Tests.Engine;

public sealed class DhcpTargetResolverTests
{
    private const string Path1 = "iscsi:192.0.2.10::3260:0:iqn.2026-11.lab:disk1";
    private const string Path2 = "iscsi:192.0.2.11::3261:40:iqn.2026-11.lab:disk2";

    private static EffectiveConfiguration Dynamic(params (string, string)[] more) => Configs.Effective(Configs.Iscsi(
    [
        (FieldKeys.General.TcpIpViaDhcp, "enabled"),
        (FieldKeys.General.IscsiViaDhcp, "enabled"),
        (FieldKeys.Initiator.IscsiName, "iqn.2026-11.lab.initiator:from-screen"),
        .. more,
    ]));

    [Fact]
    public void Option17GivesTheFirstTargetAndKeepsTheScreensName()
    {
        var r = DhcpTargetResolver.Resolve(new DhcpIscsiOptions("DHCP", Path1, null, false, null, null, null, false), Dynamic());
        var t = Assert.Single(r.Targets);
        Assert.Equal((1, IPAddress.Parse("192.0.2.10"), 3260, 0UL), (t.Number, t.Address, t.Port, t.Lun));
        Assert.Equal("iqn.2026-11.lab.initiator:from-screen", r.InitiatorName);
        Assert.Null(r.Failure);
        Assert.Empty(r.Notes);
    }

    [Fact]
    public void MatchedVendorOptionsWinOverOption17AndReplaceTheName()
    {
        var r = DhcpTargetResolver.Resolve(
            new DhcpIscsiOptions("DHCP", Path1, "BRCM ISAN", true, Path2, Path1, "iqn.2026-11.lab:from-dhcp", true), Dynamic());
        Assert.Equal([1, 2], r.Targets.Select(t => t.Number));
        Assert.Equal(64UL, r.Targets[0].Lun);
        Assert.Equal(3261, r.Targets[0].Port);
        Assert.Equal("iqn.2026-11.lab:from-dhcp", r.InitiatorName);
    }

    [Fact]
    public void VendorOptionsWithout203UseTheMacBasedDefaultName()
    {
        var config = Dynamic();
        var r = DhcpTargetResolver.Resolve(new DhcpIscsiOptions("DHCP", null, "BRCM ISAN", true, Path1, null, null, true), config);
        Assert.Equal(config.DefaultInitiatorName, r.InitiatorName);
        Assert.Equal("iqn.1995-05.com.broadcom.00.17.a4.77.00.10.iscsiboot", r.InitiatorName);
    }

    [Fact]
    public void MismatchedVendorClassIgnoresOption43AndSaysSo()
    {
        var r = DhcpTargetResolver.Resolve(new DhcpIscsiOptions("DHCP", null, "QLGC ISAN", false, Path1, null, null, true), Dynamic());
        Assert.Empty(r.Targets);
        Assert.Equal(BootEventId.Engine(EngineCode.DhcpNoTarget), r.Failure!.Id);
        Assert.Contains(r.Notes, n => n.Code == EngineCode.VendorClassMismatch && n.Message.Contains("QLGC ISAN"));
    }

    [Fact]
    public void MismatchFallsBackToOption17()
    {
        var r = DhcpTargetResolver.Resolve(new DhcpIscsiOptions("DHCP", Path1, "QLGC ISAN", false, Path2, null, null, true), Dynamic());
        Assert.Equal(IPAddress.Parse("192.0.2.10"), Assert.Single(r.Targets).Address);
    }

    [Theory]
    [InlineData("iscsi:192.0.2.10::3260:0", "is not a valid root path")]
    [InlineData("iscsi:storage.lab::3260:0:iqn.2026-11.lab:disk1", "by name")]
    [InlineData("iscsi:192.0.2.10::3260:4186-9:iqn.2026-11.lab:disk1", "cannot address")]
    public void UnusableRootPathsFailWithTheirCode(string rootPath, string fragment)
    {
        var r = DhcpTargetResolver.Resolve(new DhcpIscsiOptions("DHCP", rootPath, null, false, null, null, null, false), Dynamic());
        Assert.Equal(BootEventId.Engine(EngineCode.RootPathInvalid), r.Failure!.Id);
        Assert.Contains(fragment, r.Failure.Reason);
    }

    [Fact]
    public void ADecimalLunIsReadAsHex()
    {
        // A LUN typed in decimal (64) is read as hex: LUN 100 (G p.10), a classic field error.
        var r = DhcpTargetResolver.Resolve(
            new DhcpIscsiOptions("DHCP", "iscsi:192.0.2.10::3260:64:iqn.2026-11.lab:disk1", null, false, null, null, null, false), Dynamic());
        Assert.Equal(100UL, Assert.Single(r.Targets).Lun);
    }

    [Fact]
    public void TargetsTakeChapFromTheScreens()
    {
        var config = Dynamic((FieldKeys.General.ChapAuthentication, "enabled"), (FieldKeys.Initiator.ChapId, "initchap"),
            (FieldKeys.Initiator.ChapSecret, "initsecret1234"), (FieldKeys.Target1.ChapId, "tgtchap"), (FieldKeys.Target1.ChapSecret, "targetsecret99"));
        var r = DhcpTargetResolver.Resolve(new DhcpIscsiOptions("DHCP", Path1, null, false, null, null, null, false), config);
        Assert.Equal(ChapMode.Mutual, r.Targets[0].Chap.Mode);
        Assert.Equal("targetsecret99", r.Targets[0].Chap.TargetChapSecret);
    }
}
