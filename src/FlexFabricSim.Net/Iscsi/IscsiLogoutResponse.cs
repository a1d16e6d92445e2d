namespace FlexFabricSim.Net.Iscsi;

/// <summary>Logout Response (RFC 7143 §11.15).</summary>
public sealed record IscsiLogoutResponse : IscsiPdu
{
    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.LogoutResponse;

    /// <summary>Response (§11.15.1).</summary>
    public IscsiLogoutResponseCode Response { get; init; }

    /// <summary>StatSN.</summary>
    public uint StatSN { get; init; }

    /// <summary>ExpCmdSN.</summary>
    public uint ExpCmdSN { get; init; }

    /// <summary>MaxCmdSN.</summary>
    public uint MaxCmdSN { get; init; }

    /// <summary>Time2Wait in seconds (§11.15.2).</summary>
    public ushort Time2Wait { get; init; }

    /// <summary>Time2Retain in seconds (§11.15.3).</summary>
    public ushort Time2Retain { get; init; }

    internal static IscsiLogoutResponse FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Response = (IscsiLogoutResponseCode)f.Bhs[2], StatSN = f.U32(24), ExpCmdSN = f.U32(28), MaxCmdSN = f.U32(32),
        Time2Wait = f.U16(40), Time2Retain = f.U16(42),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.FinalBit;
        bhs[2] = (byte)Response;
        IscsiBhs.Put(bhs, 24, StatSN);
        IscsiBhs.Put(bhs, 28, ExpCmdSN);
        IscsiBhs.Put(bhs, 32, MaxCmdSN);
        IscsiBhs.Put(bhs, 40, Time2Wait);
        IscsiBhs.Put(bhs, 42, Time2Retain);
    }
}
