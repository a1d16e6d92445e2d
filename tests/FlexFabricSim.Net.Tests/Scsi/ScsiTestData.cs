using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Tests.Scsi;

/// <summary>Golden SCSI vectors, each hand-checked against the field layout of the SPC-4 / SBC-3 / SAM-5 section in its comment.</summary>
public static class ScsiTestData
{
    /// <summary>Every CDB the simulator knows, with its bytes.</summary>
    public static TheoryData<string, ScsiCdb> Cdbs() => new()
    {
        // SPC-4 §6.47: opcode, reserved, control.
        { "000000000000", new ScsiTestUnitReady() },
        // SPC-4 §6.6.1: EVPD (byte 1 bit 0), page code, 16-bit allocation length, control.
        { "120000006000", new ScsiInquiry(false, 0, 96) },
        { "120183 00FF00", new ScsiInquiry(true, ScsiVpdPage.DeviceIdentification, 255) },
        { "120180 010000", new ScsiInquiry(true, ScsiVpdPage.UnitSerialNumber, 256) },
        // SPC-4 §6.11: DBD (byte 1 bit 3), PC (byte 2 bits 7-6) | page code, subpage, 8-bit allocation length.
        { "1A083F00C000", new ScsiModeSense6(true, 0, ScsiModeSense6.AllPages, 0, 192) },
        { "1A004800FF00", new ScsiModeSense6(false, 1, ScsiModePages.Caching, 0, 255) },
        // SBC-3 §5.15: ten bytes, everything zero (no PMI).
        { "25000000000000000000", new ScsiReadCapacity10() },
        // SBC-3 §5.16: SERVICE ACTION IN(16) 9Eh, service action 10h, 32-bit allocation length at byte 10.
        { "9E100000000000000000 00000020 0000", new ScsiReadCapacity16() },
        // SBC-3 §5.11: FUA (byte 1 bit 3), 32-bit LBA at byte 2, group, 16-bit transfer length at byte 7.
        { "28 00 12345678 00 0100 00", new ScsiRead10(0x1234_5678, 0x100) },
        { "28 08 FFFFFFFF 00 FFFF 00", new ScsiRead10(uint.MaxValue, ushort.MaxValue, ForceUnitAccess: true) },
        // SBC-3 §5.13: 64-bit LBA at byte 2, 32-bit transfer length at byte 10.
        { "88 00 0000000100000000 00010000 0000", new ScsiRead16(1UL << 32, 0x1_0000) },
        // SBC-3 §5.32 / §5.34: as READ, opcodes 2Ah and 8Ah.
        { "2A 00 00000800 00 0008 00", new ScsiWrite10(2048, 8) },
        { "8A 08 FFFFFFFFFFFFFFFE 00000001 0000", new ScsiWrite16(ulong.MaxValue - 1, 1, ForceUnitAccess: true) },
        // SBC-3 §5.22: 32-bit LBA at byte 2, 16-bit number of blocks at byte 7 (0: to the end of the medium).
        { "35 00 00000000 00 0000 00", new ScsiSynchronizeCache10() },
        { "35 00 00000064 00 0010 00", new ScsiSynchronizeCache10(100, 16) },
        // SPC-4 §6.33: SELECT REPORT at byte 2, 32-bit allocation length at byte 6.
        { "A0 00 00 000000 00001000 00 00", new ScsiReportLuns(0x1000) },
        { "A0 00 02 000000 00000010 00 00", new ScsiReportLuns(16, 2) },
    };

    /// <summary>LUN numbers and their 8-byte SAM-5 encoding (§4.7: peripheral device addressing to 255, flat space above).</summary>
    public static TheoryData<int, string, ScsiLunAddressing> Luns() => new()
    {
        { 0, "0000000000000000", ScsiLunAddressing.Peripheral },
        { 1, "0001000000000000", ScsiLunAddressing.Peripheral },
        { 255, "00FF000000000000", ScsiLunAddressing.Peripheral },
        { 256, "4100000000000000", ScsiLunAddressing.Flat },
        { 4096, "5000000000000000", ScsiLunAddressing.Flat },
        { 16383, "7FFF000000000000", ScsiLunAddressing.Flat },
    };

    /// <summary>Hex without the spaces that group fields in the vectors above.</summary>
    public static byte[] Hex(string spaced) => Convert.FromHexString(spaced.Replace(" ", "", StringComparison.Ordinal));
}
