using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>NOP-In: a target ping, or the answer to an initiator's NOP-Out (RFC 7143 §11.19).</summary>
public sealed record IscsiNopIn : IscsiPdu
{
    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.NopIn;

    /// <summary>LUN (§11.19.2).</summary>
    public ScsiLun Lun { get; init; }

    /// <summary>Target Transfer Tag: not 0xffffffff when the target wants an answer (§11.19.1).</summary>
    public uint TargetTransferTag { get; init; } = ReservedTag;

    /// <summary>StatSN (§11.19.3).</summary>
    public uint StatSN { get; init; }

    /// <summary>ExpCmdSN.</summary>
    public uint ExpCmdSN { get; init; }

    /// <summary>MaxCmdSN.</summary>
    public uint MaxCmdSN { get; init; }

    internal static IscsiNopIn FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Lun = f.Lun, TargetTransferTag = f.U32(20), StatSN = f.U32(24), ExpCmdSN = f.U32(28), MaxCmdSN = f.U32(32),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.FinalBit;
        IscsiBhs.Put(bhs, IscsiBhs.LunOffset, Lun.Raw);
        IscsiBhs.Put(bhs, 20, TargetTransferTag);
        IscsiBhs.Put(bhs, 24, StatSN);
        IscsiBhs.Put(bhs, 28, ExpCmdSN);
        IscsiBhs.Put(bhs, 32, MaxCmdSN);
    }
}
