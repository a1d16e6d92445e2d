using System.Buffers.Binary;

namespace FlexFabricSim.Net.Scsi;

/// <summary>A READ or WRITE CDB: a run of logical blocks starting at an LBA (SBC-3 §5.11-5.13, §5.32-5.34).</summary>
public abstract record ScsiBlockCommand(ulong Lba, uint TransferLength, bool ForceUnitAccess) : ScsiCdb
{
    /// <summary>Bit 3 of byte 1: FUA, write through to the medium (SBC-3 §5.11).</summary>
    private const byte ForceUnitAccessBit = 0x08;

    /// <summary>Writes byte 1 (FUA) and the 10-byte form's 32-bit LBA and 16-bit transfer length.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The LBA or the length does not fit the 10-byte form (use the 16-byte one).</exception>
    private protected void Write10(Span<byte> cdb)
    {
        if (Lba > uint.MaxValue || TransferLength > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(Lba), $"{Opcode} holds LBAs below 2^32 and at most 65535 blocks; use the 16-byte CDB");
        }
        cdb[1] = ForceUnitAccess ? ForceUnitAccessBit : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(cdb[2..], (uint)Lba);
        BinaryPrimitives.WriteUInt16BigEndian(cdb[7..], (ushort)TransferLength);
    }

    /// <summary>Writes byte 1 (FUA) and the 16-byte form's 64-bit LBA and 32-bit transfer length.</summary>
    private protected void Write16(Span<byte> cdb)
    {
        cdb[1] = ForceUnitAccess ? ForceUnitAccessBit : (byte)0;
        BinaryPrimitives.WriteUInt64BigEndian(cdb[2..], Lba);
        BinaryPrimitives.WriteUInt32BigEndian(cdb[10..], TransferLength);
    }

    /// <summary>The LBA, transfer length and FUA of a 10-byte CDB.</summary>
    private protected static (ulong Lba, uint Length, bool Fua) Read10Fields(ReadOnlySpan<byte> cdb) =>
        (BinaryPrimitives.ReadUInt32BigEndian(cdb[2..]), BinaryPrimitives.ReadUInt16BigEndian(cdb[7..]), (cdb[1] & ForceUnitAccessBit) != 0);

    /// <summary>The LBA, transfer length and FUA of a 16-byte CDB.</summary>
    private protected static (ulong Lba, uint Length, bool Fua) Read16Fields(ReadOnlySpan<byte> cdb) =>
        (BinaryPrimitives.ReadUInt64BigEndian(cdb[2..]), BinaryPrimitives.ReadUInt32BigEndian(cdb[10..]), (cdb[1] & ForceUnitAccessBit) != 0);
}
