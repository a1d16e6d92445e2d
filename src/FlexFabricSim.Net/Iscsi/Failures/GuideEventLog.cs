using System.Collections.Frozen;
using System.Globalization;

namespace FlexFabricSim.Net.Iscsi.Failures;

/// <summary>The driver's 72 event log messages, loaded from an embedded copy of <c>reference/event-log.tsv</c>.</summary>
public static class GuideEventLog
{
    private static readonly Lazy<FrozenDictionary<int, GuideEvent>> Events = new(Load);

    /// <summary>Every event, by id.</summary>
    public static IReadOnlyDictionary<int, GuideEvent> All => Events.Value;

    /// <summary>The event with id <paramref name="id"/>.</summary>
    public static GuideEvent Get(GuideEventId id) => Events.Value[(int)id];

    private static FrozenDictionary<int, GuideEvent> Load()
    {
        using var stream = typeof(GuideEventLog).Assembly.GetManifestResourceStream("FlexFabricSim.Net.Iscsi.guide-event-log.tsv")
            ?? throw new InvalidOperationException("embedded guide-event-log.tsv is missing");
        using var reader = new StreamReader(stream);
        var events = new Dictionary<int, GuideEvent>();
        reader.ReadLine(); // header: id, severity, message_en, message_ja
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length >= 4 && int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                events[id] = new GuideEvent(id, cells[1], cells[2], cells[3]);
            }
        }
        return events.ToFrozenDictionary();
    }
}
