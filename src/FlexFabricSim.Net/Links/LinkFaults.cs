namespace FlexFabricSim.Net.Links;

/// <summary>Faults a lab port injects into every frame crossing its cable, in either direction; rates are probabilities per frame.</summary>
/// <remarks>Decisions come from the port's seeded random source, so a faulty lab still repeats exactly.</remarks>
public sealed record LinkFaults
{
    private readonly double _dropRate;
    private readonly double _duplicateRate;
    private readonly double _reorderRate;
    private readonly double _corruptRate;
    private readonly TimeSpan _extraDelay;
    private readonly TimeSpan _reorderDelay = TimeSpan.FromMicroseconds(50);

    /// <summary>No faults.</summary>
    public static LinkFaults None { get; } = new();

    /// <summary>Probability a frame is lost.</summary>
    public double DropRate { get => _dropRate; init => _dropRate = Rate(value); }

    /// <summary>Probability a frame arrives twice.</summary>
    public double DuplicateRate { get => _duplicateRate; init => _duplicateRate = Rate(value); }

    /// <summary>Probability a frame is held back by <see cref="ReorderDelay"/>, so later frames overtake it.</summary>
    public double ReorderRate { get => _reorderRate; init => _reorderRate = Rate(value); }

    /// <summary>Probability one bit after the Ethernet header is flipped (the frame still arrives; IP/ICMP/UDP/TCP checksums must catch it).</summary>
    public double CorruptRate { get => _corruptRate; init => _corruptRate = Rate(value); }

    /// <summary>Delay added to every frame (a long cable, a slow path).</summary>
    public TimeSpan ExtraDelay { get => _extraDelay; init => _extraDelay = NonNegative(value); }

    /// <summary>How long a reordered frame is held back.</summary>
    public TimeSpan ReorderDelay { get => _reorderDelay; init => _reorderDelay = NonNegative(value); }

    /// <summary>Whether no fault is configured (the port then draws no random numbers).</summary>
    public bool IsNone => DropRate == 0 && DuplicateRate == 0 && ReorderRate == 0 && CorruptRate == 0 && ExtraDelay == TimeSpan.Zero;

    private static double Rate(double value) =>
        value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "a rate is a probability from 0 to 1");

    private static TimeSpan NonNegative(TimeSpan value) =>
        value >= TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "a delay cannot be negative");
}
