using System.Buffers.Binary;
using System.Collections.Immutable;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>Reads and writes a run of DHCPv6 TLV options (RFC 8415 §21.1), at top level or nested in an option.</summary>
internal static class Dhcp6OptionList
{
    /// <summary>Bytes of an option's code and length.</summary>
    public const int HeaderLength = 4;

    /// <summary>An option and where it started, for error offsets.</summary>
    public readonly record struct Located(Dhcp6Option Option, int Offset);

    /// <summary>
    /// Reads every option in <paramref name="data"/>; <paramref name="baseOffset"/> is where <paramref name="data"/> starts in the decoded
    /// unit.
    /// </summary>
    /// <exception cref="DhcpFormatException">An option runs past the end of <paramref name="data"/>.</exception>
    public static List<Located> Read(ReadOnlySpan<byte> data, int baseOffset, DhcpFormatReason truncated = DhcpFormatReason.TruncatedOption)
    {
        var options = new List<Located>();
        var position = 0;
        while (position < data.Length)
        {
            if (position + HeaderLength > data.Length)
            {
                DhcpFormatException.Reject6(truncated, baseOffset + position, data[position..],
                    $"{data.Length - position} bytes left, an option header needs {HeaderLength}");
            }
            var code = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
            if (position + HeaderLength + length > data.Length)
            {
                DhcpFormatException.Reject6(truncated, baseOffset + position, data[position..],
                    $"option {code} says {length} bytes, {data.Length - position - HeaderLength} remain");
            }
            var option = new Dhcp6Option((Dhcp6OptionCode)code, [.. data.Slice(position + HeaderLength, length)]);
            options.Add(new Located(option, baseOffset + position));
            position += HeaderLength + length;
        }
        return options;
    }

    /// <summary>Bytes needed to write <paramref name="options"/>.</summary>
    public static int GetEncodedLength(ImmutableArray<Dhcp6Option> options) => options.Sum(o => HeaderLength + o.Data.Length);

    /// <summary>Writes <paramref name="options"/>; returns the bytes written.</summary>
    /// <exception cref="ArgumentException">An option's data is longer than 65535 bytes.</exception>
    public static int Write(Span<byte> destination, ImmutableArray<Dhcp6Option> options)
    {
        var position = 0;
        foreach (var option in options)
        {
            if (option.Data.Length > ushort.MaxValue)
            {
                throw new ArgumentException($"option {option.Code} has {option.Data.Length} bytes; at most {ushort.MaxValue} fit");
            }
            BinaryPrimitives.WriteUInt16BigEndian(destination[position..], (ushort)option.Code);
            BinaryPrimitives.WriteUInt16BigEndian(destination[(position + 2)..], (ushort)option.Data.Length);
            option.Data.AsSpan().CopyTo(destination[(position + HeaderLength)..]);
            position += HeaderLength + option.Data.Length;
        }
        return position;
    }

    /// <summary>Writes <paramref name="options"/> into a new array.</summary>
    public static byte[] ToArray(ImmutableArray<Dhcp6Option> options)
    {
        var bytes = new byte[GetEncodedLength(options)];
        Write(bytes, options);
        return bytes;
    }
}
