using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>R2T: the target asks for a range of a WRITE's data (RFC 7143 §11.8).</summary>
public sealed record IscsiReadyToTransfer : IscsiPdu
{
    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.ReadyToTransfer;

    /// <summary>LUN.</summary>
    public ScsiLun Lun { get; init; }

    /// <summary>Target Transfer Tag the Data-Out PDUs must carry.</summary>
    public uint TargetTransferTag { get; init; }

    /// <summary>StatSN (not advanced by an R2T).</summary>
    public uint StatSN { get; init; }

    /// <summary>ExpCmdSN.</summary>
    public uint ExpCmdSN { get; init; }

    /// <summary>MaxCmdSN.</summary>
    public uint MaxCmdSN { get; init; }

    /// <summary>R2TSN: the R2T's number within the command (§11.8.2).</summary>
    public uint R2TSN { get; init; }

    /// <summary>Buffer Offset of the first byte asked for (§11.8.3).</summary>
    public uint BufferOffset { get; init; }

    /// <summary>Desired Data Transfer Length (§11.8.4).</summary>
    public uint DesiredDataTransferLength { get; init; }

    internal static IscsiReadyToTransfer FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Lun = f.Lun, TargetTransferTag = f.U32(20), StatSN = f.U32(24), ExpCmdSN = f.U32(28), MaxCmdSN = f.U32(32),
        R2TSN = f.U32(36), BufferOffset = f.U32(40), DesiredDataTransferLength = f.U32(44),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.FinalBit;
        IscsiBhs.Put(bhs, IscsiBhs.LunOffset, Lun.Raw);
        IscsiBhs.Put(bhs, 20, TargetTransferTag);
        IscsiBhs.Put(bhs, 24, StatSN);
        IscsiBhs.Put(bhs, 28, ExpCmdSN);
        IscsiBhs.Put(bhs, 32, MaxCmdSN);
        IscsiBhs.Put(bhs, 36, R2TSN);
        IscsiBhs.Put(bhs, 40, BufferOffset);
        IscsiBhs.Put(bhs, 44, DesiredDataTransferLength);
    }
}
