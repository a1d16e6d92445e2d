using FlexFabricSim.Tui.Navigation;
using Terminal.Gui.Drawing;

namespace FlexFabricSim.Tui.Views;

// The framed rows: label and value columns, the selection bar, the value being typed, tags for locked and ignored rows.
public sealed partial class FormView
{
    private void DrawRows(FormLayout layout, MenuNavigator navigator, int top)
    {
        var rows = navigator.PresentRows();
        var visible = Math.Max(0, layout.FrameBottom - top);
        for (var line = 0; line < visible; line++)
        {
            var index = navigator.ScrollTop + line;
            var y = top + line;
            if (index >= rows.Count)
            {
                SetAttribute(GetAttributeForRole(VisualRole.Normal));
                AddStr(layout.BarLeft, y, new string(' ', layout.BarWidth));
                continue;
            }
            var editor = index == navigator.Selected ? navigator.Editor : null;
            DrawRow(layout, y, rows[index], selected: index == navigator.Selected, editor);
        }
        DrawScrollMarks(layout, top, visible, navigator.ScrollTop, rows.Count);
    }

    private void DrawRow(FormLayout layout, int y, RowPresentation row, bool selected, FieldEditor? editor)
    {
        var baseRole = selected ? VisualRole.Focus : VisualRole.Normal;
        SetAttribute(GetAttributeForRole(baseRole));
        // The bar is the card's cue; the pointer also marks the selection in monochrome terminals and text captures.
        AddStr(layout.BarLeft, y, (selected ? "►" : " ") + new string(' ', layout.BarWidth - 1));

        if (row.State == RowState.Heading)
        {
            SetAttribute(GetAttributeForRole(VisualRole.Highlight));
            AddStr(layout.LabelColumn - 1, y, TextLayout.Fit(row.Label, layout.BarWidth - 2));
            return;
        }

        var labelRole = selected ? VisualRole.Focus : row.State switch
        {
            RowState.ReadOnly or RowState.Locked => VisualRole.ReadOnly,
            RowState.Ignored => VisualRole.Disabled,
            _ => VisualRole.Normal,
        };
        SetAttribute(GetAttributeForRole(labelRole));
        var labelWidth = row.State == RowState.Entry ? layout.BarWidth - 3 : layout.LabelColumnWidth;
        AddStr(layout.LabelColumn, y, TextLayout.Fit(row.Label, labelWidth));
        if (row.State == RowState.Entry)
        {
            return;
        }

        if (editor is not null)
        {
            DrawEditor(layout, y, editor);
        }
        else
        {
            var valueRole = selected ? VisualRole.HotFocus : row.State switch
            {
                RowState.ReadOnly or RowState.Locked => VisualRole.ReadOnly,
                RowState.Ignored => VisualRole.Disabled,
                _ => VisualRole.Editable,
            };
            SetAttribute(GetAttributeForRole(valueRole));
            AddStr(layout.ValueColumn, y, TextLayout.Fit(row.Value, layout.ValueWidth));
        }

        if (row.Tag.Length > 0)
        {
            SetAttribute(GetAttributeForRole(selected ? VisualRole.Focus : VisualRole.Disabled));
            AddStr(layout.TagColumn, y, TextLayout.Fit(row.Tag, FormLayout.TagWidth));
        }
    }

    private void DrawEditor(FormLayout layout, int y, FieldEditor editor)
    {
        var (visible, cursor) = TextLayout.Scroll(editor.Text, editor.Cursor, layout.ValueWidth);
        SetAttribute(GetAttributeForRole(VisualRole.Active));
        AddStr(layout.ValueColumn, y, TextLayout.Pad(visible, layout.ValueWidth));
        // The caret is drawn as an inverted cell, so it shows in every terminal and in screen captures' attributes.
        SetAttribute(GetAttributeForRole(VisualRole.Focus));
        AddStr(layout.ValueColumn + cursor, y, cursor < visible.Length ? visible[cursor].ToString() : " ");
    }

    private void DrawScrollMarks(FormLayout layout, int top, int visible, int scrollTop, int rowCount)
    {
        SetAttribute(GetAttributeForRole(VisualRole.HotNormal));
        if (scrollTop > 0)
        {
            AddStr(layout.FrameRight, top, "↑");
        }
        if (scrollTop + visible < rowCount)
        {
            AddStr(layout.FrameRight, top + visible - 1, "↓");
        }
    }
}
