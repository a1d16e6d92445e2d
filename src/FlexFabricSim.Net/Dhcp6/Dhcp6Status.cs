using System.Buffers.Binary;
using System.Text;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>A Status Code option's contents: code and UTF-8 message (RFC 8415 §21.13).</summary>
public sealed record Dhcp6Status(Dhcp6StatusCode Code, string Message)
{
    /// <summary>Reads the option data; <paramref name="offset"/> locates it in the decoded unit for errors.</summary>
    /// <exception cref="DhcpFormatException">Shorter than the 2-byte status code.</exception>
    public static Dhcp6Status Decode(ReadOnlySpan<byte> data, int offset = 0)
    {
        if (data.Length < 2)
        {
            DhcpFormatException.Reject6(DhcpFormatReason.BadOptionLength, offset, data, "a status code needs 2 bytes");
        }
        return new Dhcp6Status((Dhcp6StatusCode)BinaryPrimitives.ReadUInt16BigEndian(data), Encoding.UTF8.GetString(data[2..]));
    }

    /// <summary>The status as option 13.</summary>
    public Dhcp6Option ToOption()
    {
        var text = Encoding.UTF8.GetBytes(Message);
        var data = new byte[2 + text.Length];
        BinaryPrimitives.WriteUInt16BigEndian(data, (ushort)Code);
        text.CopyTo(data, 2);
        return new Dhcp6Option(Dhcp6OptionCode.StatusCode, [.. data]);
    }
}
