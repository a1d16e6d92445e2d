using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>Text Request: key=value exchanges in full feature phase, e.g. SendTargets=All (RFC 7143 §11.10).</summary>
public sealed record IscsiTextRequest : IscsiPdu
{
    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.TextRequest;

    /// <summary>F bit: the last request of the exchange (§11.10.1).</summary>
    public bool Final { get; init; } = true;

    /// <summary>C bit: the text continues in the next PDU (§11.10.2).</summary>
    public bool Continue { get; init; }

    /// <summary>LUN (unused by standard keys).</summary>
    public ScsiLun Lun { get; init; }

    /// <summary>Target Transfer Tag: 0xffffffff to start, else the tag of the response being continued (§11.10.4).</summary>
    public uint TargetTransferTag { get; init; } = ReservedTag;

    /// <summary>CmdSN.</summary>
    public uint CmdSN { get; init; }

    /// <summary>ExpStatSN.</summary>
    public uint ExpStatSN { get; init; }

    internal static IscsiTextRequest FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Final = f.Final, Continue = (f.Flags & IscsiBhs.ContinueBit) != 0, Lun = f.Lun,
        TargetTransferTag = f.U32(20), CmdSN = f.U32(24), ExpStatSN = f.U32(28),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.Flags(Final, Continue ? IscsiBhs.ContinueBit : 0);
        IscsiBhs.Put(bhs, IscsiBhs.LunOffset, Lun.Raw);
        IscsiBhs.Put(bhs, 20, TargetTransferTag);
        IscsiBhs.Put(bhs, 24, CmdSN);
        IscsiBhs.Put(bhs, 28, ExpStatSN);
    }
}
