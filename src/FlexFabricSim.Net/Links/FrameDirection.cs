namespace FlexFabricSim.Net.Links;

/// <summary>Which way a tapped frame crossed the link, seen from the host (pcapng epb_flags direction).</summary>
public enum FrameDirection
{
    /// <summary>Received by the host.</summary>
    Inbound = 1,

    /// <summary>Sent by the host.</summary>
    Outbound = 2,
}
