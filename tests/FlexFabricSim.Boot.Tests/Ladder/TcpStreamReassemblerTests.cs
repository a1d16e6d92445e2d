using FlexFabricSim.Boot.Ladder;

namespace FlexFabricSim.Boot.Tests.Ladder;

public sealed class TcpStreamReassemblerTests
{
    [Fact]
    public void PutsOutOfOrderSegmentsBackAndDropsRetransmissions()
    {
        var stream = new TcpStreamReassembler();
        stream.Syn(999);
        Assert.False(stream.Segment(1003, "def"u8));
        Assert.True(stream.Segment(1000, "abc"u8));
        Assert.False(stream.Segment(1000, "abc"u8));
        Assert.True(stream.Segment(1004, "efgh"u8)); // overlaps 'ef': only 'gh' is new
        Assert.Equal("abcdefgh", System.Text.Encoding.ASCII.GetString([.. stream.Buffer]));
    }

    [Fact]
    public void SequenceNumbersWrapAround()
    {
        var stream = new TcpStreamReassembler();
        stream.Syn(uint.MaxValue - 1);
        Assert.True(stream.Segment(uint.MaxValue, "ab"u8));
        Assert.True(stream.Segment(1, "c"u8));
        Assert.Equal("abc", System.Text.Encoding.ASCII.GetString([.. stream.Buffer]));
    }

    [Fact]
    public void WithoutTheSynTheFirstSegmentStartsTheStream()
    {
        var stream = new TcpStreamReassembler();
        Assert.True(stream.Segment(5000, "x"u8));
        Assert.Single(stream.Buffer);
    }
}
