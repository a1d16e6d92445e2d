using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>SCSI Data-In: READ data, optionally with the command's status (phase collapse) (RFC 7143 §11.7).</summary>
public sealed record IscsiDataIn : IscsiPdu
{
    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.DataIn;

    /// <summary>F bit: the last Data-In of the sequence (§11.7.1).</summary>
    public bool Final { get; init; }

    /// <summary>A bit: the target asks for a DataACK SNACK (§11.7.2).</summary>
    public bool Acknowledge { get; init; }

    /// <summary>O bit, valid with <see cref="HasStatus"/>.</summary>
    public bool ResidualOverflow { get; init; }

    /// <summary>U bit, valid with <see cref="HasStatus"/>.</summary>
    public bool ResidualUnderflow { get; init; }

    /// <summary>S bit: the PDU carries the command's status, no SCSI Response follows (§11.7.3).</summary>
    public bool HasStatus { get; init; }

    /// <summary>SCSI status, valid with <see cref="HasStatus"/>.</summary>
    public ScsiStatus Status { get; init; }

    /// <summary>LUN, meaningful with the A bit.</summary>
    public ScsiLun Lun { get; init; }

    /// <summary>Target Transfer Tag, meaningful with the A bit.</summary>
    public uint TargetTransferTag { get; init; } = ReservedTag;

    /// <summary>StatSN, valid with <see cref="HasStatus"/>.</summary>
    public uint StatSN { get; init; }

    /// <summary>ExpCmdSN.</summary>
    public uint ExpCmdSN { get; init; }

    /// <summary>MaxCmdSN.</summary>
    public uint MaxCmdSN { get; init; }

    /// <summary>DataSN: the PDU's number within the command (§11.7.5).</summary>
    public uint DataSN { get; init; }

    /// <summary>Buffer Offset of this PDU's data in the command's buffer (§11.7.6).</summary>
    public uint BufferOffset { get; init; }

    /// <summary>Residual Count, valid with <see cref="HasStatus"/>.</summary>
    public uint ResidualCount { get; init; }

    internal static IscsiDataIn FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Final = f.Final, Acknowledge = (f.Flags & 0x40) != 0, ResidualOverflow = (f.Flags & 0x04) != 0,
        ResidualUnderflow = (f.Flags & 0x02) != 0, HasStatus = (f.Flags & 0x01) != 0, Status = (ScsiStatus)f.Bhs[3],
        Lun = f.Lun, TargetTransferTag = f.U32(20), StatSN = f.U32(24), ExpCmdSN = f.U32(28), MaxCmdSN = f.U32(32),
        DataSN = f.U32(36), BufferOffset = f.U32(40), ResidualCount = f.U32(44),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.Flags(Final, (Acknowledge ? 0x40 : 0) | (ResidualOverflow ? 0x04 : 0)
            | (ResidualUnderflow ? 0x02 : 0) | (HasStatus ? 0x01 : 0));
        bhs[3] = (byte)Status;
        IscsiBhs.Put(bhs, IscsiBhs.LunOffset, Lun.Raw);
        IscsiBhs.Put(bhs, 20, TargetTransferTag);
        IscsiBhs.Put(bhs, 24, StatSN);
        IscsiBhs.Put(bhs, 28, ExpCmdSN);
        IscsiBhs.Put(bhs, 32, MaxCmdSN);
        IscsiBhs.Put(bhs, 36, DataSN);
        IscsiBhs.Put(bhs, 40, BufferOffset);
        IscsiBhs.Put(bhs, 44, ResidualCount);
    }
}
