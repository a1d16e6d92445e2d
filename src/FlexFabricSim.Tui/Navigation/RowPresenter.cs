using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.Screens;

namespace FlexFabricSim.Tui.Navigation;

/// <summary>Turns a screen definition and a configuration into the rows the form view draws: values, states, tags, help.</summary>
public static class RowPresenter
{
    /// <summary>The tag of a row the current mode locks.</summary>
    public const string LockedTag = "locked";

    /// <summary>The tag of a row the current mode ignores.</summary>
    public const string IgnoredTag = "ignored";

    /// <summary>Every row of <paramref name="screen"/> as it looks in <paramref name="config"/>.</summary>
    public static IReadOnlyList<RowPresentation> Present(ScreenDefinition screen, AdapterConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(config);
        return [.. screen.Rows.Select(row => Present(row, config))];
    }

    private static RowPresentation Present(ScreenRow row, AdapterConfiguration config) => row switch
    {
        ScreenRow.Field field => PresentField(field, config),
        ScreenRow.Entry entry => new RowPresentation(entry.Label, "", RowState.Entry, "", EntryHelp(entry)),
        ScreenRow.Heading heading => new RowPresentation(heading.Text, "", RowState.Heading, "", ""),
        _ => new RowPresentation("", "", RowState.Blank, "", ""),
    };

    private static RowPresentation PresentField(ScreenRow.Field row, AdapterConfiguration config)
    {
        var field = row.Definition;
        var label = field.LabelFor(config.IpVersionAt(row.At));
        var value = config.GetDisplay(row.At, field.Key);
        if (field.IsReadOnly)
        {
            return new RowPresentation(label, value, RowState.ReadOnly, "", $"Read-only. {field.Help}");
        }
        if (config.CheckEditable(row.At, field.Key) is { } locked)
        {
            return new RowPresentation(label, value, RowState.Locked, LockedTag, $"Locked: {locked.Message}");
        }
        if (FieldUsage.Ignored(config, row.At, field.Key) is { } ignored)
        {
            return new RowPresentation(label, value, RowState.Ignored, IgnoredTag, $"Ignored: {ignored}");
        }
        return new RowPresentation(label, value, RowState.Editable, "", field.Help + Effective(config, row.At, field));
    }

    /// <summary>For an unset initiator name, the name the card uses instead (G p.8).</summary>
    private static string Effective(AdapterConfiguration config, NvramAddress at, FieldDefinition field) =>
        FieldUsage.EffectiveValueNote(config, at, field.Key) is { } note ? " " + note : "";

    private static string EntryHelp(ScreenRow.Entry entry) => entry.Action switch
    {
        MenuEntry.ExitAndSave => "Save the configuration to NVRAM and return to the MBA Configuration menu (HP guide p.7, step 9).",
        MenuEntry.Open { Screen.Kind: ScreenKind.IscsiMain } =>
            "Configure iSCSI boot; has no effect when the iSCSI boot firmware is not programmed (HP guide p.6).",
        MenuEntry.Open { Screen.Kind: ScreenKind.MbaMenu } => "Configure this device's boot agent.",
        MenuEntry.Open { Screen.Kind: ScreenKind.MultiFunction } =>
            "Single-function or Multi-Function (NPAR) mode, flow control, and each function's protocols and bandwidth.",
        _ => "Press Enter to open.",
    };
}
