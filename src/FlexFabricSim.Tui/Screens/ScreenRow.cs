using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Tui.Screens;

/// <summary>One line of a screen: a field with its value, a menu entry, a heading, or a blank line.</summary>
public abstract record ScreenRow
{
    private protected ScreenRow()
    {
    }

    /// <summary>Whether the selection bar can rest on this row.</summary>
    public virtual bool IsSelectable => false;

    /// <summary>A field of the device model's catalog, shown with its value at <paramref name="At"/>.</summary>
    public sealed record Field(FieldDefinition Definition, NvramAddress At) : ScreenRow
    {
        /// <inheritdoc />
        public override bool IsSelectable => true;
    }

    /// <summary>A menu entry: Enter does <paramref name="Action"/>; <paramref name="Help"/> says what is behind it.</summary>
    public sealed record Entry(string Label, MenuEntry Action, string Help) : ScreenRow
    {
        /// <inheritdoc />
        public override bool IsSelectable => true;
    }

    /// <summary>A heading that groups the rows below it.</summary>
    public sealed record Heading(string Text) : ScreenRow;

    /// <summary>An empty line.</summary>
    public sealed record Blank : ScreenRow;
}
