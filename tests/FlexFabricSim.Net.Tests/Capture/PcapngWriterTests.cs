using FlexFabricSim.Net.Capture;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Tests.Codecs;

namespace FlexFabricSim.Net.Tests.Capture;

public sealed class PcapngWriterTests
{
    [Fact]
    public void MinimalCaptureIsByteExact()
    {
        var output = new MemoryStream();
        using (var writer = new PcapngWriter(output, "t", leaveOpen: true))
        {
            var id = writer.AddInterface(PcapngLinkType.Ethernet, "e");
            writer.WritePacket(id, 0x0000_0001_0000_0002, [0xaa, 0xbb, 0xcc], FrameDirection.Outbound);
        }

        var expected = Hex.Parse("""
            0a0d0d0a 28000000 4d3c2b1a 0100 0000 ffffffffffffffff 0400 0100 74000000 0000 0000 28000000
            01000000 28000000 0100 0000 00000400 0200 0100 65000000 0900 0100 09000000 0000 0000 28000000
            06000000 30000000 00000000 01000000 02000000 03000000 03000000 aabbcc00 0200 0400 02000000 0000 0000 30000000
            """);
        Assert.Equal(Hex.Format(expected), Hex.Format(output.ToArray()));
    }

    [Fact]
    public void ReaderSeesInterfacesPacketsTimestampsAndDirections()
    {
        var output = new MemoryStream();
        using (var writer = new PcapngWriter(output, leaveOpen: true))
        {
            var tap = new PcapngTap(writer, "lab/a");
            var second = writer.AddInterface(PcapngLinkType.Ethernet, "lab/b", snapLength: 64);
            tap.OnFrame(1_700_000_000_123_456_789, FrameDirection.Inbound, new byte[60]);
            writer.WritePacket(second, 42, new byte[100], comment: "cut");
            Assert.Equal(2, writer.PacketCount);
        }

        var (application, interfaces, packets) = PcapngReader.Read(output.ToArray());
        Assert.Equal("FlexFabricSim", application);
        Assert.Equal(["lab/a", "lab/b"], interfaces.Select(i => i.Name));
        Assert.All(interfaces, i => Assert.Equal((ushort)1, i.LinkType));
        Assert.All(interfaces, i => Assert.Equal((byte?)9, i.TimestampResolution));
        Assert.Equal(1_700_000_000_123_456_789UL, packets[0].Timestamp);
        Assert.Equal(1u, packets[0].Flags);
        Assert.Equal(64, packets[1].Data.Length);
        Assert.Equal(100, packets[1].OriginalLength);
        Assert.Null(packets[1].Flags);
    }

    [Fact]
    public void WritingToAnUnknownInterfaceIsCallerMisuse()
    {
        using var writer = new PcapngWriter(new MemoryStream());
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.WritePacket(0, 0, new byte[1]));
    }

    [Fact]
    public void AtomicFileAppearsOnlyOnCommit()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(directory.FullName, "boot.pcapng");
            using (var file = AtomicFile.Create(path))
            {
                using var writer = new PcapngWriter(file.Stream, leaveOpen: true);
                writer.AddInterface(PcapngLinkType.Ethernet, "x");
                writer.Flush();
                Assert.False(File.Exists(path));
                writer.Dispose();
                file.Commit();
            }

            Assert.True(File.Exists(path));
            using (AtomicFile.Create(Path.Combine(directory.FullName, "abandoned.pcapng")))
            {
            }

            Assert.Equal(["boot.pcapng"], directory.GetFiles().Select(f => f.Name));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
