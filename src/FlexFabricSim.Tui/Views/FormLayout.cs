namespace FlexFabricSim.Tui.Views;

/// <summary>Where the parts of a CCM screen go for a given size: bars, the framed rows, help and status lines, columns.</summary>
/// <remarks>At 80x25 the frame holds 14 rows: the longest screens (MBA menu; General Parameters with a notice) just fit.</remarks>
public sealed record FormLayout(int Width, int Height)
{
    /// <summary>The smallest screen the layout is designed for (the card's text mode).</summary>
    public const int MinWidth = 80;

    /// <summary>The smallest screen height the layout is designed for.</summary>
    public const int MinHeight = 25;

    /// <summary>Label column width: the longest label ("Use Independent Target Portal") plus a space.</summary>
    private const int LabelWidth = 30;

    /// <summary>Width of the tag column (<c>locked</c>, <c>ignored</c>, <c>if opt.43</c>).</summary>
    public const int TagWidth = 9;

    /// <summary>The title bar (adapter and MAC).</summary>
    public int TitleRow => 0;

    /// <summary>The frame's top line, carrying the screen title.</summary>
    public int FrameTop => 2;

    /// <summary>The frame's bottom line.</summary>
    public int FrameBottom => Math.Max(FrameTop + 2, Height - 3 - HelpLines);

    /// <summary>The first line inside the frame.</summary>
    public int BodyTop => FrameTop + 1;

    /// <summary>How many lines fit inside the frame.</summary>
    public int BodyHeight => FrameBottom - BodyTop;

    /// <summary>The first of the help lines under the frame.</summary>
    public int HelpTop => FrameBottom + 1;

    /// <summary>How many help lines there are.</summary>
    public int HelpLines => 4;

    /// <summary>The status line (saves, hints).</summary>
    public int StatusRow => Height - 2;

    /// <summary>The key-help bar.</summary>
    public int KeyRow => Height - 1;

    /// <summary>The frame's left column.</summary>
    public int FrameLeft => 1;

    /// <summary>The frame's right column.</summary>
    public int FrameRight => Width - 2;

    /// <summary>Where the selection bar starts.</summary>
    public int BarLeft => FrameLeft + 1;

    /// <summary>How wide the selection bar is.</summary>
    public int BarWidth => FrameRight - BarLeft;

    /// <summary>Where labels start.</summary>
    public int LabelColumn => BarLeft + 2;

    /// <summary>How wide a label may be.</summary>
    public int LabelColumnWidth => LabelWidth;

    /// <summary>Where values start.</summary>
    public int ValueColumn => LabelColumn + LabelWidth + 1;

    /// <summary>Where tags start.</summary>
    public int TagColumn => FrameRight - TagWidth - 1;

    /// <summary>How wide a value may be.</summary>
    public int ValueWidth => Math.Max(1, TagColumn - ValueColumn - 1);

    /// <summary>How wide the help and status lines are.</summary>
    public int TextWidth => Width - 4;
}
