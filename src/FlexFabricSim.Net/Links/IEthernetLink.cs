namespace FlexFabricSim.Net.Links;

/// <summary>A network a host attaches to that carries Ethernet frames: a <see cref="LabSwitchPort"/> or a <see cref="RawInterfaceLink"/>.</summary>
/// <remarks>One client per link. Frames and status changes reach the client on its scheduler; <see cref="Transmit"/> is
/// called on that scheduler too and copies the frame, so the caller may reuse its buffer at once.</remarks>
public interface IEthernetLink
{
    /// <summary>A name for logs and captures ("lab/port3", "veth0").</summary>
    string Name { get; }

    /// <summary>The link's current state.</summary>
    LinkStatus Status { get; }

    /// <summary>The largest frame (without FCS) the link delivers; larger ones from a real interface are offload super-frames.</summary>
    int MaximumFrameLength { get; }

    /// <summary>Connects the host; the current status is delivered to it soon after, on its scheduler.</summary>
    void Attach(IEthernetLinkClient client);

    /// <summary>Disconnects the host; nothing is delivered to it afterwards.</summary>
    void Detach(IEthernetLinkClient client);

    /// <summary>Sends a frame (without FCS; at least 60 bytes, padded by the caller).</summary>
    void Transmit(ReadOnlySpan<byte> frame);

    /// <summary>Starts recording every frame that crosses the link into <paramref name="tap"/>.</summary>
    void AddTap(IFrameTap tap);

    /// <summary>Stops recording into <paramref name="tap"/>.</summary>
    void RemoveTap(IFrameTap tap);
}
