using FlexFabricSim.Tui.Navigation;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;

namespace FlexFabricSim.Tui.Views;

// Keys: the card's keys are commands bound to keys; typed characters and the Ctrl chords arrive as unbound keys.
// Every key is consumed here, so Terminal.Gui's own application keys (ESC to quit, Tab to move focus) never act.
public sealed partial class CardView
{
    private void BindKeys()
    {
        KeyBindings.Clear();
        Bind(Command.Up, Key.CursorUp, CardKey.Up);
        Bind(Command.Down, Key.CursorDown, CardKey.Down);
        Bind(Command.Left, Key.CursorLeft, CardKey.Left);
        Bind(Command.Right, Key.CursorRight, CardKey.Right);
        Bind(Command.Accept, Key.Enter, CardKey.Enter);
        Bind(Command.Cancel, Key.Esc, CardKey.Escape);
        Bind(Command.Save, Key.F4, CardKey.F4);
        Bind(Command.DeleteCharLeft, Key.Backspace, CardKey.Backspace);
        Bind(Command.DeleteCharRight, Key.Delete, CardKey.Delete);
        Bind(Command.Start, Key.Home, CardKey.Home);
        Bind(Command.End, Key.End, CardKey.End);
        Bind(Command.PageUp, Key.PageUp, CardKey.PageUp);
        Bind(Command.PageDown, Key.PageDown, CardKey.PageDown);
        Bind(Command.Quit, Key.Q.WithCtrl, CardKey.Quit);
        KeyBindings.Add(Key.C.WithCtrl, Command.Quit);
    }

    private void Bind(Command command, Key key, CardKey cardKey)
    {
        AddCommand(command, () =>
        {
            Press(CardInput.Of(cardKey));
            return true;
        });
        KeyBindings.Add(key, command);
    }

    /// <inheritdoc />
    protected override bool OnKeyDownNotHandled(Key key)
    {
        Press(ToInput(key));
        return true;
    }

    /// <summary>The card's reading of a key that no command is bound to.</summary>
    public static CardInput ToInput(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.IsCtrl && !key.IsAlt)
        {
            return key.NoCtrl.NoShift.KeyCode switch
            {
                KeyCode.S => CardInput.Of(CardKey.CtrlS),
                KeyCode.B => CardInput.Of(CardKey.CtrlB),
                KeyCode.R => CardInput.Of(CardKey.PowerCycle),
                _ => CardInput.Of(CardKey.Other),
            };
        }
        if (!key.IsAlt && key.TryGetPrintableRune(out var rune) && rune.IsBmp && !char.IsControl((char)rune.Value))
        {
            return CardInput.Char((char)rune.Value);
        }
        return CardInput.Of(CardKey.Other);
    }
}
