using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>NOP-Out: an initiator ping, or the answer to a target's NOP-In (RFC 7143 §11.18).</summary>
public sealed record IscsiNopOut : IscsiPdu
{
    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.NopOut;

    /// <summary>LUN, echoed from a NOP-In being answered (§11.18.2).</summary>
    public ScsiLun Lun { get; init; }

    /// <summary>Target Transfer Tag: the NOP-In's tag when answering it, else 0xffffffff (§11.18.3).</summary>
    public uint TargetTransferTag { get; init; } = ReservedTag;

    /// <summary>CmdSN (§11.18).</summary>
    public uint CmdSN { get; init; }

    /// <summary>ExpStatSN (§11.18).</summary>
    public uint ExpStatSN { get; init; }

    internal static IscsiNopOut FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Lun = f.Lun, TargetTransferTag = f.U32(20), CmdSN = f.U32(24), ExpStatSN = f.U32(28),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.FinalBit;
        IscsiBhs.Put(bhs, IscsiBhs.LunOffset, Lun.Raw);
        IscsiBhs.Put(bhs, 20, TargetTransferTag);
        IscsiBhs.Put(bhs, 24, CmdSN);
        IscsiBhs.Put(bhs, 28, ExpStatSN);
    }
}
