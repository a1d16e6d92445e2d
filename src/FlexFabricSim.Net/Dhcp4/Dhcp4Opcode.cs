namespace FlexFabricSim.Net.Dhcp4;

/// <summary>The BOOTP op field (RFC 2131 §2); values are wire values.</summary>
public enum Dhcp4Opcode : byte
{
    /// <summary>Client to server.</summary>
    BootRequest = 1,

    /// <summary>Server to client.</summary>
    BootReply = 2,
}
