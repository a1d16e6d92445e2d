using System.Buffers.Binary;
using System.Text;

namespace FlexFabricSim.Net.Tests.Capture;

/// <summary>A small independent pcapng reader for tests: blocks, interfaces (name, link type, tsresol) and packets.</summary>
internal static class PcapngReader
{
    public sealed record Interface(ushort LinkType, int SnapLength, string? Name, byte? TimestampResolution);

    public sealed record Packet(int InterfaceId, ulong Timestamp, byte[] Data, int OriginalLength, uint? Flags);

    public static (string? Application, List<Interface> Interfaces, List<Packet> Packets) Read(byte[] file)
    {
        var interfaces = new List<Interface>();
        var packets = new List<Packet>();
        string? application = null;
        var offset = 0;
        while (offset < file.Length)
        {
            var type = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset));
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset + 4));
            Assert.True(length % 4 == 0 && length >= 12, $"block at {offset} has length {length}");
            Assert.Equal((uint)length, BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset + length - 4)));
            var body = file.AsSpan(offset + 8, length - 12);
            switch (type)
            {
                case 0x0A0D0D0A:
                    Assert.Equal(0x1A2B3C4Du, BinaryPrimitives.ReadUInt32LittleEndian(body));
                    application = Options(body[16..]).GetValueOrDefault((ushort)4) is { } app ? Encoding.UTF8.GetString(app) : null;
                    break;
                case 1:
                    var options = Options(body[8..]);
                    interfaces.Add(new Interface(
                        BinaryPrimitives.ReadUInt16LittleEndian(body),
                        (int)BinaryPrimitives.ReadUInt32LittleEndian(body[4..]),
                        options.GetValueOrDefault((ushort)2) is { } name ? Encoding.UTF8.GetString(name) : null,
                        options.GetValueOrDefault((ushort)9) is { } resolution ? resolution[0] : null));
                    break;
                case 6:
                    var captured = (int)BinaryPrimitives.ReadUInt32LittleEndian(body[12..]);
                    var padded = (captured + 3) & ~3;
                    var packetOptions = Options(body[(20 + padded)..]);
                    packets.Add(new Packet(
                        (int)BinaryPrimitives.ReadUInt32LittleEndian(body),
                        ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(body[4..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(body[8..]),
                        body.Slice(20, captured).ToArray(),
                        (int)BinaryPrimitives.ReadUInt32LittleEndian(body[16..]),
                        packetOptions.GetValueOrDefault((ushort)2) is { } flags ? BinaryPrimitives.ReadUInt32LittleEndian(flags) : null));
                    break;
            }

            offset += length;
        }

        return (application, interfaces, packets);
    }

    private static Dictionary<ushort, byte[]> Options(ReadOnlySpan<byte> options)
    {
        var result = new Dictionary<ushort, byte[]>();
        var offset = 0;
        while (offset + 4 <= options.Length)
        {
            var code = BinaryPrimitives.ReadUInt16LittleEndian(options[offset..]);
            var length = BinaryPrimitives.ReadUInt16LittleEndian(options[(offset + 2)..]);
            if (code == 0)
            {
                break;
            }

            result[code] = options.Slice(offset + 4, length).ToArray();
            offset += 4 + ((length + 3) & ~3);
        }

        return result;
    }
}
