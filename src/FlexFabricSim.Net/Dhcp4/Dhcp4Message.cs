using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Net.NetworkInformation;
using System.Text;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>A DHCPv4 message: the BOOTP header fields and the options in wire order (RFC 2131 §2, RFC 2132).</summary>
/// <remarks>
/// Decoded with <see cref="Decode"/>, encoded with <see cref="GetEncodedLength"/> and <see cref="WriteTo"/>. Typed accessors
/// (<see cref="MessageType"/>, <see cref="Routers"/>, …) read the options; a decoded message has had every option they read
/// checked, so they do not throw on it.
/// </remarks>
public sealed partial record Dhcp4Message
{
    /// <summary>The hardware type of Ethernet, the only one the adapter uses (RFC 1700 ARP hardware types).</summary>
    public const byte EthernetHardwareType = 1;

    /// <summary>op: request from a client or reply from a server (RFC 2131 §2).</summary>
    public Dhcp4Opcode Opcode { get; init; } = Dhcp4Opcode.BootRequest;

    /// <summary>htype: the hardware address type (RFC 2131 §2).</summary>
    public byte HardwareType { get; init; } = EthernetHardwareType;

    /// <summary>hops: relay agents passed, 0 from a client (RFC 2131 §2).</summary>
    public byte Hops { get; init; }

    /// <summary>xid: chosen by the client, echoed by the server, ties replies to requests (RFC 2131 §2).</summary>
    public uint TransactionId { get; init; }

    /// <summary>secs: seconds since the client began acquiring an address (RFC 2131 §2).</summary>
    public ushort Seconds { get; init; }

    /// <summary>flags: the broadcast bit (RFC 2131 §2).</summary>
    public Dhcp4Flags Flags { get; init; }

    /// <summary>ciaddr: the client's address when it already has one, else 0.0.0.0 (RFC 2131 §2).</summary>
    public IPAddress ClientAddress { get; init; } = IPAddress.Any;

    /// <summary>yiaddr: the address the server offers or assigns (RFC 2131 §2).</summary>
    public IPAddress YourAddress { get; init; } = IPAddress.Any;

    /// <summary>siaddr: the next server in the boot process (RFC 2131 §2).</summary>
    public IPAddress ServerAddress { get; init; } = IPAddress.Any;

    /// <summary>giaddr: the relay agent's address, 0.0.0.0 on the same link (RFC 2131 §2).</summary>
    public IPAddress RelayAgentAddress { get; init; } = IPAddress.Any;

    /// <summary>chaddr: the client's hardware address, hlen bytes of the 16-byte field (RFC 2131 §2).</summary>
    public PhysicalAddress ClientHardwareAddress { get; init; } = PhysicalAddress.None;

    /// <summary>sname: optional server host name; empty when absent or when the field carries options (RFC 2131 §2).</summary>
    public string ServerHostName { get; init; } = string.Empty;

    /// <summary>file: boot file name; empty when absent or when the field carries options (RFC 2131 §2).</summary>
    public string BootFileName { get; init; } = string.Empty;

    /// <summary>
    /// The options in wire order, without PAD and END; an option split in several parts (RFC 3396) appears once per part.
    /// </summary>
    public ImmutableArray<Dhcp4Option> Options { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(Dhcp4Message? other) =>
        other is not null
        && Opcode == other.Opcode && HardwareType == other.HardwareType && Hops == other.Hops
        && TransactionId == other.TransactionId && Seconds == other.Seconds && Flags == other.Flags
        && ClientAddress.Equals(other.ClientAddress) && YourAddress.Equals(other.YourAddress)
        && ServerAddress.Equals(other.ServerAddress) && RelayAgentAddress.Equals(other.RelayAgentAddress)
        && ClientHardwareAddress.Equals(other.ClientHardwareAddress)
        && ServerHostName == other.ServerHostName && BootFileName == other.BootFileName
        && Options.AsSpan().SequenceEqual(other.Options.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Opcode);
        hash.Add(TransactionId);
        hash.Add(YourAddress);
        hash.Add(ClientHardwareAddress);
        foreach (var option in Options)
        {
            hash.Add(option);
        }
        return hash.ToHashCode();
    }

    /// <summary>A one-line summary for traces: type, xid, addresses and option codes.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        var kind = MessageType?.ToString().ToUpperInvariant() ?? Opcode.ToString();
        text.Append(CultureInfo.InvariantCulture, $"DHCPv4 {kind} xid=0x{TransactionId:x8}");
        text.Append(CultureInfo.InvariantCulture, $" chaddr={ClientHardwareAddress}");
        if (!YourAddress.Equals(IPAddress.Any))
        {
            text.Append(CultureInfo.InvariantCulture, $" yiaddr={YourAddress}");
        }
        if (Flags.HasFlag(Dhcp4Flags.Broadcast))
        {
            text.Append(" broadcast");
        }
        text.Append(" options=[").AppendJoin(',', Options.Select(o => ((byte)o.Code).ToString(CultureInfo.InvariantCulture))).Append(']');
        return text.ToString();
    }
}
