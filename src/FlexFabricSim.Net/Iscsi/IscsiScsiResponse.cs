using System.Buffers.Binary;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>SCSI Response: the end of a command, with status and any sense data (RFC 7143 §11.4).</summary>
public sealed record IscsiScsiResponse : IscsiPdu
{
    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.ScsiResponse;

    /// <summary>o bit: bidirectional read residual overflow (§11.4.1).</summary>
    public bool BidiReadResidualOverflow { get; init; }

    /// <summary>u bit: bidirectional read residual underflow.</summary>
    public bool BidiReadResidualUnderflow { get; init; }

    /// <summary>O bit: residual overflow, the command wanted more than expected.</summary>
    public bool ResidualOverflow { get; init; }

    /// <summary>U bit: residual underflow, fewer bytes moved than expected.</summary>
    public bool ResidualUnderflow { get; init; }

    /// <summary>iSCSI Response (§11.4.3).</summary>
    public IscsiScsiResponseCode Response { get; init; }

    /// <summary>SCSI status, valid when <see cref="Response"/> is CommandCompleted (§11.4.2).</summary>
    public ScsiStatus Status { get; init; }

    /// <summary>SNACK Tag (§11.4.4).</summary>
    public uint SnackTag { get; init; }

    /// <summary>StatSN.</summary>
    public uint StatSN { get; init; }

    /// <summary>ExpCmdSN.</summary>
    public uint ExpCmdSN { get; init; }

    /// <summary>MaxCmdSN.</summary>
    public uint MaxCmdSN { get; init; }

    /// <summary>ExpDataSN: how many Data-In PDUs the target sent for the command (§11.4.6).</summary>
    public uint ExpDataSN { get; init; }

    /// <summary>Bidirectional read residual count.</summary>
    public uint BidiReadResidualCount { get; init; }

    /// <summary>Residual count (§11.4.5).</summary>
    public uint ResidualCount { get; init; }

    /// <summary>The sense data in the data segment, after its 2-byte SenseLength (§11.4.7.2); empty when none.</summary>
    public ReadOnlyMemory<byte> Sense
    {
        get
        {
            if (Data.Length < 2)
            {
                return ReadOnlyMemory<byte>.Empty;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(Data.Span);
            return Data.Slice(2, Math.Min(length, Data.Length - 2));
        }
    }

    /// <summary>Builds the data segment for <paramref name="sense"/>: SenseLength then the sense bytes (§11.4.7).</summary>
    public static byte[] CreateSenseSegment(ReadOnlySpan<byte> sense)
    {
        var segment = new byte[2 + sense.Length];
        BinaryPrimitives.WriteUInt16BigEndian(segment, (ushort)sense.Length);
        sense.CopyTo(segment.AsSpan(2));
        return segment;
    }

    internal static IscsiScsiResponse FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        BidiReadResidualOverflow = (f.Flags & 0x10) != 0, BidiReadResidualUnderflow = (f.Flags & 0x08) != 0,
        ResidualOverflow = (f.Flags & 0x04) != 0, ResidualUnderflow = (f.Flags & 0x02) != 0,
        Response = (IscsiScsiResponseCode)f.Bhs[2], Status = (ScsiStatus)f.Bhs[3],
        SnackTag = f.U32(20), StatSN = f.U32(24), ExpCmdSN = f.U32(28), MaxCmdSN = f.U32(32),
        ExpDataSN = f.U32(36), BidiReadResidualCount = f.U32(40), ResidualCount = f.U32(44),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.Flags(true, (BidiReadResidualOverflow ? 0x10 : 0) | (BidiReadResidualUnderflow ? 0x08 : 0)
            | (ResidualOverflow ? 0x04 : 0) | (ResidualUnderflow ? 0x02 : 0));
        bhs[2] = (byte)Response;
        bhs[3] = (byte)Status;
        IscsiBhs.Put(bhs, 20, SnackTag);
        IscsiBhs.Put(bhs, 24, StatSN);
        IscsiBhs.Put(bhs, 28, ExpCmdSN);
        IscsiBhs.Put(bhs, 32, MaxCmdSN);
        IscsiBhs.Put(bhs, 36, ExpDataSN);
        IscsiBhs.Put(bhs, 40, BidiReadResidualCount);
        IscsiBhs.Put(bhs, 44, ResidualCount);
    }
}
