using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Tests.Scsi;

/// <summary>Sense data: the fixed format we write, both formats (SPC-4 §4.5.2, §4.5.3) parsed, and what is not sense data.</summary>
public sealed class ScsiSenseTests
{
    [Fact]
    public void FixedFormatIsEighteenBytesOfCurrentErrorSense()
    {
        // SPC-4 §4.5.3: 70h current error, key in byte 2, additional length 10 in byte 7, ASC/ASCQ in bytes 12/13.
        Assert.Equal(Convert.FromHexString("700005000000000A0000000024000000 0000".Replace(" ", "")), ScsiSense.InvalidFieldInCdb.ToFixedFormat());
        Assert.Equal(Convert.FromHexString("700006000000000A0000000029000000 0000".Replace(" ", "")), ScsiSense.PowerOnReset.ToFixedFormat());
    }

    public static TheoryData<ScsiSense> Conditions() => new()
    {
        ScsiSense.InvalidCommandOperationCode, ScsiSense.LbaOutOfRange, ScsiSense.InvalidFieldInCdb, ScsiSense.LogicalUnitNotSupported,
        ScsiSense.PowerOnReset, ScsiSense.PowerOnOccurred, ScsiSense.BusDeviceResetOccurred, ScsiSense.WriteProtected,
        ScsiSense.UnrecoveredReadError, ScsiSense.WriteError, new ScsiSense(ScsiSenseKey.AbortedCommand, 0x47, 0x05),
    };

    [Theory]
    [MemberData(nameof(Conditions))]
    public void FixedFormatRoundTrips(ScsiSense sense)
    {
        Assert.True(ScsiSense.TryParse(sense.ToFixedFormat(), out var parsed));
        Assert.Equal(sense, parsed);
    }

    [Theory]
    [InlineData("70 00 06 00000000 0A 00000000 29 00 00 000000", ScsiSenseKey.UnitAttention, 0x29, 0x00)] // current, fixed
    [InlineData("F0 00 03 00001234 0A 00000000 11 00 00 000000", ScsiSenseKey.MediumError, 0x11, 0x00)] // VALID bit set
    [InlineData("71 00 04 00000000 0A 00000000 44 00 00 000000", ScsiSenseKey.HardwareError, 0x44, 0x00)] // deferred, fixed
    [InlineData("70 00 25 00000000 06 00000000 21 00", ScsiSenseKey.IllegalRequest, 0x21, 0x00)] // ILI bit; 14 bytes suffice
    [InlineData("72 05 24 00 000000 00", ScsiSenseKey.IllegalRequest, 0x24, 0x00)] // current, descriptor (SPC-4 §4.5.2)
    [InlineData("73 06 2A 09 000000 0C 00 0A 80 00 00 00 00 00 00 00 00 00", ScsiSenseKey.UnitAttention, 0x2a, 0x09)] // deferred, with a descriptor
    [InlineData("72 F7 27 00", ScsiSenseKey.DataProtect, 0x27, 0x00)] // reserved high nibble ignored; 4 bytes suffice
    public void BothFormatsParse(string hex, ScsiSenseKey key, byte asc, byte ascq)
    {
        Assert.True(ScsiSense.TryParse(ScsiTestData.Hex(hex), out var sense));
        Assert.Equal(new ScsiSense(key, asc, ascq), sense);
    }

    [Theory]
    [InlineData("")]
    [InlineData("70 00 05 00000000 0A 00000000 24")] // fixed format cut before the ASCQ
    [InlineData("72 05 24")] // descriptor format cut before the ASCQ
    [InlineData("7F 00 05 00000000 0A 00000000 24 00 00 000000")] // vendor-specific response code
    [InlineData("00 00 05 00000000 0A 00000000 24 00 00 000000")]
    [InlineData("74 05 24 00")] // reserved response code
    public void WhatIsNotSenseDataIsRefused(string hex)
    {
        Assert.False(ScsiSense.TryParse(ScsiTestData.Hex(hex), out var sense));
        Assert.Null(sense);
    }

    [Fact]
    public void TextNamesKeyAndCodes() => Assert.Equal("IllegalRequest 24h/00h", ScsiSense.InvalidFieldInCdb.ToString());

    [Fact]
    public void OutcomesTellUnitAttentionFromOtherChecks()
    {
        Assert.True(new ScsiCommandOutcome(ScsiStatus.CheckCondition, ScsiSense.PowerOnReset, 0).IsUnitAttention);
        Assert.False(new ScsiCommandOutcome(ScsiStatus.CheckCondition, ScsiSense.LbaOutOfRange, 0).IsUnitAttention);
        Assert.False(new ScsiCommandOutcome(ScsiStatus.Busy, null, 0).IsUnitAttention);
        Assert.True(new ScsiCommandOutcome(ScsiStatus.Good, null, 512).IsGood);
        Assert.Equal("CheckCondition UnitAttention 29h/03h", new ScsiCommandOutcome(ScsiStatus.CheckCondition, ScsiSense.BusDeviceResetOccurred, 0).ToString());
        Assert.Equal("Busy", new ScsiCommandOutcome(ScsiStatus.Busy, null, 0).ToString());
    }
}
