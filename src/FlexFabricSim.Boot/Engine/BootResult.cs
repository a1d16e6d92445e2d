using System.Text.Json.Serialization;
using FlexFabricSim.Boot.Console;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Ladder;
using FlexFabricSim.Boot.Os;

namespace FlexFabricSim.Boot.Engine;

/// <summary>
/// Everything a boot produced: the outcome (and, when it failed, the stage, event id and guide section that explain it),
/// the console, the event log, the iBFT, the capture and the ladder. Plain data, serialised as is by <c>--json</c>.
/// </summary>
public sealed record BootResult
{
    /// <summary>How the boot ended.</summary>
    public required BootOutcome Outcome { get; init; }

    /// <summary>Whether the OS (or its installer) came up, or the ROM handed off with no OS simulated.</summary>
    public bool Succeeded => Outcome != BootOutcome.Failed;

    /// <summary>The stage the boot failed in; null when it succeeded.</summary>
    public BootStage? FailedStage { get; init; }

    /// <summary>The event id of the cause (driver id or engine code); null when it succeeded.</summary>
    public BootEventId? EventId { get; init; }

    /// <summary>The cause in words; null when it succeeded.</summary>
    public string? Reason { get; init; }

    /// <summary>The guide section that explains the cause.</summary>
    public GuideReference? Guide { get; init; }

    /// <summary>The OS profile used, if any.</summary>
    public string? Os { get; init; }

    /// <summary>The OS hand-off's result, if the boot got that far with an OS.</summary>
    public OsHandOffResult? HandOff { get; init; }

    /// <summary>Simulated time from power-on to the end.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The option ROM's console, line by line.</summary>
    public required IReadOnlyList<ConsoleLine> Console { get; init; }

    /// <summary>The structured event log.</summary>
    public required IReadOnlyList<BootEvent> Events { get; init; }

    /// <summary>The iBFT bytes, when one was published.</summary>
    public byte[]? Ibft { get; init; }

    /// <summary>Every frame that crossed the adapter's link, as pcapng.</summary>
    [JsonIgnore]
    public byte[] Pcapng { get; init; } = [];

    /// <summary>The exchange as a ladder (initiator, DHCP server, targets).</summary>
    public LadderDiagram Ladder { get; init; } = LadderDiagram.Empty;

    /// <summary>The console as text, one line per line, as the ROM printed it.</summary>
    public string ConsoleText => string.Concat(Console.Select(l => l.Text + "\n"));
}
