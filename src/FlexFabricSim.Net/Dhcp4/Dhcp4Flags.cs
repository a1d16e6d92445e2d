namespace FlexFabricSim.Net.Dhcp4;

/// <summary>The BOOTP flags field (RFC 2131 §2, figure 2); values are wire values.</summary>
[Flags]
public enum Dhcp4Flags : ushort
{
    /// <summary>No flag set: the server may unicast its reply.</summary>
    None = 0,

    /// <summary>The client cannot receive unicast before it has an address: the server must broadcast its reply (RFC 2131 §4.1).</summary>
    Broadcast = 0x8000,
}
