namespace FlexFabricSim.Net.Iscsi;

/// <summary>Task Management Function Response (RFC 7143 §11.6).</summary>
public sealed record IscsiTaskManagementResponse : IscsiPdu
{
    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.TaskManagementResponse;

    /// <summary>The outcome (§11.6.1).</summary>
    public IscsiTaskManagementResponseCode Response { get; init; }

    /// <summary>StatSN.</summary>
    public uint StatSN { get; init; }

    /// <summary>ExpCmdSN.</summary>
    public uint ExpCmdSN { get; init; }

    /// <summary>MaxCmdSN.</summary>
    public uint MaxCmdSN { get; init; }

    internal static IscsiTaskManagementResponse FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Response = (IscsiTaskManagementResponseCode)f.Bhs[2], StatSN = f.U32(24), ExpCmdSN = f.U32(28), MaxCmdSN = f.U32(32),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.FinalBit;
        bhs[2] = (byte)Response;
        IscsiBhs.Put(bhs, 24, StatSN);
        IscsiBhs.Put(bhs, 28, ExpCmdSN);
        IscsiBhs.Put(bhs, 32, MaxCmdSN);
    }
}
