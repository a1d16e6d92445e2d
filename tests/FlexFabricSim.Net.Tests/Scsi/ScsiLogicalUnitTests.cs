using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Tests.Scsi;

/// <summary>What a simulated disk answers: unit attention per nexus, injected BUSY, ILLEGAL REQUEST, LBA range, data, durability.</summary>
public sealed class ScsiLogicalUnitTests
{
    private const int Blocks = 8192; // 4 MiB of 512-byte blocks
    private readonly TestBlockDevice _device = new(Blocks * 512);
    private readonly ScsiLogicalUnit _unit;
    private readonly ScsiNexus _nexus = new("iqn.2026-11.lab.test:a,i,0x801234560000");

    public ScsiLogicalUnitTests()
    {
        _unit = new ScsiLogicalUnit(7, _device);
        _unit.Attach(_nexus);
        Assert.Equal(ScsiSense.PowerOnReset, Run(new ScsiTestUnitReady()).Sense); // every test starts past the power-on attention
    }

    private ScsiCommandResult Run(ScsiCdb cdb, byte[]? dataOut = null, ScsiNexus? nexus = null) =>
        _unit.Execute(nexus ?? _nexus, cdb.ToArray(), dataOut);

    private static byte[] DataOf(ScsiCommandResult result)
    {
        var bytes = new byte[result.DataIn!.Length];
        result.DataIn.CopyTo(0, bytes);
        return bytes;
    }

    [Fact]
    public void ANewNexusSeesPowerOnResetOnceWhileInquiryLeavesItPending()
    {
        var other = new ScsiNexus("iqn.2026-11.lab.test:b,i,0x801234560001");
        _unit.Attach(other);
        Assert.Equal(ScsiStatus.Good, Run(new ScsiInquiry(false, 0, 36), nexus: other).Status);
        var first = Run(new ScsiReadCapacity10(), nexus: other);
        Assert.Equal(ScsiStatus.CheckCondition, first.Status);
        Assert.Equal(ScsiSense.PowerOnReset, first.Sense);
        Assert.Null(first.DataIn);
        Assert.Equal(ScsiStatus.Good, Run(new ScsiReadCapacity10(), nexus: other).Status);
        Assert.Equal(ScsiStatus.Good, Run(new ScsiTestUnitReady()).Status); // the first nexus is not affected
    }

    [Fact]
    public void RequestSenseReturnsAPendingUnitAttentionAndClearsIt()
    {
        _unit.Reset();
        var sense = _unit.Execute(_nexus, ScsiTestData.Hex("03 00 00 00 12 00"), default);
        Assert.Equal(ScsiStatus.Good, sense.Status);
        Assert.True(ScsiSense.TryParse(DataOf(sense), out var reported));
        Assert.Equal(ScsiSense.BusDeviceResetOccurred, reported);
        Assert.Equal(ScsiStatus.Good, Run(new ScsiTestUnitReady()).Status);
        // With nothing pending, REQUEST SENSE says NO SENSE.
        var none = _unit.Execute(_nexus, ScsiTestData.Hex("03 00 00 00 12 00"), default);
        Assert.True(ScsiSense.TryParse(DataOf(none), out var nothing));
        Assert.Equal(ScsiSenseKey.NoSense, nothing.Key);
    }

    [Fact]
    public void AResetIsReportedToEveryAttachedNexusAndAColdResetAsPowerOn()
    {
        var other = new ScsiNexus("other");
        _unit.Attach(other);
        Run(new ScsiTestUnitReady(), nexus: other);

        _unit.Reset();
        Assert.Equal(ScsiSense.BusDeviceResetOccurred, Run(new ScsiTestUnitReady()).Sense);
        Assert.Equal(ScsiSense.BusDeviceResetOccurred, Run(new ScsiRead10(0, 1), nexus: other).Sense);
        Assert.Equal(ScsiStatus.Good, Run(new ScsiRead10(0, 1), nexus: other).Status);

        _unit.Reset(ScsiSense.PowerOnOccurred);
        Assert.Equal(ScsiSense.PowerOnOccurred, Run(new ScsiTestUnitReady()).Sense);
    }

    [Fact]
    public void ADetachedOrUnknownNexusHasNoConditions()
    {
        var gone = new ScsiNexus("gone");
        _unit.Attach(gone);
        _unit.Detach(gone);
        _unit.Reset();
        Assert.Equal(ScsiStatus.Good, Run(new ScsiTestUnitReady(), nexus: gone).Status);
        Assert.Equal(ScsiStatus.Good, Run(new ScsiTestUnitReady(), nexus: new ScsiNexus("never attached")).Status);
    }

    [Fact]
    public void InjectedBusyAnswersThatManyCommandsFromAnyNexusButNotInquiry()
    {
        _unit.InjectBusy(2);
        Assert.Equal(ScsiStatus.Good, Run(new ScsiInquiry(false, 0, 36)).Status);
        Assert.Equal(ScsiStatus.Busy, Run(new ScsiRead10(0, 1)).Status);
        Assert.Equal(ScsiStatus.Busy, Run(new ScsiTestUnitReady(), nexus: new ScsiNexus("another")).Status);
        Assert.Equal(ScsiStatus.Good, Run(new ScsiRead10(0, 1)).Status);
        Assert.Throws<ArgumentOutOfRangeException>(() => _unit.InjectBusy(-1));
    }

    [Fact]
    public void UnitAttentionComesBeforeBusy()
    {
        _unit.InjectBusy(1);
        _unit.Reset();
        Assert.Equal(ScsiSense.BusDeviceResetOccurred, Run(new ScsiTestUnitReady()).Sense);
        Assert.Equal(ScsiStatus.Busy, Run(new ScsiTestUnitReady()).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1B0000000100")] // START STOP UNIT
    [InlineData("2F000000000000000100")] // VERIFY(10)
    [InlineData("91000000000000000000000000000000")] // SYNCHRONIZE CACHE(16)
    [InlineData("9E110000000000000000000000200000")] // SERVICE ACTION IN(16), not READ CAPACITY(16)
    [InlineData("C1000000000000000000")] // vendor-specific
    [InlineData("2800000000")] // READ(10) cut short
    public void UnsupportedOrShortCommandsAreIllegalRequests(string hex)
    {
        var result = _unit.Execute(_nexus, Convert.FromHexString(hex), default);
        Assert.Equal(ScsiStatus.CheckCondition, result.Status);
        Assert.Equal(ScsiSense.InvalidCommandOperationCode, result.Sense);
    }

    public static TheoryData<ScsiCdb> OutOfRange() => new()
    {
        new ScsiRead10(Blocks, 1),
        new ScsiRead10(Blocks - 1, 2),
        new ScsiRead16(ulong.MaxValue, 1),
        new ScsiRead16(ulong.MaxValue - 1, uint.MaxValue),
        new ScsiWrite10(Blocks, 1),
        new ScsiWrite16(Blocks - 4, 8),
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void BlocksPastTheEndAreLbaOutOfRange(ScsiCdb cdb)
    {
        var result = Run(cdb, new byte[8 * 512]);
        Assert.Equal(ScsiStatus.CheckCondition, result.Status);
        Assert.Equal(ScsiSense.LbaOutOfRange, result.Sense);
    }

    [Fact]
    public void TheLastBlockIsInRangeAndWritesReadBack()
    {
        var block = Enumerable.Range(0, 1024).Select(i => (byte)(i * 13)).ToArray();
        Assert.Equal(ScsiStatus.Good, Run(new ScsiWrite16(Blocks - 2, 2), block).Status);
        var read = Run(new ScsiRead10(Blocks - 2, 2));
        Assert.Equal(ScsiStatus.Good, read.Status);
        Assert.Equal(block, DataOf(read));
        Assert.Equal(0, Run(new ScsiRead10(0, 0)).DataIn!.Length); // a zero-length READ moves nothing
    }

    [Fact]
    public void CapacityAndInquiryDescribeTheUnit()
    {
        Assert.True(ScsiCapacity.TryParse10(DataOf(Run(new ScsiReadCapacity10())), out var ten));
        Assert.Equal(new ScsiCapacity(Blocks - 1, 512), ten);
        Assert.True(ScsiCapacity.TryParse16(DataOf(Run(new ScsiReadCapacity16())), out var sixteen));
        Assert.Equal(ten, sixteen);
        Assert.Equal(12, Run(new ScsiReadCapacity16(12)).DataIn!.Length); // cut to the allocation length

        Assert.True(ScsiInquiryData.TryParse(DataOf(Run(new ScsiInquiry(false, 0, 96))), out var inquiry));
        Assert.Equal(new ScsiInquiryData(0, ScsiLogicalUnit.Vendor, ScsiLogicalUnit.Product, ScsiLogicalUnit.Revision), inquiry);
        Assert.Equal(5, Run(new ScsiInquiry(false, 0, 5)).DataIn!.Length);
        Assert.Equal("FFSIM00007", ScsiVpdPage.ParseUnitSerialNumber(DataOf(Run(new ScsiInquiry(true, ScsiVpdPage.UnitSerialNumber, 255)))));
        Assert.Equal(ScsiVpdPage.EncodeSupportedPages(0), DataOf(Run(new ScsiInquiry(true, ScsiVpdPage.SupportedPages, 255))));
        Assert.Equal(ScsiVpdPage.DeviceIdentification, DataOf(Run(new ScsiInquiry(true, ScsiVpdPage.DeviceIdentification, 255)))[1]);
    }

    [Theory]
    [InlineData(false, 0x80)] // a page code without EVPD
    [InlineData(true, 0xb0)] // a VPD page this unit lacks (block limits)
    public void InquiryForWhatTheUnitLacksIsInvalidFieldInCdb(bool evpd, byte page) =>
        Assert.Equal(ScsiSense.InvalidFieldInCdb, Run(new ScsiInquiry(evpd, page, 255)).Sense);

    [Fact]
    public void ModeSenseServesCachingAndControlOnly()
    {
        Assert.Equal(ScsiStatus.Good, Run(new ScsiModeSense6(false, 0, ScsiModeSense6.AllPages, 0, 255)).Status);
        Assert.Equal(4, Run(new ScsiModeSense6(false, 0, ScsiModeSense6.AllPages, 0, 4)).DataIn!.Length);
        Assert.Equal(ScsiSense.InvalidFieldInCdb, Run(new ScsiModeSense6(false, 0, 0x19, 0, 255)).Sense);
    }

    [Fact]
    public void SynchronizeCacheAndForceUnitAccessFlush()
    {
        Assert.Equal(ScsiStatus.Good, Run(new ScsiSynchronizeCache10()).Status);
        Assert.Equal(1, _device.Flushes);
        Run(new ScsiWrite10(0, 1), new byte[512]);
        Assert.Equal(1, _device.Flushes);
        Run(new ScsiWrite10(0, 1, ForceUnitAccess: true), new byte[512]);
        Assert.Equal(2, _device.Flushes);
    }

    [Fact]
    public void StorageFailuresAreMediumErrors()
    {
        _device.Failing = true;
        Assert.Equal(ScsiSense.WriteError, Run(new ScsiWrite10(0, 1), new byte[512]).Sense);
        Assert.Equal(ScsiSense.WriteError, Run(new ScsiSynchronizeCache10()).Sense);
    }

    [Fact]
    public void WriteDataShorterThanTheCdbIsInvalidFieldInCdb() =>
        Assert.Equal(ScsiSense.InvalidFieldInCdb, Run(new ScsiWrite10(0, 2), new byte[512]).Sense);

    [Fact]
    public void AReadOnlyUnitRefusesWritesAsDataProtect()
    {
        using var unit = new ScsiLogicalUnit(0, new TestBlockDevice(1 << 20, readOnly: true));
        var result = unit.Execute(_nexus, new ScsiWrite10(0, 1).ToArray(), new byte[512]);
        Assert.Equal(ScsiSense.WriteProtected, result.Sense);
        var sense = unit.Execute(_nexus, new ScsiModeSense6(true, 0, ScsiModePages.Control, 0, 255).ToArray(), default);
        var data = new byte[sense.DataIn!.Length];
        sense.DataIn.CopyTo(0, data);
        Assert.Equal(0x80, data[2]); // WP in MODE SENSE's device-specific parameter
    }

    [Fact]
    public void UnitsAreNamedAfterTheirLun()
    {
        Assert.Equal(ScsiLun.FromNumber(7), _unit.Lun);
        Assert.Equal("FFSIM00007", _unit.Serial);
        Assert.NotEqual(new ScsiLogicalUnit(8, _device).Naa, _unit.Naa);
    }
}
