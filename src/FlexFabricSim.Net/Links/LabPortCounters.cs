namespace FlexFabricSim.Net.Links;

/// <summary>What happened to frames on one lab switch port's cable.</summary>
public sealed class LabPortCounters
{
    /// <summary>Frames the host sent.</summary>
    public long FramesFromHost { get; internal set; }

    /// <summary>Frames delivered to the host.</summary>
    public long FramesToHost { get; internal set; }

    /// <summary>Frames lost while the link was down or the cable cut.</summary>
    public long DroppedLinkDown { get; internal set; }

    /// <summary>Frames the port's VLAN configuration refused.</summary>
    public long DroppedVlan { get; internal set; }

    /// <summary>Frames lost to the drop fault.</summary>
    public long DroppedByFault { get; internal set; }

    /// <summary>Extra copies made by the duplicate fault.</summary>
    public long Duplicated { get; internal set; }

    /// <summary>Frames held back by the reorder fault.</summary>
    public long Reordered { get; internal set; }

    /// <summary>Frames with a flipped bit.</summary>
    public long Corrupted { get; internal set; }
}
