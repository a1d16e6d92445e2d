using FlexFabricSim.Tui.Views;

namespace FlexFabricSim.Tui.Tests.Views;

public class TextLayoutTests
{
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("iqn.2013-01.com.example:boot", 10, "iqn.2013-…")]
    [InlineData("anything", 0, "")]
    public void Fit_cuts_with_an_ellipsis(string text, int width, string expected) =>
        Assert.Equal(expected, TextLayout.Fit(text, width));

    [Fact]
    public void Pad_and_center_give_exactly_the_width()
    {
        Assert.Equal("ab   ", TextLayout.Pad("ab", 5));
        Assert.Equal("  ab  ", TextLayout.Center("ab", 6));
        Assert.Equal("abcd…", TextLayout.Center("abcdefgh", 5));
    }

    [Fact]
    public void Wrap_breaks_at_spaces_and_splits_words_longer_than_a_line()
    {
        Assert.Equal(["one two", "three"], TextLayout.Wrap("one two three", 8));
        Assert.Equal(["abcde", "fgh"], TextLayout.Wrap("abcdefgh", 5));
        Assert.Equal([""], TextLayout.Wrap("", 5));
    }

    [Theory]
    [InlineData("192.0.2.10", 10, 8, ".0.2.10", 7)]
    [InlineData("iqn.2013-01.com.example", 23, 10, "m.example", 9)]
    [InlineData("iqn.2013-01.com.example", 0, 10, "iqn.2013-0", 0)]
    [InlineData("abc", 1, 0, "", 0)]
    public void Scroll_keeps_the_cursor_visible(string text, int cursor, int width, string visible, int column) =>
        Assert.Equal((visible, column), TextLayout.Scroll(text, cursor, width));
}
