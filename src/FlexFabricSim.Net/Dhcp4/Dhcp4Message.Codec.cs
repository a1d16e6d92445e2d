using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>The DHCPv4 wire format of a <see cref="Dhcp4Message"/>: a pure decoder and a measure-then-write encoder.</summary>
public sealed partial record Dhcp4Message
{
    /// <summary>The magic cookie 99.130.83.99 that starts the options (RFC 2131 §3, RFC 1497).</summary>
    public const uint MagicCookie = 0x63825363;

    /// <summary>Bytes before the options: the 236-byte BOOTP header and the 4-byte cookie.</summary>
    public const int FixedLength = 240;

    /// <summary>The smallest message written: BOOTP's 300 bytes, which some relays and servers still expect (RFC 1542 §2.1).</summary>
    public const int MinimumEncodedLength = 300;

    private const int OpOffset = 0;
    private const int HlenOffset = 2;
    private const int XidOffset = 4;
    private const int SecsOffset = 8;
    private const int FlagsOffset = 10;
    private const int CiaddrOffset = 12;
    private const int ChaddrOffset = 28;
    private const int ChaddrLength = 16;
    private const int SnameOffset = 44;
    private const int SnameLength = 64;
    private const int FileOffset = 108;
    private const int FileLength = 128;
    private const int CookieOffset = 236;
    private const int MaxOptionDataLength = 255;

    /// <summary>Decodes one DHCPv4 datagram (the UDP payload).</summary>
    /// <remarks>A datagram is complete or nothing, so a short one is malformed (<see cref="DhcpFormatReason.TruncatedHeader"/>), not
    /// "incomplete".</remarks>
    /// <exception cref="DhcpFormatException">The bytes are not a well-formed DHCPv4 message.</exception>
    public static Dhcp4Message Decode(ReadOnlySpan<byte> datagram)
    {
        if (datagram.Length < FixedLength)
        {
            DhcpFormatException.Reject4(DhcpFormatReason.TruncatedHeader, datagram.Length, datagram,
                $"{datagram.Length} bytes, the header and cookie need {FixedLength}");
        }
        var op = datagram[OpOffset];
        if (op is not ((byte)Dhcp4Opcode.BootRequest or (byte)Dhcp4Opcode.BootReply))
        {
            DhcpFormatException.Reject4(DhcpFormatReason.UnknownOpcode, OpOffset, datagram[..4], $"op {op}");
        }
        var hlen = datagram[HlenOffset];
        if (hlen > ChaddrLength)
        {
            DhcpFormatException.Reject4(DhcpFormatReason.BadHardwareAddressLength, HlenOffset, datagram[..4],
                $"hlen {hlen} > {ChaddrLength}");
        }
        if (BinaryPrimitives.ReadUInt32BigEndian(datagram[CookieOffset..]) != MagicCookie)
        {
            DhcpFormatException.Reject4(DhcpFormatReason.BadMagicCookie, CookieOffset, datagram.Slice(CookieOffset, 4));
        }

        var options = new List<(Dhcp4Option Option, int Offset)>();
        ReadOptionArea(datagram, FixedLength, datagram.Length, requireEnd: true, options);
        var overload = Dhcp4OptionRules.Validate(options);
        // RFC 2131 §4.1: with option 52 the 'file' field is read first, then 'sname'.
        if ((overload & OverloadFile) != 0)
        {
            ReadOptionArea(datagram, FileOffset, FileOffset + FileLength, requireEnd: false, options);
        }
        if ((overload & OverloadSname) != 0)
        {
            ReadOptionArea(datagram, SnameOffset, SnameOffset + SnameLength, requireEnd: false, options);
        }
        if (overload != 0)
        {
            Dhcp4OptionRules.Validate(options);
        }

        return new Dhcp4Message
        {
            Opcode = (Dhcp4Opcode)op,
            HardwareType = datagram[1],
            Hops = datagram[3],
            TransactionId = BinaryPrimitives.ReadUInt32BigEndian(datagram[XidOffset..]),
            Seconds = BinaryPrimitives.ReadUInt16BigEndian(datagram[SecsOffset..]),
            Flags = (Dhcp4Flags)BinaryPrimitives.ReadUInt16BigEndian(datagram[FlagsOffset..]),
            ClientAddress = new IPAddress(datagram.Slice(CiaddrOffset, 4)),
            YourAddress = new IPAddress(datagram.Slice(CiaddrOffset + 4, 4)),
            ServerAddress = new IPAddress(datagram.Slice(CiaddrOffset + 8, 4)),
            RelayAgentAddress = new IPAddress(datagram.Slice(CiaddrOffset + 12, 4)),
            ClientHardwareAddress = new PhysicalAddress(datagram.Slice(ChaddrOffset, hlen).ToArray()),
            ServerHostName = (overload & OverloadSname) != 0 ? string.Empty : ReadFieldText(datagram.Slice(SnameOffset, SnameLength)),
            BootFileName = (overload & OverloadFile) != 0 ? string.Empty : ReadFieldText(datagram.Slice(FileOffset, FileLength)),
            Options = [.. options.Select(o => o.Option)],
        };
    }

    /// <summary>
    /// The number of bytes <see cref="WriteTo"/> writes: header, options (split at 255 bytes, RFC 3396), END, padded to 300.
    /// </summary>
    public int GetEncodedLength()
    {
        var length = FixedLength + 1;
        foreach (var option in Options)
        {
            var parts = Math.Max(1, (option.Data.Length + MaxOptionDataLength - 1) / MaxOptionDataLength);
            length += 2 * parts + option.Data.Length;
        }
        return Math.Max(length, MinimumEncodedLength);
    }

    /// <summary>Writes the message; returns the bytes written, which always equal <see cref="GetEncodedLength"/>.</summary>
    /// <exception cref="ArgumentException">The destination is too small, or a field cannot be encoded (non-IPv4 address, chaddr over 16
    /// bytes, sname or file too long, PAD/END/overload in <see cref="Options"/>).</exception>
    public int WriteTo(Span<byte> destination)
    {
        var length = GetEncodedLength();
        if (destination.Length < length)
        {
            throw new ArgumentException($"{length} bytes needed, {destination.Length} given", nameof(destination));
        }
        var message = destination[..length];
        message.Clear();

        message[OpOffset] = (byte)Opcode;
        message[1] = HardwareType;
        var chaddr = ClientHardwareAddress.GetAddressBytes();
        if (chaddr.Length > ChaddrLength)
        {
            throw new ArgumentException($"chaddr has {chaddr.Length} bytes; the field holds {ChaddrLength}", nameof(ClientHardwareAddress));
        }
        message[HlenOffset] = (byte)chaddr.Length;
        message[3] = Hops;
        BinaryPrimitives.WriteUInt32BigEndian(message[XidOffset..], TransactionId);
        BinaryPrimitives.WriteUInt16BigEndian(message[SecsOffset..], Seconds);
        BinaryPrimitives.WriteUInt16BigEndian(message[FlagsOffset..], (ushort)Flags);
        WriteAddress(message.Slice(CiaddrOffset, 4), ClientAddress, nameof(ClientAddress));
        WriteAddress(message.Slice(CiaddrOffset + 4, 4), YourAddress, nameof(YourAddress));
        WriteAddress(message.Slice(CiaddrOffset + 8, 4), ServerAddress, nameof(ServerAddress));
        WriteAddress(message.Slice(CiaddrOffset + 12, 4), RelayAgentAddress, nameof(RelayAgentAddress));
        chaddr.CopyTo(message[ChaddrOffset..]);
        WriteFieldText(message.Slice(SnameOffset, SnameLength), ServerHostName, nameof(ServerHostName));
        WriteFieldText(message.Slice(FileOffset, FileLength), BootFileName, nameof(BootFileName));
        BinaryPrimitives.WriteUInt32BigEndian(message[CookieOffset..], MagicCookie);

        var position = FixedLength;
        foreach (var option in Options)
        {
            if (option.Code is Dhcp4OptionCode.Pad or Dhcp4OptionCode.End or Dhcp4OptionCode.OptionOverload)
            {
                throw new ArgumentException($"option {option.Code} is written by the encoder itself or cannot be encoded", nameof(Options));
            }
            var data = option.Data.AsSpan();
            do
            {
                var part = data[..Math.Min(data.Length, MaxOptionDataLength)];
                message[position++] = (byte)option.Code;
                message[position++] = (byte)part.Length;
                part.CopyTo(message[position..]);
                position += part.Length;
                data = data[part.Length..];
            }
            while (!data.IsEmpty);
        }
        message[position++] = (byte)Dhcp4OptionCode.End;
        // The rest up to the BOOTP minimum stays PAD (zero), as cleared above.
        Debug.Assert(Math.Max(position, MinimumEncodedLength) == length, "the encoder wrote a different length than it declared");
        return length;
    }

    /// <summary>The encoded message as a new array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[GetEncodedLength()];
        WriteTo(bytes);
        return bytes;
    }

    private const byte OverloadFile = 1;
    private const byte OverloadSname = 2;

    private static void ReadOptionArea(ReadOnlySpan<byte> datagram, int start, int end, bool requireEnd, List<(Dhcp4Option, int)> options)
    {
        var position = start;
        while (position < end)
        {
            var code = datagram[position];
            if (code == (byte)Dhcp4OptionCode.Pad)
            {
                position++;
                continue;
            }
            if (code == (byte)Dhcp4OptionCode.End)
            {
                return;
            }
            if (position + 1 >= end)
            {
                DhcpFormatException.Reject4(DhcpFormatReason.TruncatedOption, position, datagram[position..end],
                    $"option {code} has no length byte");
            }
            var length = datagram[position + 1];
            if (position + 2 + length > end)
            {
                DhcpFormatException.Reject4(DhcpFormatReason.TruncatedOption, position, datagram[position..end],
                    $"option {code} says {length} bytes, {end - position - 2} remain");
            }
            options.Add((new Dhcp4Option((Dhcp4OptionCode)code, [.. datagram.Slice(position + 2, length)]), position));
            position += 2 + length;
        }
        if (requireEnd)
        {
            DhcpFormatException.Reject4(DhcpFormatReason.MissingEndOption, end, datagram[Math.Max(start, end - 16)..end]);
        }
    }

    private static string ReadFieldText(ReadOnlySpan<byte> field)
    {
        var nul = field.IndexOf((byte)0);
        return Encoding.UTF8.GetString(nul < 0 ? field : field[..nul]);
    }

    private static void WriteFieldText(Span<byte> field, string text, string name)
    {
        // Leave room for the terminating NUL (RFC 2131 §2: "null terminated string").
        if (Encoding.UTF8.GetByteCount(text) >= field.Length)
        {
            throw new ArgumentException($"{name} needs at most {field.Length - 1} bytes", name);
        }
        Encoding.UTF8.GetBytes(text, field);
    }

    private static void WriteAddress(Span<byte> field, IPAddress address, string name)
    {
        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new ArgumentException($"{name} {address} is not an IPv4 address", name);
        }
        address.TryWriteBytes(field, out _);
    }
}
