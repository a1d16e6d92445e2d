using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Scsi;

/// <summary>A logical unit's capacity as READ CAPACITY reports it: the last LBA and the block length (SBC-3 §5.15-5.16).</summary>
public sealed record ScsiCapacity(ulong LastLba, uint BlockLength)
{
    /// <summary>The number of blocks.</summary>
    public ulong BlockCount => LastLba + 1;

    /// <summary>The size in bytes.</summary>
    public ulong Bytes => BlockCount * BlockLength;

    /// <summary>READ CAPACITY(10) data; the LBA is FFFFFFFFh when it does not fit (the initiator must then use READ CAPACITY(16)).</summary>
    public byte[] ToReadCapacity10Data()
    {
        var bytes = new byte[ScsiReadCapacity10.DataLength];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, LastLba > uint.MaxValue ? uint.MaxValue : (uint)LastLba);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4), BlockLength);
        return bytes;
    }

    /// <summary>READ CAPACITY(16) data (32 bytes; no protection, one logical block per physical block).</summary>
    public byte[] ToReadCapacity16Data()
    {
        var bytes = new byte[ScsiReadCapacity16.DataLength];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, LastLba);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), BlockLength);
        return bytes;
    }

    /// <summary>Parses READ CAPACITY(10) data.</summary>
    public static bool TryParse10(ReadOnlySpan<byte> data, [NotNullWhen(true)] out ScsiCapacity? capacity)
    {
        capacity = data.Length >= 8
            ? new ScsiCapacity(BinaryPrimitives.ReadUInt32BigEndian(data), BinaryPrimitives.ReadUInt32BigEndian(data[4..]))
            : null;
        return capacity is not null;
    }

    /// <summary>Parses READ CAPACITY(16) data.</summary>
    public static bool TryParse16(ReadOnlySpan<byte> data, [NotNullWhen(true)] out ScsiCapacity? capacity)
    {
        capacity = data.Length >= 12
            ? new ScsiCapacity(BinaryPrimitives.ReadUInt64BigEndian(data), BinaryPrimitives.ReadUInt32BigEndian(data[8..]))
            : null;
        return capacity is not null;
    }
}
