using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Tests.Dhcp4;

/// <summary>Hand-made DHCPv4 inputs: a minimal valid message to mutate, and malformed ones with the reason they must fail for.</summary>
public static class Dhcp4TestData
{
    /// <summary>
    /// The 236-byte BOOTP header of a reply (xid 0x1234abcd, yiaddr 192.0.2.73, chaddr 00:10:18:aa:bb:1c) and the cookie.
    /// </summary>
    public static byte[] Header(byte op = 2, byte hlen = 6)
    {
        var header = new byte[240];
        header[0] = op;
        header[1] = 1;
        header[2] = hlen;
        Convert.FromHexString("1234abcd").CopyTo(header, 4);
        Convert.FromHexString("c0000249").CopyTo(header, 16);
        Convert.FromHexString("001018aabb1c").CopyTo(header, 28);
        Convert.FromHexString("63825363").CopyTo(header, 236);
        return header;
    }

    /// <summary>A reply header followed by <paramref name="optionsHex"/>.</summary>
    public static byte[] WithOptions(string optionsHex) => [.. Header(), .. Convert.FromHexString(optionsHex)];

    /// <summary>Malformed datagrams: bytes and the reason the decoder must give.</summary>
    public static TheoryData<byte[], DhcpFormatReason> Invalid => new()
    {
        { [], DhcpFormatReason.TruncatedHeader },
        { Header()[..239], DhcpFormatReason.TruncatedHeader },
        { [.. Header(op: 3), 0xff], DhcpFormatReason.UnknownOpcode },
        { [.. Header(op: 0), 0xff], DhcpFormatReason.UnknownOpcode },
        { [.. Header(hlen: 17), 0xff], DhcpFormatReason.BadHardwareAddressLength },
        { [.. Header()[..236], 0x63, 0x82, 0x53, 0x64, 0xff], DhcpFormatReason.BadMagicCookie },
        { WithOptions(""), DhcpFormatReason.MissingEndOption },
        { WithOptions("350102"), DhcpFormatReason.MissingEndOption },
        { WithOptions("000000"), DhcpFormatReason.MissingEndOption },
        { WithOptions("35"), DhcpFormatReason.TruncatedOption },
        { WithOptions("3501"), DhcpFormatReason.TruncatedOption },
        { WithOptions("3505020202ff"), DhcpFormatReason.TruncatedOption },
        { WithOptions("35020202ff"), DhcpFormatReason.BadOptionLength },
        { WithOptions("010300ffffff"), DhcpFormatReason.BadOptionLength },
        { WithOptions("0306c0000201c000ff"), DhcpFormatReason.BadOptionLength },
        { WithOptions("330200ffff"), DhcpFormatReason.BadOptionLength },
        { WithOptions("3600ff"), DhcpFormatReason.BadOptionLength },
        { WithOptions("3700ff"), DhcpFormatReason.BadOptionLength },
        { WithOptions("3d0101ff"), DhcpFormatReason.BadOptionLength },
        { WithOptions("340104ff"), DhcpFormatReason.BadOptionValue },
        { WithOptions("340100ff"), DhcpFormatReason.BadOptionValue },
    };
}
