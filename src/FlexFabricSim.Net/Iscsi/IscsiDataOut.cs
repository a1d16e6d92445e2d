using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>SCSI Data-Out: WRITE data, unsolicited or answering an R2T (RFC 7143 §11.7).</summary>
public sealed record IscsiDataOut : IscsiPdu
{
    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.DataOut;

    /// <summary>F bit: the last Data-Out of the sequence.</summary>
    public bool Final { get; init; } = true;

    /// <summary>LUN.</summary>
    public ScsiLun Lun { get; init; }

    /// <summary>Target Transfer Tag: the R2T's tag, or 0xffffffff for unsolicited data (§11.7.4).</summary>
    public uint TargetTransferTag { get; init; } = ReservedTag;

    /// <summary>ExpStatSN.</summary>
    public uint ExpStatSN { get; init; }

    /// <summary>DataSN within the sequence.</summary>
    public uint DataSN { get; init; }

    /// <summary>Buffer Offset.</summary>
    public uint BufferOffset { get; init; }

    internal static IscsiDataOut FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Final = f.Final, Lun = f.Lun, TargetTransferTag = f.U32(20), ExpStatSN = f.U32(28), DataSN = f.U32(36), BufferOffset = f.U32(40),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.Flags(Final);
        IscsiBhs.Put(bhs, IscsiBhs.LunOffset, Lun.Raw);
        IscsiBhs.Put(bhs, 20, TargetTransferTag);
        IscsiBhs.Put(bhs, 28, ExpStatSN);
        IscsiBhs.Put(bhs, 36, DataSN);
        IscsiBhs.Put(bhs, 40, BufferOffset);
    }
}
