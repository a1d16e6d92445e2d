using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.Headless;
using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Tests.Support;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;

namespace FlexFabricSim.Tui.Tests.Headless;

/// <summary>Random keys through Terminal.Gui into every screen: nothing throws and the model never holds what its rules refuse.</summary>
public class RandomKeyTests
{
    private static readonly KeyCode[] Named =
    [
        KeyCode.CursorUp, KeyCode.CursorDown, KeyCode.CursorLeft, KeyCode.CursorRight, KeyCode.Enter, KeyCode.Esc,
        KeyCode.Tab, KeyCode.Backspace, KeyCode.Delete, KeyCode.Home, KeyCode.End, KeyCode.PageUp, KeyCode.PageDown,
        KeyCode.Insert, KeyCode.Space, KeyCode.F1, KeyCode.F2, KeyCode.F4, KeyCode.F10, KeyCode.F12,
        KeyCode.S | KeyCode.CtrlMask, KeyCode.B | KeyCode.CtrlMask, KeyCode.C | KeyCode.AltMask, KeyCode.Tab | KeyCode.ShiftMask,
        KeyCode.Z | KeyCode.CtrlMask, KeyCode.Enter | KeyCode.CtrlMask, KeyCode.CursorUp | KeyCode.ShiftMask,
    ];

    /// <summary>A random key: mostly navigation and the card's keys, often printable characters, sometimes odd chords.</summary>
    private static Key RandomKey(Random random) => random.Next(10) switch
    {
        < 5 => new Key(Named[random.Next(Named.Length)]),
        < 8 => new Key((char)random.Next(0x20, 0x7F)),
        8 => new Key((KeyCode)random.Next(0x01, 0x20)),
        _ => new Key((KeyCode)random.Next(0x80, 0x3000)),
    };

    private const int FormLayoutHeight = 25;

    public static TheoryData<int, bool> Seeds => new() { { 1, false }, { 2, false }, { 3, true } };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_keys_never_throw_and_never_leave_a_configuration_the_rules_refuse(int seed, bool multiFunction)
    {
        const int keys = 4000;
        var random = new Random(seed);
        var store = new MemoryConfigurationStore();
        using var session = HeadlessSession.Start(multiFunction ? Adapters.MultiFunction : Adapters.Default,
            new HeadlessOptions { Store = store });

        for (var i = 0; i < keys; i++)
        {
            if (session.Session.Phase != PreBootPhase.Utility)
            {
                // Back into the utility: restart the simulated server and press the setup key at the banner.
                session.Press(Key.R.WithCtrl);
                session.Press(Key.S.WithCtrl);
                continue;
            }
            session.Press(RandomKey(random));
            if (random.Next(200) == 0)
            {
                session.Wait(TimeSpan.FromSeconds(random.Next(1, 20)));
            }
            if (i % 25 == 0)
            {
                // Draw now and then: the screens must render whatever state the keys left behind.
                Assert.Equal(FormLayoutHeight, session.Capture().Lines.Count);
            }

            var utility = session.Session.Utility;
            if (utility is not null)
            {
                Assert.Empty(utility.Working.Validate());
            }
            Assert.Empty(session.Session.Saved.Validate());
        }

        Assert.True(store.SaveCount == 0 || store.Saved!.Validate().Count == 0);
        Assert.NotEmpty(session.ScreenText);
    }

    [Fact]
    public void In_multi_function_mode_no_key_on_the_hba_boot_mode_row_changes_it()
    {
        var inputs = Enum.GetValues<CardKey>().Where(k => k is not CardKey.Character and not CardKey.Quit and not CardKey.PowerCycle)
            .Select(CardInput.Of)
            .Concat(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => CardInput.Char((char)c)));
        foreach (var input in inputs)
        {
            var menu = new NavigatorDriver(Adapters.MultiFunction, Tui.Screens.ScreenKind.General).Select(FieldKeys.General.HbaBootMode);

            menu.Navigator.Handle(input);
            // Whatever box or edit that opened, answer it every way the card allows.
            menu.Type("y").Press(CardKey.Enter).Type("Y").Press(CardKey.Enter, CardKey.F4);

            Assert.Equal("disabled", menu.Value(FieldKeys.General.HbaBootMode));
        }
    }

    [Fact]
    public void In_multi_function_mode_no_key_sequence_changes_hba_boot_mode()
    {
        var random = new Random(42);
        using var session = HeadlessSession.Start(Adapters.MultiFunction);
        session.Run(KeyScript.Parse(Scripts.ToGeneral + ",end"));
        Assert.Equal(FieldKeys.General.HbaBootMode, SelectedKey(session));

        for (var i = 0; i < 3000; i++)
        {
            if (session.Session.Phase != PreBootPhase.Utility)
            {
                session.Press(Key.R.WithCtrl);
                session.Press(Key.S.WithCtrl);
                continue;
            }
            // While the HBA Boot Mode row is selected, a quarter of the keys try to change it; the rest go anywhere.
            var key = random.Next(4) == 0 && SelectedKey(session) == FieldKeys.General.HbaBootMode
                ? new Key(random.Next(2) == 0 ? KeyCode.CursorRight : KeyCode.Enter)
                : RandomKey(random);
            PressAndCheck(session, key);
        }
    }

    /// <summary>Presses <paramref name="key"/>; if the card was in Multi-Function mode, HBA Boot Mode must not change anywhere.</summary>
    private static void PressAndCheck(HeadlessSession session, Key key)
    {
        var before = session.Session.Utility?.Working ?? session.Session.Saved;
        var savedBefore = session.Session.Saved;
        session.Press(key);
        var after = session.Session.Utility?.Working ?? session.Session.Saved;
        if (before.IsMultiFunction)
        {
            Assert.Equal(HbaModes(before), HbaModes(after));
        }
        if (savedBefore.IsMultiFunction)
        {
            Assert.Equal(HbaModes(savedBefore), HbaModes(session.Session.Saved));
        }
    }

    private static string[] HbaModes(AdapterConfiguration config) =>
        [.. Enumerable.Range(0, config.Ports.Count).SelectMany(p => Enumerable.Range(0, 4)
            .Select(f => config.Get(new NvramAddress(p, f), FieldKeys.General.HbaBootMode)))];

    private static string? SelectedKey(HeadlessSession session) =>
        session.Session.Utility is { } utility && utility.Current.Rows[utility.Selected] is Tui.Screens.ScreenRow.Field field
            ? field.Definition.Key
            : null;
}
