namespace FlexFabricSim.Tui.Navigation;

/// <summary>The keys the simulated card reacts to; <see cref="Character"/> covers everything typed into a field.</summary>
public enum CardKey
{
    /// <summary>A printable character (see <see cref="CardInput.Character"/>).</summary>
    Character,

    /// <summary>Cursor up: previous row.</summary>
    Up,

    /// <summary>Cursor down: next row.</summary>
    Down,

    /// <summary>Cursor left: previous value (G p.6), or cursor left while typing.</summary>
    Left,

    /// <summary>Cursor right: next value (G p.6), or cursor right while typing.</summary>
    Right,

    /// <summary>Enter: open an entry, change a choice, start or finish typing.</summary>
    Enter,

    /// <summary>ESC: cancel typing, close a message, leave a screen.</summary>
    Escape,

    /// <summary>F4: save the MBA configuration (G p.8, step 10).</summary>
    F4,

    /// <summary>Backspace while typing.</summary>
    Backspace,

    /// <summary>Delete while typing.</summary>
    Delete,

    /// <summary>Home: first row, or start of the text being typed.</summary>
    Home,

    /// <summary>End: last row, or end of the text being typed.</summary>
    End,

    /// <summary>Page up: a screenful of rows up.</summary>
    PageUp,

    /// <summary>Page down: a screenful of rows down.</summary>
    PageDown,

    /// <summary>Ctrl-S, one of the two setup keys (SPEC "Pre-boot flow").</summary>
    CtrlS,

    /// <summary>Ctrl-B, the other setup key.</summary>
    CtrlB,

    /// <summary>Ctrl-R: power-cycle the simulated server (stands in for Ctrl-Alt-Del, which terminals do not pass on).</summary>
    PowerCycle,

    /// <summary>Ctrl-Q: leave the simulator (not a key of the card).</summary>
    Quit,

    /// <summary>Any other key: the card ignores it, but it still counts as a key press (type-ahead, "press any key").</summary>
    Other,
}
