using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.Navigation;

namespace FlexFabricSim.Tui.Tests.Navigation;

public class FieldEditorTests
{
    private static FieldEditor Edit(string key, string initial = "") =>
        new(FieldCatalog.Get(key), NvramAddress.OfPort(0), initial);

    [Theory]
    [InlineData(FieldKeys.Mba.BannerMessageTimeout, "1a4", "14")]
    [InlineData(FieldKeys.Mba.BannerMessageTimeout, "123", "12")]
    [InlineData("iscsi.target1.tcp-port", "326099", "32609")]
    [InlineData(FieldKeys.Initiator.IpAddress, "192.0.2.10x", "192.0.2.10")]
    [InlineData(FieldKeys.Initiator.IpAddress, "2001:db8::1", "2001:db8::1")]
    [InlineData(FieldKeys.Initiator.SubnetMask, "255.255.255.0/", "255.255.255.0")]
    [InlineData(FieldKeys.Secondary.DeviceMac, "00-17-a4-zz", "00-17-a4-")]
    [InlineData(FieldKeys.General.DhcpVendorId, "BRCM ISAN\u00e9\t", "BRCM ISAN")]
    public void Takes_only_what_the_field_kind_can_hold(string key, string typed, string expected)
    {
        var editor = Edit(key);
        foreach (var c in typed)
        {
            editor.Insert(c);
        }

        Assert.Equal(expected, editor.Text);
    }

    [Fact]
    public void Stops_at_the_field_length()
    {
        var editor = Edit(FieldKeys.Initiator.ChapSecret);
        foreach (var c in new string('x', 40))
        {
            editor.Insert(c);
        }

        Assert.Equal(FieldCatalog.MaxChapSecretLength, editor.Text.Length);
        Assert.False(editor.Insert('y'));
    }

    [Fact]
    public void Edits_at_the_cursor()
    {
        var editor = Edit(FieldKeys.Initiator.IpAddress, "192.0.2.1");
        editor.Insert('0');
        Assert.Equal("192.0.2.10", editor.Text);

        editor.Home();
        editor.Delete();
        editor.Insert('2');
        Assert.Equal("292.0.2.10", editor.Text);

        editor.MoveCursor(-1);
        editor.Delete();
        editor.Insert('1');
        Assert.Equal("192.0.2.10", editor.Text);
        Assert.Equal(1, editor.Cursor);

        editor.End();
        editor.MoveCursor(+3);
        Assert.Equal(editor.Text.Length, editor.Cursor);
        editor.Backspace();
        Assert.Equal("192.0.2.1", editor.Text);
        editor.MoveCursor(-100);
        editor.Backspace();
        Assert.Equal(0, editor.Cursor);
        Assert.Equal("192.0.2.1", editor.Text);
    }
}
