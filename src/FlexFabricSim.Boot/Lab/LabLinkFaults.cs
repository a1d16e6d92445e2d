namespace FlexFabricSim.Boot.Lab;

/// <summary>Faults injected on a lab link: probabilities per frame (0-1), an extra delay, or a cut cable.</summary>
public sealed record LabLinkFaults
{
    /// <summary>No faults.</summary>
    public static LabLinkFaults None { get; } = new();

    /// <summary>Probability that a frame is lost.</summary>
    public double Drop { get; init; }

    /// <summary>Probability that a frame is delivered twice.</summary>
    public double Duplicate { get; init; }

    /// <summary>Probability that a frame is held back behind the next one.</summary>
    public double Reorder { get; init; }

    /// <summary>Probability that a frame has a byte flipped.</summary>
    public double Corrupt { get; init; }

    /// <summary>Extra one-way delay on every frame.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>The cable is cut: the port never comes up.</summary>
    public bool Cut { get; init; }

    /// <summary>Seed of the fault generator, so a faulty lab is still the same every run.</summary>
    public int Seed { get; init; } = 1;
}
