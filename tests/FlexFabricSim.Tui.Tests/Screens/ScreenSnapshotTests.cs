using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Testing;
using FlexFabricSim.Tui.Headless;
using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Tests.Support;

namespace FlexFabricSim.Tui.Tests.Screens;

/// <summary>
/// Every screen and message box at 80x25, reached from power-on by injecting keys through Terminal.Gui, compared with a
/// reviewed snapshot beside this file (<c>ScreenSnapshotTests.&lt;name&gt;.verified.txt</c>).
/// </summary>
public class ScreenSnapshotTests
{
    /// <summary>Each case: the adapter it starts from, the keys, and (for failures) where saves go.</summary>
    private static readonly Dictionary<string, (Func<AdapterConfiguration> Adapter, string Keys)> Cases = new()
    {
        ["power-on"] = (() => Adapters.Default, "wait:1s"),
        ["banner"] = (() => Adapters.Default, "wait:3s"),
        ["banner-ctrl-b"] = (() => Adapters.With((FieldKeys.Mba.SetupKeyStroke, "ctrl-b")), "wait:3s"),
        ["banner-hidden-prompt"] = (() => Adapters.With((FieldKeys.Mba.HideSetupPrompt, "enabled")), "wait:3s"),
        ["device-list"] = (() => Adapters.Default, "ctrl+s"),
        ["device-list-multi-function"] = (() => Adapters.MultiFunction, "ctrl+s"),
        ["mba-menu"] = (() => Adapters.Default, Scripts.ToMba),
        ["mba-menu-no-iscsi-firmware"] = (() => Adapters.WithoutIscsiFirmware, Scripts.ToMba + ",down,right,end,up,enter"),
        ["iscsi-main"] = (() => Adapters.Default, Scripts.ToIscsi),
        ["general"] = (() => Adapters.Default, Scripts.ToGeneral),
        ["general-iscsi-not-running"] = (() => Adapters.Default, Scripts.ToMba + ",end,up,enter,enter"),
        ["initiator-dhcp"] = (() => Adapters.Default, Scripts.ToInitiator),
        ["initiator-static"] = (() => Adapters.Default, Scripts.ToGeneral + ",right,down,down,right,esc,down,enter"),
        ["initiator-ipv6"] = (() => Adapters.Default, Scripts.ToGeneral + ",end,up,right,y,esc,down,enter"),
        ["initiator-typing"] = (() => Adapters.Default, Scripts.ToInitiator + ",\"192.0.2.1\""),
        ["target1"] = (() => Adapters.Default, Scripts.ToGeneral + ",down,down,right,esc,down,down,enter"),
        ["target2"] = (() => Adapters.Default, Scripts.ToTarget2),
        ["secondary"] = (() => Adapters.Default, Scripts.ToSecondary),
        ["multi-function-single"] = (() => Adapters.Default, Scripts.ToMultiFunction),
        ["multi-function-npar"] = (() => Adapters.MultiFunction, Scripts.ToMultiFunction),
        ["function-1"] = (() => Adapters.MultiFunction, Scripts.ToMultiFunction + ",down,down,down,enter"),
        ["boot-console"] = (() => Adapters.Default, "wait:10s"),
        ["boot-console-iscsi-static"] = (() => Adapters.With(
            (FieldKeys.Mba.BootProtocol, "iscsi"), (FieldKeys.General.TcpIpViaDhcp, "disabled"),
            (FieldKeys.General.IscsiViaDhcp, "disabled"),
            (FieldKeys.Initiator.IpAddress, "192.0.2.10"), (FieldKeys.Initiator.SubnetMask, "255.255.255.0"),
            (FieldKeys.Target1.Connect, "enabled"), (FieldKeys.Target1.IpAddress, "192.0.2.1"),
            (FieldKeys.Target1.IscsiName, "iqn.2013-01.com.example:boot")), "wait:10s"),
        ["message-chap-secret-too-short"] = (() => Adapters.Default, Scripts.ToInitiator + ",end,\"short\",enter"),
        ["message-ip-version-warning"] = (() => Adapters.Default, Scripts.ToGeneral + ",end,up,right"),
        ["message-hba-locked-multi-function"] = (() => Adapters.MultiFunction, Scripts.ToGeneral + ",end,right"),
        ["message-banner-timeout-out-of-range"] = (() => Adapters.Default, Scripts.ToMba + ",down,down,down,down,down,enter,\"7\",enter"),
        ["message-link-speed-sfp"] = (() => Adapters.Default, Scripts.ToMba + ",down,down,down,down,down,down,right"),
        ["message-exit-iscsi-unsaved"] = (() => Adapters.Default, Scripts.ToGeneral + ",right,esc,esc"),
        ["message-exit-mba-unsaved"] = (() => Adapters.Default, Scripts.ToMba + ",down,right,esc"),
        ["message-multi-function-warning"] = (() => Adapters.Default, Scripts.ToMultiFunction + ",right"),
    };

    /// <summary>The case names, for the theory.</summary>
    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Screen_matches_its_snapshot(string name)
    {
        var (adapter, keys) = Cases[name];
        using var session = HeadlessSession.Start(adapter());
        session.Run(KeyScript.Parse(keys));

        Snapshot.Verify(session.ScreenText, name);
    }

    [Fact]
    public void Save_failure_shows_a_message_and_keeps_the_changes_unsaved()
    {
        using var session = HeadlessSession.Start(Adapters.Default, new HeadlessOptions { Store = new ThrowingStore() });
        session.Run(KeyScript.Parse(Scripts.ToMba + ",down,right,f4"));

        Snapshot.Verify(session.ScreenText, "message-save-failed");
        Assert.True(session.Session.Utility!.Session.IsDirty);
    }

    [Fact]
    public void Main_menu_colours_match_their_snapshot()
    {
        using var session = HeadlessSession.Start(Adapters.Default);
        // VLAN Mode selected: the locked VLAN ID row below it shows the read-only and tag colours.
        session.Run(KeyScript.Parse(Scripts.ToMba + ",down,down,down,down,down,down,down,down"));

        Snapshot.Verify(session.Capture().AttributeMap, "mba-menu-colours");
    }

    [Fact]
    public void Main_menu_reads_well_on_a_larger_terminal()
    {
        using var session = HeadlessSession.Start(Adapters.Default, new HeadlessOptions { Width = 120, Height = 40 });
        session.Run(KeyScript.Parse(Scripts.ToMba));

        Snapshot.Verify(session.ScreenText, "mba-menu-120x40");
    }

    [Fact]
    public void Every_snapshot_file_belongs_to_a_case()
    {
        var folder = Path.GetDirectoryName(SourceFile())!;
        var known = Cases.Keys.Concat(["message-save-failed", "mba-menu-colours", "mba-menu-120x40"]).ToHashSet();
        var orphans = Directory.GetFiles(folder, "ScreenSnapshotTests.*.verified.txt")
            .Select(f => Path.GetFileName(f)["ScreenSnapshotTests.".Length..^".verified.txt".Length])
            .Where(n => !known.Contains(n)).ToList();

        Assert.Empty(orphans);
        Assert.True(known.Count >= 12, "at least 12 distinct screens and message boxes");
    }

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
