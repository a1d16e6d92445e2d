namespace FlexFabricSim.Net.Tests.Codecs;

/// <summary>Golden vectors: real frames from the reference captures and hand-checked ones.</summary>
internal static class CodecTestData
{
    /// <summary>Frame 1 of /work/shared/captures/ipxe-sanboot-chap.pcapng: Linux's SYN on loopback (TCP checksum left to offload).</summary>
    public static readonly byte[] LinuxSynFrame = Hex.Parse("""
        00 00 00 00 00 00 00 00 00 00 00 00 08 00 45 00
        00 3c f1 65 40 00 40 06 4b 54 7f 00 00 01 7f 00
        00 01 c2 f2 0c df f1 eb 5a 96 00 00 00 00 a0 02
        ff d7 fe 30 00 00 02 04 ff d7 04 02 08 0a 45 ec
        6e ad 00 00 00 00 01 03 03 0a
        """);

    /// <summary>RFC 1071 §3 example words: 0001 f203 f4f5 f6f7 sum to ddf2, so the checksum is 220d.</summary>
    public static readonly byte[] Rfc1071Example = Hex.Parse("00 01 f2 03 f4 f5 f6 f7");

    /// <summary>An ARP request (RFC 826) from 02:00:00:00:00:0a / 192.0.2.1 for 192.0.2.2.</summary>
    public static readonly byte[] ArpRequest = Hex.Parse("""
        00 01 08 00 06 04 00 01 02 00 00 00 00 0a c0 00
        02 01 00 00 00 00 00 00 c0 00 02 02
        """);
}
