using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Screens;
using FlexFabricSim.Tui.Tests.Support;

namespace FlexFabricSim.Tui.Tests.Navigation;

public class MenuNavigatorTests
{
    [Fact]
    public void Up_and_down_move_between_rows_skip_blank_lines_and_stop_at_the_ends()
    {
        var menu = new NavigatorDriver(Adapters.Default);

        menu.Press(CardKey.Up);
        Assert.Equal(0, menu.Navigator.Selected);

        menu.Select(FieldKeys.Mba.BootRetryCount).Press(CardKey.Down);
        Assert.IsType<ScreenRow.Entry>(menu.Navigator.Current.Rows[menu.Navigator.Selected]);

        menu.Press(CardKey.Down, CardKey.Down, CardKey.Down);
        Assert.Equal(menu.Navigator.Current.Rows.Count - 1, menu.Navigator.Selected);
    }

    [Fact]
    public void Left_and_right_step_through_the_choices_as_the_guide_says()
    {
        var menu = new NavigatorDriver(Adapters.Default).Select(FieldKeys.Mba.BootProtocol);

        var seen = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            menu.Press(CardKey.Right);
            seen.Add(menu.Value(FieldKeys.Mba.BootProtocol));
        }
        Assert.Equal(["iscsi", "fcoe", "none", "pxe"], seen);

        menu.Press(CardKey.Left);
        Assert.Equal("none", menu.Value(FieldKeys.Mba.BootProtocol));
        menu.Press(CardKey.Enter);
        Assert.Equal("pxe", menu.Value(FieldKeys.Mba.BootProtocol));
        menu.Type(" ");
        Assert.Equal("iscsi", menu.Value(FieldKeys.Mba.BootProtocol));
    }

    [Fact]
    public void Left_and_right_count_a_number_within_its_range()
    {
        var menu = new NavigatorDriver(Adapters.Default).Select(FieldKeys.Mba.BannerMessageTimeout);

        menu.Press(CardKey.Right, CardKey.Right);
        Assert.Equal("7", menu.Value(FieldKeys.Mba.BannerMessageTimeout));

        for (var i = 0; i < 20; i++)
        {
            menu.Press(CardKey.Right);
        }
        Assert.Equal("14", menu.Value(FieldKeys.Mba.BannerMessageTimeout));
        Assert.Null(menu.Navigator.Dialog);
    }

    [Fact]
    public void A_number_typed_in_place_is_checked_by_the_device_model()
    {
        var menu = new NavigatorDriver(Adapters.Default).Select(FieldKeys.Mba.BannerMessageTimeout);

        menu.Type("9");
        Assert.Equal("9", menu.Navigator.Editor!.Text);
        menu.Press(CardKey.Enter);
        Assert.Equal("9", menu.Value(FieldKeys.Mba.BannerMessageTimeout));

        menu.Type("15").Press(CardKey.Enter);
        Assert.Equal(DialogKind.Error, menu.Navigator.Dialog!.Kind);
        Assert.Contains("between 0 and 14", string.Join(' ', menu.Navigator.Dialog.Lines), StringComparison.Ordinal);
        Assert.Equal("9", menu.Value(FieldKeys.Mba.BannerMessageTimeout));

        // The key that closes the message box does nothing else.
        var selected = menu.Navigator.Selected;
        menu.Press(CardKey.Down);
        Assert.Null(menu.Navigator.Dialog);
        Assert.Equal(selected, menu.Navigator.Selected);
    }

    [Fact]
    public void Escape_while_typing_drops_the_text()
    {
        var menu = new NavigatorDriver(Adapters.Default, ScreenKind.Initiator).Select(FieldKeys.Initiator.IpAddress);

        menu.Type("192.0.2.10").Press(CardKey.Escape);

        Assert.Null(menu.Navigator.Editor);
        Assert.Equal("0.0.0.0", menu.Value(FieldKeys.Initiator.IpAddress));
        Assert.Equal(ScreenKind.Initiator, menu.Navigator.Current.Ref.Kind);
    }

    [Fact]
    public void A_chap_secret_shorter_than_12_characters_is_refused_with_the_cards_message()
    {
        var menu = new NavigatorDriver(Adapters.Default, ScreenKind.Initiator).Select(FieldKeys.Initiator.ChapSecret);

        menu.Type("short").Press(CardKey.Enter);
        Assert.NotNull(menu.Navigator.Dialog);
        Assert.Equal("", menu.Value(FieldKeys.Initiator.ChapSecret));

        menu.Press(CardKey.Escape).Type("twelve-chars").Press(CardKey.Enter);
        Assert.Null(menu.Navigator.Dialog);
        Assert.Equal("twelve-chars", menu.Value(FieldKeys.Initiator.ChapSecret));
    }

    [Fact]
    public void A_locked_field_says_why_and_does_not_change()
    {
        var menu = new NavigatorDriver(Adapters.Default).Select(FieldKeys.Mba.VlanId);

        foreach (var key in new[] { CardKey.Right, CardKey.Left, CardKey.Enter })
        {
            menu.Press(key);
            Assert.Contains("VLAN Mode", string.Join(' ', menu.Navigator.Dialog!.Lines), StringComparison.Ordinal);
            menu.Press(CardKey.Escape);
        }
        menu.Type("4");
        Assert.NotNull(menu.Navigator.Dialog);
        Assert.Equal("1", menu.Value(FieldKeys.Mba.VlanId));
    }

    [Fact]
    public void Switching_ip_version_warns_first_and_no_keeps_everything()
    {
        var menu = new NavigatorDriver(Adapters.With((FieldKeys.Initiator.IpAddress, "192.0.2.10")), ScreenKind.General)
            .Select(FieldKeys.General.IpVersion);

        menu.Press(CardKey.Right);
        var dialog = Assert.IsType<CardDialog>(menu.Navigator.Dialog);
        Assert.Equal(DialogKind.Question, dialog.Kind);
        Assert.Contains("loses all IP settings", string.Join(' ', dialog.Lines), StringComparison.Ordinal);

        menu.Type("n");
        Assert.Equal("ipv4", menu.Value(FieldKeys.General.IpVersion));
        Assert.Equal("192.0.2.10", menu.Value(FieldKeys.Initiator.IpAddress));

        menu.Press(CardKey.Right).Type("Y");
        Assert.Equal("ipv6", menu.Value(FieldKeys.General.IpVersion));
        Assert.Equal("::", menu.Value(FieldKeys.Initiator.IpAddress));
    }

    [Fact]
    public void A_question_ignores_keys_that_do_not_answer_it()
    {
        var menu = new NavigatorDriver(Adapters.Default, ScreenKind.General).Select(FieldKeys.General.IpVersion).Press(CardKey.Right);
        var selected = menu.Navigator.Selected;

        menu.Press(CardKey.Down, CardKey.Enter, CardKey.F4).Type("x");

        Assert.NotNull(menu.Navigator.Dialog);
        Assert.Equal(selected, menu.Navigator.Selected);
        menu.Press(CardKey.Escape);
        Assert.Null(menu.Navigator.Dialog);
        Assert.Equal("ipv4", menu.Value(FieldKeys.General.IpVersion));
    }

    [Fact]
    public void Without_iscsi_boot_firmware_the_iscsi_entry_does_nothing()
    {
        var menu = new NavigatorDriver(Adapters.WithoutIscsiFirmware).Select("iSCSI Boot Configuration");

        menu.Press(CardKey.Enter);

        Assert.Equal(1, menu.Navigator.Depth);
        Assert.Null(menu.Navigator.Dialog);
        Assert.Contains("no iSCSI boot firmware", menu.Navigator.Status, StringComparison.Ordinal);
    }

    [Fact]
    public void Exit_and_save_configuration_saves_and_returns_to_the_mba_menu()
    {
        var menu = new NavigatorDriver(Adapters.Default);
        var store = (MemoryConfigurationStore)menu.Store;
        menu.Select("iSCSI Boot Configuration").Press(CardKey.Enter).Select("General Parameters").Press(CardKey.Enter)
            .Select(FieldKeys.General.TcpIpViaDhcp).Press(CardKey.Right, CardKey.Escape);

        menu.Select("Exit and Save Configuration").Press(CardKey.Enter);

        Assert.Equal(ScreenKind.MbaMenu, menu.Navigator.Current.Ref.Kind);
        Assert.Equal(1, store.SaveCount);
        Assert.Equal("disabled", store.Saved!.Get(Adapters.Port0, FieldKeys.General.TcpIpViaDhcp));
        Assert.False(menu.Navigator.Session.IsDirty);
    }

    [Fact]
    public void Leaving_the_iscsi_menu_without_saving_drops_only_the_iscsi_changes()
    {
        var menu = new NavigatorDriver(Adapters.Default).Select(FieldKeys.Mba.BootProtocol).Press(CardKey.Right);
        menu.Select("iSCSI Boot Configuration").Press(CardKey.Enter).Select("General Parameters").Press(CardKey.Enter)
            .Select(FieldKeys.General.TcpIpViaDhcp).Press(CardKey.Right, CardKey.Escape);

        menu.Press(CardKey.Escape);
        Assert.Equal("Exit iSCSI Boot Configuration", menu.Navigator.Dialog!.Title);
        menu.Type("n");

        Assert.Equal(ScreenKind.MbaMenu, menu.Navigator.Current.Ref.Kind);
        Assert.Equal("enabled", menu.Value(FieldKeys.General.TcpIpViaDhcp));
        Assert.Equal("iscsi", menu.Value(FieldKeys.Mba.BootProtocol));
    }

    [Fact]
    public void F4_saves_at_the_mba_level_only()
    {
        var menu = new NavigatorDriver(Adapters.Default).Select(FieldKeys.Mba.BootProtocol).Press(CardKey.Right);
        var store = (MemoryConfigurationStore)menu.Store;

        menu.Select("iSCSI Boot Configuration").Press(CardKey.Enter, CardKey.Enter, CardKey.F4);
        Assert.Equal(0, store.SaveCount);

        // Nothing changed inside the iSCSI menus, so ESC leaves them without asking; the MBA change is still pending.
        menu.Press(CardKey.Escape, CardKey.Escape);
        Assert.Null(menu.Navigator.Dialog);
        Assert.Equal(ScreenKind.MbaMenu, menu.Navigator.Current.Ref.Kind);
        Assert.True(menu.Navigator.Session.IsDirty);
    }

    [Fact]
    public void F4_on_the_mba_menu_writes_the_store()
    {
        var menu = new NavigatorDriver(Adapters.Default).Select(FieldKeys.Mba.BootProtocol).Press(CardKey.Right, CardKey.F4);
        var store = (MemoryConfigurationStore)menu.Store;

        Assert.Equal(1, store.SaveCount);
        Assert.Equal("iscsi", store.Saved!.Get(Adapters.Port0, FieldKeys.Mba.BootProtocol));
        Assert.StartsWith("Configuration saved.", menu.Navigator.Status, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_the_utility_with_unsaved_changes_asks_and_no_discards_them()
    {
        var menu = new NavigatorDriver(Adapters.Default).Select(FieldKeys.Mba.BootProtocol).Press(CardKey.Right);

        menu.Press(CardKey.Escape);
        Assert.Equal("Exit Configuration", menu.Navigator.Dialog!.Title);
        menu.Type("n");

        Assert.True(menu.Navigator.HasExited);
        Assert.Equal("pxe", menu.Navigator.Session.Working.Get(Adapters.Port0, FieldKeys.Mba.BootProtocol));
    }

    [Fact]
    public void A_failed_save_reports_and_keeps_the_changes_pending()
    {
        var menu = new NavigatorDriver(Adapters.Default, store: new ThrowingStore()).Select(FieldKeys.Mba.BootProtocol)
            .Press(CardKey.Right, CardKey.F4);

        Assert.Equal("Save Failed", menu.Navigator.Dialog!.Title);
        Assert.True(menu.Navigator.Session.IsDirty);
        Assert.Equal("iscsi", menu.Value(FieldKeys.Mba.BootProtocol));
    }

    [Fact]
    public void Switching_to_multi_function_mode_is_confirmed_and_shows_the_functions()
    {
        var menu = new NavigatorDriver(Adapters.Default).Select("Multi-Function Configuration").Press(CardKey.Enter);
        Assert.DoesNotContain(menu.Navigator.Current.Rows, r => r is ScreenRow.Entry);

        menu.Select(FieldKeys.Adapter.MultiFunctionMode).Press(CardKey.Right).Type("y");

        Assert.True(menu.Working.IsMultiFunction);
        Assert.Equal(4, menu.Navigator.Current.Rows.OfType<ScreenRow.Entry>().Count());
    }

    [Fact]
    public void Leaving_multi_function_mode_moves_open_screens_back_to_function_0()
    {
        var config = Adapters.MultiFunction;
        var session = new EditSession(config, new MemoryConfigurationStore());
        var navigator = new MenuNavigator(session, new ScreenRef(ScreenKind.MbaMenu, new NvramAddress(1, 2)));
        var menu = (Navigator: navigator, Press: (Action<CardKey>)(k => navigator.Handle(CardInput.Of(k))));
        while (navigator.Current.Rows[navigator.Selected] is not ScreenRow.Entry { Label: "Multi-Function Configuration" })
        {
            menu.Press(CardKey.Down);
        }
        menu.Press(CardKey.Enter);
        menu.Press(CardKey.Right);
        navigator.Handle(CardInput.Char('y'));
        menu.Press(CardKey.Escape);

        Assert.False(navigator.Working.IsMultiFunction);
        Assert.Equal(new ScreenRef(ScreenKind.MbaMenu, new NvramAddress(1, 0)), navigator.Current.Ref);
    }
}
