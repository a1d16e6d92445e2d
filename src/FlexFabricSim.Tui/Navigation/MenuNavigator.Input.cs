using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.Screens;

namespace FlexFabricSim.Tui.Navigation;

// Keys: a message box takes every key first, then the field being typed into, then the screen (G p.6-9).
public sealed partial class MenuNavigator
{
    /// <summary>Reacts to one key as the card's utility does. Never throws for any key in any state.</summary>
    public void Handle(CardInput input)
    {
        if (HasExited)
        {
            return;
        }
        if (Dialog is { } dialog)
        {
            Answer(dialog, input);
            return;
        }
        Status = null;
        if (Editor is { } editor)
        {
            Type(editor, input);
            return;
        }

        switch (input.Key)
        {
            case CardKey.Up:
                MoveTo(Current.IndexOfSelectable(Selected - 1, -1));
                break;
            case CardKey.Down:
                MoveTo(Current.IndexOfSelectable(Selected + 1, +1));
                break;
            case CardKey.Home:
                MoveTo(Current.FirstSelectable);
                break;
            case CardKey.End:
                MoveTo(Current.IndexOfSelectable(Current.Rows.Count - 1, -1));
                break;
            case CardKey.PageUp:
                MoveTo(NearestSelectable(Math.Max(0, Selected - PageSize)));
                break;
            case CardKey.PageDown:
                MoveTo(NearestSelectable(Math.Min(Current.Rows.Count - 1, Selected + PageSize)));
                break;
            case CardKey.Left:
                Step(-1);
                break;
            case CardKey.Right:
                Step(+1);
                break;
            case CardKey.Enter:
                Activate();
                break;
            case CardKey.Escape:
                Back();
                break;
            case CardKey.F4 when Current.SavesWithF4:
                SaveAll("Configuration saved.");
                break;
            case CardKey.Character when input.Character == ' ' && SelectedField is { Definition.Kind: FieldKind.Choice }:
                Step(+1);
                break;
            case CardKey.Character:
            case CardKey.Backspace:
                StartTyping(input);
                break;
        }
    }

    /// <summary>The selected row when it is a field.</summary>
    private ScreenRow.Field? SelectedField =>
        Selected >= 0 && Selected < Current.Rows.Count ? Current.Rows[Selected] as ScreenRow.Field : null;

    private void MoveTo(int row)
    {
        if (row >= 0)
        {
            Top.Selected = row;
            KeepSelectionVisible();
        }
    }

    private int NearestSelectable(int row)
    {
        var screen = Current;
        var down = screen.IndexOfSelectable(row, +1);
        return down >= 0 ? down : screen.IndexOfSelectable(row, -1);
    }

    /// <summary>Left/right: the previous or next value of a choice, one less or more of a number (G p.6).</summary>
    private void Step(int direction)
    {
        if (SelectedField is not { } row || RefuseIfLocked(row))
        {
            return;
        }
        var field = row.Definition;
        var current = Working.Get(row.At, field.Key);
        switch (field.Kind)
        {
            case FieldKind.Choice when field.Choices.Count > 0:
                var index = Math.Max(0, field.Choices.ToList().FindIndex(c => c.Value == current));
                var next = field.Choices[(index + direction + field.Choices.Count) % field.Choices.Count];
                Propose(row.At, field.Key, next.Value);
                break;
            case FieldKind.Integer when int.TryParse(current, System.Globalization.CultureInfo.InvariantCulture, out var value):
                var stepped = (long)value + direction;
                if (stepped >= (field.Min ?? int.MinValue) && stepped <= (field.Max ?? int.MaxValue))
                {
                    Propose(row.At, field.Key, stepped.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                break;
        }
    }

    /// <summary>Enter: opens an entry, changes a choice, or starts typing the value in place.</summary>
    private void Activate()
    {
        var screen = Current;
        if (Selected < 0 || Selected >= screen.Rows.Count)
        {
            return;
        }
        switch (screen.Rows[Selected])
        {
            case ScreenRow.Entry entry:
                Choose(entry.Action);
                break;
            case ScreenRow.Field { Definition.Kind: FieldKind.Choice }:
                Step(+1);
                break;
            case ScreenRow.Field field when !RefuseIfLocked(field):
                Editor = new FieldEditor(field.Definition, field.At, Working.Get(field.At, field.Definition.Key));
                break;
        }
    }

    /// <summary>A character or backspace on a text-like field starts typing: a character replaces the value, backspace edits it.</summary>
    private void StartTyping(CardInput input)
    {
        if (SelectedField is not { } row || row.Definition.Kind == FieldKind.Choice)
        {
            return;
        }
        var probe = new FieldEditor(row.Definition, row.At, "");
        if (input.Key == CardKey.Character && !probe.Accepts(input.Character))
        {
            return;
        }
        if (RefuseIfLocked(row))
        {
            return;
        }
        if (input.Key == CardKey.Backspace)
        {
            Editor = new FieldEditor(row.Definition, row.At, Working.Get(row.At, row.Definition.Key));
            Editor.Backspace();
            return;
        }
        Editor = probe;
        Editor.Insert(input.Character);
    }

    /// <summary>Keys while typing: edit the text; Enter hands it to the device model, ESC drops it.</summary>
    private void Type(FieldEditor editor, CardInput input)
    {
        switch (input.Key)
        {
            case CardKey.Character:
                editor.Insert(input.Character);
                break;
            case CardKey.Backspace:
                editor.Backspace();
                break;
            case CardKey.Delete:
                editor.Delete();
                break;
            case CardKey.Left:
                editor.MoveCursor(-1);
                break;
            case CardKey.Right:
                editor.MoveCursor(+1);
                break;
            case CardKey.Home:
                editor.Home();
                break;
            case CardKey.End:
                editor.End();
                break;
            case CardKey.Escape:
                Editor = null;
                break;
            case CardKey.Enter:
                Editor = null;
                if (editor.Text != Working.Get(editor.At, editor.Field.Key))
                {
                    Propose(editor.At, editor.Field.Key, editor.Text);
                }
                break;
        }
    }

    private void Answer(CardDialog dialog, CardInput input)
    {
        if (dialog.Options.Count == 0)
        {
            Dialog = null;
            return;
        }
        if (dialog.Options.FirstOrDefault(o => o.Matches(input)) is { } option)
        {
            Dialog = null;
            option.Choose();
        }
    }

    /// <summary>Shows why a locked or read-only field cannot change (the device model's reason); true when it cannot.</summary>
    private bool RefuseIfLocked(ScreenRow.Field row)
    {
        if (Working.CheckEditable(row.At, row.Definition.Key) is not { } reason)
        {
            return false;
        }
        Dialog = CardDialog.Refusal(reason);
        return true;
    }
}
