namespace FlexFabricSim.Net.Iscsi;

/// <summary>Logout Request: close the session or one connection (RFC 7143 §11.14).</summary>
public sealed record IscsiLogoutRequest : IscsiPdu
{
    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.LogoutRequest;

    /// <summary>Reason code (§11.14.1).</summary>
    public IscsiLogoutReason Reason { get; init; }

    /// <summary>CID of the connection to close (§11.14.3).</summary>
    public ushort Cid { get; init; }

    /// <summary>CmdSN.</summary>
    public uint CmdSN { get; init; }

    /// <summary>ExpStatSN.</summary>
    public uint ExpStatSN { get; init; }

    internal static IscsiLogoutRequest FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Reason = (IscsiLogoutReason)(f.Flags & 0x7f), Cid = f.U16(20), CmdSN = f.U32(24), ExpStatSN = f.U32(28),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.Flags(true, (int)Reason & 0x7f);
        IscsiBhs.Put(bhs, 20, Cid);
        IscsiBhs.Put(bhs, 24, CmdSN);
        IscsiBhs.Put(bhs, 28, ExpStatSN);
    }
}
