using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.Screens;
using FlexFabricSim.Tui.Tests.Support;

namespace FlexFabricSim.Tui.Tests.Screens;

public class CardScreensTests
{
    public static TheoryData<string> Modes => ["single-function", "multi-function"];

    [Theory]
    [MemberData(nameof(Modes))]
    public void Every_field_of_the_catalog_is_on_a_screen_the_menus_reach(string mode)
    {
        var config = Adapters.With((FieldKeys.Adapter.MultiFunctionMode, mode));
        var shown = Reachable(config).SelectMany(s => s.Rows).OfType<ScreenRow.Field>().Select(r => r.Definition.Key).ToHashSet();

        // npar.* per-function fields appear on function screens, which exist in Multi-Function mode only.
        var expected = FieldCatalog.All
            .Where(f => mode == "multi-function" || !(f.Screen == ScreenId.MultiFunction && f.Scope == FieldScope.Function))
            .Select(f => f.Key);
        Assert.Empty(expected.Except(shown));
    }

    [Theory]
    [InlineData(ScreenKind.MbaMenu, ScreenId.Mba)]
    [InlineData(ScreenKind.General, ScreenId.General)]
    [InlineData(ScreenKind.Initiator, ScreenId.Initiator)]
    [InlineData(ScreenKind.Target1, ScreenId.Target1)]
    [InlineData(ScreenKind.Target2, ScreenId.Target2)]
    [InlineData(ScreenKind.Secondary, ScreenId.Secondary)]
    public void Fields_come_in_the_catalog_order(ScreenKind kind, ScreenId id)
    {
        var screen = CardScreens.Build(new ScreenRef(kind, Adapters.Port0), Adapters.Default);

        Assert.Equal(
            FieldCatalog.ForScreen(id).Select(f => f.Key),
            screen.Rows.OfType<ScreenRow.Field>().Select(r => r.Definition.Key));
    }

    [Fact]
    public void The_iscsi_main_menu_lists_the_guides_entries_and_exit_and_save()
    {
        var screen = CardScreens.Build(new ScreenRef(ScreenKind.IscsiMain, Adapters.Port0), Adapters.Default);

        Assert.Equal(
            ["General Parameters", "Initiator Parameters", "1st Target Parameters", "2nd Target Parameters",
                "Secondary Device Parameters", "Exit and Save Configuration"],
            screen.Rows.OfType<ScreenRow.Entry>().Select(e => e.Label));
        Assert.IsType<MenuEntry.ExitAndSave>(screen.Rows.OfType<ScreenRow.Entry>().Last().Action);
    }

    [Fact]
    public void The_device_list_has_a_row_per_port_or_per_function()
    {
        var single = CardScreens.Build(new ScreenRef(ScreenKind.DeviceList, Adapters.Port0), Adapters.Default);
        var multi = CardScreens.Build(new ScreenRef(ScreenKind.DeviceList, Adapters.Port0), Adapters.MultiFunction);

        Assert.Equal(2, single.Rows.Count);
        Assert.Equal(8, multi.Rows.Count);
    }

    [Fact]
    public void Selection_skips_headings_and_blank_lines()
    {
        var screen = CardScreens.Build(new ScreenRef(ScreenKind.MbaMenu, Adapters.Port0), Adapters.Default);
        var lastField = screen.Rows.Count(r => r is ScreenRow.Field) - 1;

        Assert.Equal(0, screen.FirstSelectable);
        Assert.IsType<ScreenRow.Blank>(screen.Rows[lastField + 1]);
        Assert.Equal(lastField + 2, screen.IndexOfSelectable(lastField + 1, +1));
        Assert.Equal(lastField, screen.IndexOfSelectable(lastField + 1, -1));
        Assert.Equal(-1, screen.IndexOfSelectable(screen.Rows.Count, +1));
    }

    private static List<ScreenDefinition> Reachable(AdapterConfiguration config)
    {
        var seen = new HashSet<ScreenRef>();
        var screens = new List<ScreenDefinition>();
        var queue = new Queue<ScreenRef>([new ScreenRef(ScreenKind.DeviceList, Adapters.Port0)]);
        while (queue.TryDequeue(out var next))
        {
            if (!seen.Add(next))
            {
                continue;
            }
            var screen = CardScreens.Build(next, config);
            screens.Add(screen);
            foreach (var entry in screen.Rows.OfType<ScreenRow.Entry>())
            {
                if (entry.Action is MenuEntry.Open open)
                {
                    queue.Enqueue(open.Screen);
                }
            }
        }
        return screens;
    }
}
