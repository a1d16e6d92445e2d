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

    /// <summary>The tag of a row used with DHCP option 17 but ignored when the offer carries option 43 (G p.8).</summary>
    public const string Option43Tag = "if opt.43";

    /// <summary>Every row of <paramref name="screen"/> as it looks in <paramref name="config"/>.</summary>
    public static IReadOnlyList<RowPresentation> Present(ScreenDefinition screen, AdapterConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(config);
        var usages = new Dictionary<NvramAddress, FieldUsage>();
        FieldUsage UsageAt(NvramAddress at) =>
            usages.TryGetValue(at, out var usage) ? usage : usages[at] = FieldUsage.For(config, at);
        return [.. screen.Rows.Select(row => Present(row, config, UsageAt))];
    }

    /// <summary>A line for the top of <paramref name="screen"/> when its settings are not used at all (iSCSI boot off), or null.</summary>
    public static string? Notice(ScreenDefinition screen, AdapterConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(screen);
        return screen.Ref.Kind is ScreenKind.IscsiMain or ScreenKind.General or ScreenKind.Initiator or ScreenKind.Target1
            or ScreenKind.Target2 or ScreenKind.Secondary
            ? FieldUsage.For(config, screen.Ref.At).Notice
            : null;
    }

    private static RowPresentation Present(ScreenRow row, AdapterConfiguration config, Func<NvramAddress, FieldUsage> usageAt) => row switch
    {
        ScreenRow.Field field => PresentField(field, config, usageAt(field.At)),
        ScreenRow.Entry entry => new RowPresentation(entry.Label, "", RowState.Entry, "", entry.Help),
        ScreenRow.Heading heading => new RowPresentation(heading.Text, "", RowState.Heading, "", ""),
        _ => new RowPresentation("", "", RowState.Blank, "", ""),
    };

    private static RowPresentation PresentField(ScreenRow.Field row, AdapterConfiguration config, FieldUsage usage)
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
        if (usage.Ignored(field.Key) is { } ignored)
        {
            return new RowPresentation(label, value, RowState.Ignored, IgnoredTag, $"Ignored: {ignored} {field.Help}");
        }
        var help = field.Key == FieldKeys.Initiator.IscsiName && usage.DefaultInitiatorName is { } name
            ? $"Not set here, so the card logs in as {name} (G p.8)."
            : field.Help;
        if (usage.IgnoredWithOption43(field.Key))
        {
            return new RowPresentation(label, value, RowState.Conditional, Option43Tag,
                $"Used with DHCP option 17, ignored when the offer carries option 43 (G p.8). {help}");
        }
        return new RowPresentation(label, value, RowState.Editable, "", help);
    }
}
