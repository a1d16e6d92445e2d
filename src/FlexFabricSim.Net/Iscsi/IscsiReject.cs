namespace FlexFabricSim.Net.Iscsi;

/// <summary>Reject: the target refuses a PDU; the data segment holds the rejected header (RFC 7143 §11.17).</summary>
public sealed record IscsiReject : IscsiPdu
{
    /// <summary>Creates a reject; its Initiator Task Tag is always 0xffffffff.</summary>
    public IscsiReject() => InitiatorTaskTag = ReservedTag;

    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.Reject;

    /// <summary>Reason (§11.17.1).</summary>
    public IscsiRejectReason Reason { get; init; }

    /// <summary>StatSN.</summary>
    public uint StatSN { get; init; }

    /// <summary>ExpCmdSN.</summary>
    public uint ExpCmdSN { get; init; }

    /// <summary>MaxCmdSN.</summary>
    public uint MaxCmdSN { get; init; }

    /// <summary>DataSN/R2TSN, for data-related rejects (§11.17.2).</summary>
    public uint DataSNOrR2TSN { get; init; }

    internal static IscsiReject FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Reason = (IscsiRejectReason)f.Bhs[2], StatSN = f.U32(24), ExpCmdSN = f.U32(28), MaxCmdSN = f.U32(32), DataSNOrR2TSN = f.U32(36),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.FinalBit;
        bhs[2] = (byte)Reason;
        IscsiBhs.Put(bhs, 24, StatSN);
        IscsiBhs.Put(bhs, 28, ExpCmdSN);
        IscsiBhs.Put(bhs, 32, MaxCmdSN);
        IscsiBhs.Put(bhs, 36, DataSNOrR2TSN);
    }
}
