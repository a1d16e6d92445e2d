using FlexFabricSim.Boot.Console;
using FlexFabricSim.Boot.Events;

namespace FlexFabricSim.Boot.Flow;

/// <summary>
/// What a boot leaves behind as it runs: the console lines the ROM printed and the structured event log, both stamped with
/// simulated time since power-on from the injected <see cref="TimeProvider"/>. Single-threaded, like the lab it runs in.
/// </summary>
public sealed class BootJournal
{
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly List<ConsoleLine> _console = [];
    private readonly List<BootEvent> _events = [];

    /// <summary>Starts the journal's clock now.</summary>
    public BootJournal(TimeProvider time)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _start = time.GetTimestamp();
    }

    /// <summary>Raised after every console line, for a live view (the <c>--realtime</c> console).</summary>
    public event Action<ConsoleLine>? LinePrinted;

    /// <summary>Raised after every event.</summary>
    public event Action<BootEvent>? EventRecorded;

    /// <summary>Simulated time since power-on.</summary>
    public TimeSpan Now => _time.GetElapsedTime(_start);

    /// <summary>The stage events are filed under unless they say otherwise; the flow keeps it current.</summary>
    public BootStage Stage { get; set; } = BootStage.PowerOn;

    /// <summary>The console so far.</summary>
    public IReadOnlyList<ConsoleLine> Console => _console;

    /// <summary>The event log so far.</summary>
    public IReadOnlyList<BootEvent> Events => _events;

    /// <summary>The last error event with an id.</summary>
    public BootEvent? LastError => _events.LastOrDefault(e => e.Severity == BootEventSeverity.Error && e.Id is not null);

    /// <summary>
    /// The cause a failed boot reports: the last error with an id, passing over the summary "no target reachable"
    /// (<c>ffs-144</c>) to the failure of the last attempt that it sums up.
    /// </summary>
    public BootEvent? Cause =>
        _events.LastOrDefault(e => e.Severity == BootEventSeverity.Error && e.Id is { } id && id != BootEventId.Engine(EngineCode.AllTargetsFailed))
        ?? LastError;

    /// <summary>Prints the card's words for <paramref name="message"/>.</summary>
    public void Print(RomMessage message, params object?[] args) => PrintRaw(RomWording.Format(message, args));

    /// <summary>Prints a line as is (blank lines, the banner's rows).</summary>
    public void PrintRaw(string text)
    {
        var line = new ConsoleLine(Now, text);
        _console.Add(line);
        LinePrinted?.Invoke(line);
    }

    /// <summary>Records an engine code with its catalog stage, severity and guide section.</summary>
    public BootEvent Record(EngineCode code, string message, GuideReference? guide = null)
    {
        var info = EngineCodeCatalog.Get(code);
        return Record(Stage, info.Severity, info.Id, message, guide ?? info.Guide);
    }

    /// <summary>Records a step event.</summary>
    public BootEvent Record(BootStage stage, BootEventSeverity severity, BootEventId? id, string message, GuideReference? guide = null,
        BootEventKind kind = BootEventKind.Step)
    {
        var e = new BootEvent(Now, stage, severity, id, message, guide, kind);
        _events.Add(e);
        EventRecorded?.Invoke(e);
        return e;
    }
}
