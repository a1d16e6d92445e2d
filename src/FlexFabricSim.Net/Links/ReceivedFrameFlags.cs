namespace FlexFabricSim.Net.Links;

/// <summary>What a link knows about a received frame beyond its bytes.</summary>
[Flags]
public enum ReceivedFrameFlags
{
    /// <summary>Nothing special: every checksum in the frame is to be verified.</summary>
    None = 0,

    /// <summary>The sender's kernel left the transport checksum to offload that never happened (a veth peer); do not verify it.</summary>
    ChecksumNotComputed = 1,

    /// <summary>The receiving hardware verified the transport checksum already.</summary>
    ChecksumVerified = 2,
}
