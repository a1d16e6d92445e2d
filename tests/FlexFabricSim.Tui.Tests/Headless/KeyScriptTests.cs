using FlexFabricSim.Tui.Headless;
using Terminal.Gui.Drivers;

namespace FlexFabricSim.Tui.Tests.Headless;

public class KeyScriptTests
{
    [Fact]
    public void Reads_the_example_from_the_help()
    {
        var script = KeyScript.Parse("ctrl+s,down,right,enter,esc");

        Assert.Equal(
            [KeyCode.S | KeyCode.CtrlMask, KeyCode.CursorDown, KeyCode.CursorRight, KeyCode.Enter, KeyCode.Esc],
            script.Steps.Cast<KeyPress>().Select(k => k.Code));
    }

    [Theory]
    [InlineData("up", KeyCode.CursorUp)]
    [InlineData("DOWN", KeyCode.CursorDown)]
    [InlineData("f4", KeyCode.F4)]
    [InlineData("F12", KeyCode.F12)]
    [InlineData("tab", KeyCode.Tab)]
    [InlineData("space", KeyCode.Space)]
    [InlineData("backspace", KeyCode.Backspace)]
    [InlineData("delete", KeyCode.Delete)]
    [InlineData("home", KeyCode.Home)]
    [InlineData("end", KeyCode.End)]
    [InlineData("pgup", KeyCode.PageUp)]
    [InlineData("pgdn", KeyCode.PageDown)]
    [InlineData("escape", KeyCode.Esc)]
    [InlineData("y", KeyCode.Y)]
    [InlineData("Y", KeyCode.Y | KeyCode.ShiftMask)]
    [InlineData("7", (KeyCode)'7')]
    [InlineData(".", (KeyCode)'.')]
    [InlineData("+", (KeyCode)'+')]
    [InlineData("ctrl+b", KeyCode.B | KeyCode.CtrlMask)]
    [InlineData("Ctrl+Q", KeyCode.Q | KeyCode.CtrlMask)]
    [InlineData("alt+x", KeyCode.X | KeyCode.AltMask)]
    [InlineData("shift+tab", KeyCode.Tab | KeyCode.ShiftMask)]
    [InlineData("ctrl+alt+delete", KeyCode.Delete | KeyCode.CtrlMask | KeyCode.AltMask)]
    public void Reads_key_names_characters_and_modifiers(string token, KeyCode expected)
    {
        var press = Assert.IsType<KeyPress>(Assert.Single(KeyScript.Parse(token).Steps));

        Assert.Equal(expected, press.Code);
        Assert.Equal(expected, press.ToKey().KeyCode);
    }

    [Theory]
    [InlineData("\"192.0.2.10\"", "192.0.2.10")]
    [InlineData("'192.0.2.10'", "192.0.2.10")]
    [InlineData("\"a,b\"", "a,b")]
    [InlineData("\"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("'back\\\\slash'", "back\\slash")]
    [InlineData("\"\"", "")]
    public void Reads_quoted_text_typed_character_by_character(string token, string expected)
    {
        var typed = Assert.IsType<TypeText>(Assert.Single(KeyScript.Parse(token).Steps));

        Assert.Equal(expected, typed.Text);
    }

    [Theory]
    [InlineData("wait:5s", 5000)]
    [InlineData("wait:500ms", 500)]
    [InlineData("wait:1.5s", 1500)]
    [InlineData("wait:2m", 120000)]
    [InlineData("WAIT:0s", 0)]
    public void Reads_waits_in_virtual_time(string token, int milliseconds)
    {
        var wait = Assert.IsType<Wait>(Assert.Single(KeyScript.Parse(token).Steps));

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), wait.Duration);
    }

    [Fact]
    public void Spaces_around_steps_are_ignored_and_an_empty_script_has_no_steps()
    {
        Assert.Equal(3, KeyScript.Parse(" ctrl+s , down ,\"x\" ").Steps.Count);
        Assert.Empty(KeyScript.Parse("").Steps);
        Assert.Empty(KeyScript.Parse("   ").Steps);
    }

    [Theory]
    [InlineData("ctrl+s,,down", 7, "empty step")]
    [InlineData("down,", 5, "empty step")]
    [InlineData("downn", 0, "unknown key 'downn'")]
    [InlineData("up,meta+x", 3, "unknown modifier 'meta'")]
    [InlineData("\"unterminated", 0, "no closing")]
    [InlineData("wait:5", 0, "needs a unit")]
    [InlineData("wait:-1s", 0, "not a duration")]
    [InlineData("wait:2h", 0, "needs a unit")]
    [InlineData("wait:61m", 0, "not a duration")]
    [InlineData("\"a\"b", 3, "expected ','")]
    public void Refuses_bad_scripts_naming_the_token_and_its_position(string text, int position, string message)
    {
        var error = Assert.Throws<KeyScriptException>(() => KeyScript.Parse(text));

        Assert.Equal(position, error.Position);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatting_and_reading_back_gives_the_same_script()
    {
        var script = KeyScript.Parse("ctrl+s,down,\"iqn.2013-01.com.example:a,b \\\"c\\\"\",wait:1.5s,f4,y");

        Assert.Equal(script, KeyScript.Parse(script.Format()));
    }
}
