using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Boot.Lab;

/// <summary>
/// Makes a lab LUN's disk: an in-memory block device whose first sectors hold what <see cref="LabDiskContent"/> says
/// (an MBR ending 55 AA, a protective MBR with a GPT header, or nothing). Only the written sectors take memory.
/// </summary>
public static class LabDisk
{
    /// <summary>Bytes per sector of lab disks.</summary>
    public const int SectorSize = 512;

    /// <summary>Where the first partition starts (1 MiB, the usual alignment).</summary>
    private const uint FirstPartitionLba = 2048;

    private static readonly byte[] GptSignature = "EFI PART"u8.ToArray();

    /// <summary>Creates the disk for <paramref name="lun"/>.</summary>
    public static MemoryBlockDevice Create(LabLunDefinition lun)
    {
        ArgumentNullException.ThrowIfNull(lun);
        var device = new MemoryBlockDevice(lun.SizeBytes, SectorSize);
        var sectors = (ulong)device.BlockCount;
        switch (lun.Content)
        {
            case LabDiskContent.Mbr:
                device.Write(0, Mbr(partitionType: 0x07, sectors, bootable: true));
                break;
            case LabDiskContent.Gpt:
                device.Write(0, Mbr(partitionType: 0xEE, sectors, bootable: false));
                device.Write(SectorSize, GptHeader(sectors));
                break;
            case LabDiskContent.Blank:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(lun), lun.Content, "unknown disk content");
        }
        return device;
    }

    /// <summary>A master boot record with one partition entry and the 55 AA signature.</summary>
    private static byte[] Mbr(byte partitionType, ulong sectors, bool bootable)
    {
        var sector = new byte[SectorSize];
        Encoding.ASCII.GetBytes("FlexFabricSim lab disk").CopyTo(sector, 3);
        var entry = sector.AsSpan(446, 16);
        entry[0] = bootable ? (byte)0x80 : (byte)0x00;
        entry[4] = partitionType;
        // A protective MBR's entry starts at LBA 1 and covers the disk (UEFI 2.x §5.2.3); a plain MBR starts at 1 MiB.
        var start = partitionType == 0xEE ? 1u : FirstPartitionLba;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[12..], (uint)Math.Min(sectors - start, uint.MaxValue));
        sector[510] = 0x55;
        sector[511] = 0xAA;
        return sector;
    }

    /// <summary>A GPT header (UEFI 2.x §5.3.2) with its CRC-32; the partition entry array is left empty.</summary>
    private static byte[] GptHeader(ulong sectors)
    {
        const int HeaderSize = 92;
        var sector = new byte[SectorSize];
        var h = sector.AsSpan();
        GptSignature.CopyTo(h);
        BinaryPrimitives.WriteUInt32LittleEndian(h[8..], 0x0001_0000); // revision 1.0
        BinaryPrimitives.WriteUInt32LittleEndian(h[12..], HeaderSize);
        BinaryPrimitives.WriteUInt64LittleEndian(h[24..], 1); // my LBA
        BinaryPrimitives.WriteUInt64LittleEndian(h[32..], sectors - 1); // alternate LBA
        BinaryPrimitives.WriteUInt64LittleEndian(h[40..], 34); // first usable LBA
        BinaryPrimitives.WriteUInt64LittleEndian(h[48..], sectors - 34); // last usable LBA
        BinaryPrimitives.WriteUInt64LittleEndian(h[56..], 0x0123_4567_89AB_CDEF); // disk GUID (fixed: determinism)
        BinaryPrimitives.WriteUInt64LittleEndian(h[64..], 0xFEDC_BA98_7654_3210);
        BinaryPrimitives.WriteUInt64LittleEndian(h[72..], 2); // partition entries LBA
        BinaryPrimitives.WriteUInt32LittleEndian(h[80..], 128); // number of entries
        BinaryPrimitives.WriteUInt32LittleEndian(h[84..], 128); // size of an entry
        BinaryPrimitives.WriteUInt32LittleEndian(h[88..], Crc32.HashToUInt32(new byte[128 * 128]));
        BinaryPrimitives.WriteUInt32LittleEndian(h[16..], Crc32.HashToUInt32(h[..HeaderSize]));
        return sector;
    }
}
