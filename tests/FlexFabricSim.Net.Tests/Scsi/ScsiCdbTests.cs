using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Tests.Scsi;

/// <summary>Every CDB: golden bytes, decode round trip, data direction; unknown and short CDBs are not decoded.</summary>
public sealed class ScsiCdbTests
{
    [Theory]
    [MemberData(nameof(ScsiTestData.Cdbs), MemberType = typeof(ScsiTestData))]
    public void EncodesTheGoldenBytes(string hex, ScsiCdb cdb)
    {
        var bytes = cdb.ToArray();
        Assert.Equal(ScsiTestData.Hex(hex), bytes);
        Assert.Equal(cdb.Length, bytes.Length);
        Assert.Equal((byte)cdb.Opcode, bytes[0]);
    }

    [Theory]
    [MemberData(nameof(ScsiTestData.Cdbs), MemberType = typeof(ScsiTestData))]
    public void DecodesTheGoldenBytesBackToTheSameCommand(string hex, ScsiCdb cdb)
    {
        Assert.True(ScsiCdb.TryDecode(ScsiTestData.Hex(hex), out var decoded));
        Assert.Equal(cdb, decoded);
    }

    [Theory]
    [MemberData(nameof(ScsiTestData.Cdbs), MemberType = typeof(ScsiTestData))]
    public void EveryPrefixShorterThanTheCdbIsNotDecoded(string hex, ScsiCdb cdb)
    {
        var bytes = ScsiTestData.Hex(hex);
        for (var n = 0; n < cdb.Length; n++)
        {
            Assert.False(ScsiCdb.TryDecode(bytes.AsSpan(0, n), out var decoded), $"{cdb.Opcode} decoded from {n} bytes");
            Assert.Null(decoded);
        }
    }

    [Fact]
    public void DataDirectionFollowsTheCommand()
    {
        Assert.True(new ScsiRead10(0, 1).ReadsData);
        Assert.True(new ScsiRead16(0, 1).ReadsData);
        Assert.True(new ScsiInquiry(false, 0, 36).ReadsData);
        Assert.True(new ScsiReadCapacity10().ReadsData);
        Assert.True(new ScsiReadCapacity16().ReadsData);
        Assert.True(new ScsiModeSense6(false, 0, 8, 0, 32).ReadsData);
        Assert.True(new ScsiReportLuns(16).ReadsData);
        Assert.True(new ScsiWrite10(0, 1).WritesData);
        Assert.True(new ScsiWrite16(0, 1).WritesData);
        foreach (ScsiCdb cdb in new ScsiCdb[] { new ScsiTestUnitReady(), new ScsiSynchronizeCache10() })
        {
            Assert.False(cdb.ReadsData || cdb.WritesData, $"{cdb.Opcode} moves no data");
        }
        Assert.False(new ScsiRead10(0, 1).WritesData);
        Assert.False(new ScsiWrite16(0, 1).ReadsData);
    }

    [Theory]
    [InlineData("03000000120000")] // REQUEST SENSE: served by the logical unit, not a CDB type of its own
    [InlineData("1B0000000100")] // START STOP UNIT
    [InlineData("2F000000000000000100")] // VERIFY(10)
    [InlineData("91000000000000000000000000000000")] // SYNCHRONIZE CACHE(16)
    [InlineData("9E110000000000000000000000200000")] // SERVICE ACTION IN(16) with another service action (READ LONG)
    [InlineData("FF0000000000")]
    public void CommandsTheSimulatorDoesNotModelAreNotDecoded(string hex)
    {
        Assert.False(ScsiCdb.TryDecode(Convert.FromHexString(hex), out var decoded));
        Assert.Null(decoded);
    }

    [Fact]
    public void ReadCapacity16IgnoresTheUpperBitsOfByteOneWhenMatchingItsServiceAction()
    {
        // Byte 1 bits 7-5 are reserved (SBC-3 §5.16): only the low five bits name the service action.
        Assert.True(ScsiCdb.TryDecode(ScsiTestData.Hex("9E F0 0000000000000000 00000020 0000"), out var decoded));
        Assert.Equal(new ScsiReadCapacity16(), decoded);
    }

    [Fact]
    public void TheTenByteFormsRefuseWhatOnlyTheSixteenByteFormsHold()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScsiRead10(1UL << 32, 1).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScsiRead10(0, 65_536).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScsiWrite10(1UL << 32, 1).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScsiWrite10(0, 65_536).ToArray());
        Assert.Equal(16, new ScsiRead16(1UL << 32, 65_536).ToArray().Length);
    }

    [Fact]
    public void ALongerBufferDecodesOnlyTheCdbAtItsStart()
    {
        // iSCSI carries every CDB in a 16-byte field (RFC 7143 §11.3.5): a 10-byte CDB arrives padded with zeros.
        var padded = new byte[16];
        new ScsiRead10(42, 8).ToArray().CopyTo(padded, 0);
        Assert.True(ScsiCdb.TryDecode(padded, out var decoded));
        Assert.Equal(new ScsiRead10(42, 8), decoded);
    }
}
