using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>Text Response: the target's keys, e.g. the SendTargets list (RFC 7143 §11.11).</summary>
public sealed record IscsiTextResponse : IscsiPdu
{
    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.TextResponse;

    /// <summary>F bit: the last response of the exchange (§11.11.1).</summary>
    public bool Final { get; init; } = true;

    /// <summary>C bit: the text continues in the next PDU.</summary>
    public bool Continue { get; init; }

    /// <summary>LUN.</summary>
    public ScsiLun Lun { get; init; }

    /// <summary>Target Transfer Tag: not 0xffffffff when more responses follow (§11.11.4).</summary>
    public uint TargetTransferTag { get; init; } = ReservedTag;

    /// <summary>StatSN.</summary>
    public uint StatSN { get; init; }

    /// <summary>ExpCmdSN.</summary>
    public uint ExpCmdSN { get; init; }

    /// <summary>MaxCmdSN.</summary>
    public uint MaxCmdSN { get; init; }

    internal static IscsiTextResponse FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Final = f.Final, Continue = (f.Flags & IscsiBhs.ContinueBit) != 0, Lun = f.Lun,
        TargetTransferTag = f.U32(20), StatSN = f.U32(24), ExpCmdSN = f.U32(28), MaxCmdSN = f.U32(32),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.Flags(Final, Continue ? IscsiBhs.ContinueBit : 0);
        IscsiBhs.Put(bhs, IscsiBhs.LunOffset, Lun.Raw);
        IscsiBhs.Put(bhs, 20, TargetTransferTag);
        IscsiBhs.Put(bhs, 24, StatSN);
        IscsiBhs.Put(bhs, 28, ExpCmdSN);
        IscsiBhs.Put(bhs, 32, MaxCmdSN);
    }
}
