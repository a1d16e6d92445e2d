using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>A DHCPv6 client/server message: type, 24-bit transaction id and options in wire order (RFC 8415 §8).</summary>
/// <remarks>
/// Decoded with <see cref="Decode"/>, encoded with <see cref="GetEncodedLength"/> and <see cref="WriteTo"/>. A decoded message
/// has had every option the typed accessors read checked, so they do not throw on it.
/// </remarks>
public sealed partial record Dhcp6Message
{
    /// <summary>Bytes before the options: type 1, transaction id 3.</summary>
    public const int FixedLength = 4;

    /// <summary>The largest transaction id (24 bits).</summary>
    public const uint MaxTransactionId = 0xFF_FFFF;

    /// <summary>msg-type.</summary>
    public Dhcp6MessageType MessageType { get; init; }

    /// <summary>transaction-id, 24 bits, chosen by the client.</summary>
    public uint TransactionId { get; init; }

    /// <summary>The options in wire order.</summary>
    public ImmutableArray<Dhcp6Option> Options { get; init; } = [];

    /// <summary>Decodes one DHCPv6 datagram (the UDP payload).</summary>
    /// <exception cref="DhcpFormatException">The bytes are not a well-formed client/server DHCPv6 message.</exception>
    public static Dhcp6Message Decode(ReadOnlySpan<byte> datagram)
    {
        if (datagram.Length < FixedLength)
        {
            DhcpFormatException.Reject6(DhcpFormatReason.TruncatedHeader, datagram.Length, datagram,
                $"{datagram.Length} bytes, the header needs {FixedLength}");
        }
        var type = (Dhcp6MessageType)datagram[0];
        if (type is Dhcp6MessageType.RelayForward or Dhcp6MessageType.RelayReply)
        {
            DhcpFormatException.Reject6(DhcpFormatReason.RelayMessage, 0, datagram[..1], $"{type}");
        }
        var options = Dhcp6OptionList.Read(datagram[FixedLength..], FixedLength);
        Dhcp6OptionRules.Validate(options);
        return new Dhcp6Message
        {
            MessageType = type,
            TransactionId = (uint)(datagram[1] << 16 | datagram[2] << 8 | datagram[3]),
            Options = [.. options.Select(o => o.Option)],
        };
    }

    /// <summary>The number of bytes <see cref="WriteTo"/> writes.</summary>
    public int GetEncodedLength() => FixedLength + Dhcp6OptionList.GetEncodedLength(Options);

    /// <summary>Writes the message; returns the bytes written, which always equal <see cref="GetEncodedLength"/>.</summary>
    /// <exception cref="ArgumentException">The destination is too small, the transaction id is over 24 bits, or an option is over 65535
    /// bytes.</exception>
    public int WriteTo(Span<byte> destination)
    {
        var length = GetEncodedLength();
        if (destination.Length < length)
        {
            throw new ArgumentException($"{length} bytes needed, {destination.Length} given", nameof(destination));
        }
        if (TransactionId > MaxTransactionId)
        {
            throw new ArgumentException($"transaction id 0x{TransactionId:x} is over 24 bits", nameof(TransactionId));
        }
        destination[0] = (byte)MessageType;
        destination[1] = (byte)(TransactionId >> 16);
        destination[2] = (byte)(TransactionId >> 8);
        destination[3] = (byte)TransactionId;
        var written = FixedLength + Dhcp6OptionList.Write(destination[FixedLength..], Options);
        Debug.Assert(written == length, "the encoder wrote a different length than it declared");
        return written;
    }

    /// <summary>The encoded message as a new array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[GetEncodedLength()];
        WriteTo(bytes);
        return bytes;
    }

    /// <inheritdoc />
    public bool Equals(Dhcp6Message? other) =>
        other is not null && MessageType == other.MessageType && TransactionId == other.TransactionId
        && Options.AsSpan().SequenceEqual(other.Options.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MessageType, TransactionId, Options.Length);

    /// <summary>A one-line summary for traces: type, transaction id and option codes.</summary>
    public override string ToString()
    {
        var codes = string.Join(',', Options.Select(o => (ushort)o.Code));
        var kind = MessageType.ToString().ToUpperInvariant();
        return string.Create(CultureInfo.InvariantCulture, $"DHCPv6 {kind} xid=0x{TransactionId:x6} options=[{codes}]");
    }
}
