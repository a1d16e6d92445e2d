using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Tests.Scsi;

/// <summary>The parameter data the target returns and the initiator parses: INQUIRY, VPD, READ CAPACITY, REPORT LUNS, MODE SENSE.</summary>
public sealed class ScsiParameterDataTests
{
    [Fact]
    public void StandardInquiryDataIs36GoldenBytes()
    {
        // SPC-4 §6.6.2: type, RMB, VERSION 06h, format 2, additional length 31, CMDQUE, then 8/16/4 space-padded ASCII.
        var expected = (byte[])[.. ScsiTestData.Hex("00 00 06 02 1F 00 00 02"), .. "FFSIM   VIRTUAL-DISK    0001"u8];
        var bytes = new ScsiInquiryData(ScsiInquiryData.DirectAccessBlockDevice, "FFSIM", "VIRTUAL-DISK", "0001").ToArray();
        Assert.Equal(expected, bytes);
        Assert.Equal(ScsiInquiryData.Length, bytes.Length);
        Assert.True(ScsiInquiryData.TryParse(bytes, out var parsed));
        Assert.Equal(new ScsiInquiryData(0, "FFSIM", "VIRTUAL-DISK", "0001"), parsed);
    }

    [Fact]
    public void InquiryStringsAreCutToTheirFieldsAndKeptPrintable()
    {
        var bytes = new ScsiInquiryData(0, "VENDORNAMETOOLONG", "Ünïcode product", "12345").ToArray();
        Assert.True(ScsiInquiryData.TryParse(bytes, out var parsed));
        Assert.Equal("VENDORNA", parsed.Vendor);
        Assert.Equal("?n?code product", parsed.Product);
        Assert.Equal("1234", parsed.Revision);
    }

    [Fact]
    public void InquiryDataShorterThan36BytesIsRefused()
    {
        var bytes = new ScsiInquiryData(0, "A", "B", "C").ToArray();
        Assert.False(ScsiInquiryData.TryParse(bytes.AsSpan(0, 35), out var parsed));
        Assert.Null(parsed);
        // Longer data (vendor-specific bytes after the 36) still parses.
        Assert.True(ScsiInquiryData.TryParse([.. bytes, .. new byte[60]], out _));
    }

    [Fact]
    public void NoLogicalUnitIsQualifier3Type1F() =>
        Assert.Equal(0x7f, new ScsiInquiryData(ScsiInquiryData.NoLogicalUnit, "", "", "").ToArray()[0]);

    [Fact]
    public void VpdPagesHaveTheirGoldenBytes()
    {
        // SPC-4 §7.8.16: supported pages, ascending.
        Assert.Equal("0000000300 8083".Replace(" ", ""), Convert.ToHexString(ScsiVpdPage.EncodeSupportedPages(0)));
        // SPC-4 §7.8.18: ASCII serial number.
        Assert.Equal("0080000A" + Convert.ToHexString("FFSIM00000"u8), Convert.ToHexString(ScsiVpdPage.EncodeUnitSerialNumber(0, "FFSIM00000")));
        // SPC-4 §7.8.6: NAA designator (binary, LU, type 3, 8 bytes) then T10 vendor ID designator (ASCII, type 1).
        Assert.Equal("008300220103000860FFF5100000000002010012464653494D202020464653494D3030303030",
            Convert.ToHexString(ScsiVpdPage.EncodeDeviceIdentification(0, 0x60FF_F510_0000_0000, "FFSIM", "FFSIM00000")));
    }

    [Theory]
    [InlineData("0080000A464653494D3030303030", "FFSIM00000")]
    [InlineData("0080000C2020464653494D303030303000", "FFSIM00000")] // padding trimmed
    [InlineData("00800010464653494D", "FFSIM")] // page length beyond the data: what is there
    [InlineData("0083000A464653494D3030303030", "")] // another page
    [InlineData("0080", "")]
    public void UnitSerialNumberParses(string hex, string serial) => Assert.Equal(serial, ScsiVpdPage.ParseUnitSerialNumber(Convert.FromHexString(hex)));

    [Fact]
    public void ReadCapacityDataHasItsGoldenBytesAndParsesBack()
    {
        var capacity = new ScsiCapacity(0x1FFF, 512);
        // SBC-3 §5.15.2: last LBA, block length.
        Assert.Equal("00001FFF00000200", Convert.ToHexString(capacity.ToReadCapacity10Data()));
        // SBC-3 §5.16.2: 64-bit last LBA, block length, then protection and provisioning fields, all zero here.
        Assert.Equal("0000000000001FFF00000200" + new string('0', 40), Convert.ToHexString(capacity.ToReadCapacity16Data()));
        Assert.True(ScsiCapacity.TryParse10(capacity.ToReadCapacity10Data(), out var ten));
        Assert.True(ScsiCapacity.TryParse16(capacity.ToReadCapacity16Data(), out var sixteen));
        Assert.Equal(capacity, ten);
        Assert.Equal(capacity, sixteen);
        Assert.Equal(0x2000UL * 512, capacity.Bytes);
    }

    [Fact]
    public void ReadCapacity10SaysFFFFFFFFForADiskTooLargeForIt()
    {
        var huge = new ScsiCapacity(1UL << 33, 4096);
        Assert.Equal("FFFFFFFF00001000", Convert.ToHexString(huge.ToReadCapacity10Data()));
        Assert.True(ScsiCapacity.TryParse16(huge.ToReadCapacity16Data(), out var back));
        Assert.Equal(huge, back);
    }

    [Fact]
    public void ShortReadCapacityDataIsRefused()
    {
        Assert.False(ScsiCapacity.TryParse10(new byte[7], out _));
        Assert.False(ScsiCapacity.TryParse16(new byte[11], out _));
        Assert.True(ScsiCapacity.TryParse16(new byte[12], out _)); // the fields the initiator needs
    }

    [Fact]
    public void ReportLunsDataHasItsGoldenBytesAndParsesBack()
    {
        ScsiLun[] luns = [ScsiLun.FromNumber(0), ScsiLun.FromNumber(255), ScsiLun.FromNumber(16383)];
        // SPC-4 §6.33.2: LUN list length (bytes), 4 reserved, then 8 bytes per LUN.
        var expected = "0000001800000000" + "0000000000000000" + "00FF000000000000" + "7FFF000000000000";
        var bytes = ScsiReportLunsData.Encode(luns);
        Assert.Equal(expected, Convert.ToHexString(bytes));
        Assert.Equal(24u, ScsiReportLunsData.AnnouncedLength(bytes));
        Assert.Equal(luns, ScsiReportLunsData.Parse(bytes));
    }

    [Fact]
    public void ReportLunsDataCutByTheAllocationLengthYieldsTheLunsPresent()
    {
        var bytes = ScsiReportLunsData.Encode([ScsiLun.FromNumber(1), ScsiLun.FromNumber(2), ScsiLun.FromNumber(3)]);
        Assert.Equal([ScsiLun.FromNumber(1)], ScsiReportLunsData.Parse(bytes.AsSpan(0, 20)));
        Assert.Equal(24u, ScsiReportLunsData.AnnouncedLength(bytes.AsSpan(0, 20)));
        Assert.Empty(ScsiReportLunsData.Parse(bytes.AsSpan(0, 7)));
        Assert.Equal(0u, ScsiReportLunsData.AnnouncedLength(bytes.AsSpan(0, 3)));
        // A list length shorter than the data: only the announced LUNs count.
        bytes[3] = 8;
        Assert.Equal([ScsiLun.FromNumber(1)], ScsiReportLunsData.Parse(bytes));
    }

    [Fact]
    public void ModeSenseAllPagesHasHeaderBlockDescriptorCachingAndControl()
    {
        var data = ScsiModePages.Encode(new ScsiModeSense6(false, 0, ScsiModeSense6.AllPages, 0, 255), new ScsiCapacity(0x1FFF, 512), false, true)!;
        // SPC-4 §7.5.5 header: mode data length (excludes itself), medium type, device-specific (WP), block descriptor length.
        Assert.Equal("2B000008", Convert.ToHexString(data, 0, 4));
        // SBC-3 §6.4.2 short block descriptor: density 0 + 24-bit block count, reserved + 24-bit block length.
        Assert.Equal("0000200000000200", Convert.ToHexString(data, 4, 8));
        // Caching page (SBC-3 §6.4.5): code 08h, length 12h, WCE set; control page (SPC-4 §7.5.8): code 0Ah, length 0Ah.
        Assert.Equal("081204", Convert.ToHexString(data, 12, 3));
        Assert.Equal("0A0A", Convert.ToHexString(data, 32, 2));
        Assert.Equal(44, data.Length);
    }

    [Fact]
    public void ModeSenseHonoursDbdWriteProtectAndChangeableValues()
    {
        var capacity = new ScsiCapacity(0x1FFF, 512);
        var caching = ScsiModePages.Encode(new ScsiModeSense6(true, 1, ScsiModePages.Caching, 0, 255), capacity, true, true)!;
        Assert.Equal("17008000", Convert.ToHexString(caching, 0, 4)); // WP set, no block descriptor
        Assert.Equal("081200", Convert.ToHexString(caching, 4, 3)); // changeable values: WCE not changeable
        Assert.Null(ScsiModePages.Encode(new ScsiModeSense6(false, 0, 0x1c, 0, 255), capacity, false, true));
        Assert.Null(ScsiModePages.Encode(new ScsiModeSense6(false, 0, ScsiModePages.Caching, 1, 255), capacity, false, true));
        Assert.NotNull(ScsiModePages.Encode(new ScsiModeSense6(false, 0, ScsiModeSense6.AllPages, 0xff, 255), capacity, false, true));
    }

    [Fact]
    public void ModeSenseBlockCountSaturatesAt24Bits()
    {
        var data = ScsiModePages.Encode(new ScsiModeSense6(false, 0, ScsiModePages.Control, 0, 255), new ScsiCapacity(1UL << 30, 512), false, false)!;
        Assert.Equal("00FFFFFF", Convert.ToHexString(data, 4, 4));
    }
}
