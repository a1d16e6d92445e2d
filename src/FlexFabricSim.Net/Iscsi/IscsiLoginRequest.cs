namespace FlexFabricSim.Net.Iscsi;

/// <summary>Login Request: one step of the login phase, carrying text keys (RFC 7143 §11.12).</summary>
public sealed record IscsiLoginRequest : IscsiPdu
{
    /// <summary>The only iSCSI version there is (§11.12.4).</summary>
    public const byte CurrentVersion = 0x00;

    /// <summary>Creates a request; login requests are always immediate (§11.12).</summary>
    public IscsiLoginRequest() => Immediate = true;

    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.LoginRequest;

    /// <summary>T bit: the initiator is ready to move to <see cref="NextStage"/> (§11.12.1).</summary>
    public bool Transit { get; init; }

    /// <summary>C bit: the text continues in the next PDU (§11.12.2).</summary>
    public bool Continue { get; init; }

    /// <summary>CSG: the current stage.</summary>
    public IscsiLoginStage CurrentStage { get; init; }

    /// <summary>NSG: the next stage, meaningful when <see cref="Transit"/> is set.</summary>
    public IscsiLoginStage NextStage { get; init; }

    /// <summary>Version-max (§11.12.4).</summary>
    public byte VersionMax { get; init; } = CurrentVersion;

    /// <summary>Version-min (§11.12.5).</summary>
    public byte VersionMin { get; init; } = CurrentVersion;

    /// <summary>ISID, the initiator's 48-bit session identifier part (§11.12.5, §10.1.1).</summary>
    public ulong Isid { get; init; }

    /// <summary>TSIH: 0 for a new session, else the target's handle (§11.12.6).</summary>
    public ushort Tsih { get; init; }

    /// <summary>CID: the connection ID (§11.12.7).</summary>
    public ushort Cid { get; init; }

    /// <summary>CmdSN.</summary>
    public uint CmdSN { get; init; }

    /// <summary>ExpStatSN.</summary>
    public uint ExpStatSN { get; init; }

    internal static IscsiLoginRequest FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Transit = f.Final, Continue = (f.Flags & IscsiBhs.ContinueBit) != 0,
        CurrentStage = IscsiLoginStages.Read(f.Bhs, (f.Flags >> 2) & 3), NextStage = IscsiLoginStages.Read(f.Bhs, f.Flags & 3),
        VersionMax = f.Bhs[2], VersionMin = f.Bhs[3], Isid = IscsiBhs.U64(f.Bhs, 8) >> 16, Tsih = f.U16(14),
        Cid = f.U16(20), CmdSN = f.U32(24), ExpStatSN = f.U32(28),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiLoginStages.Flags(Transit, Continue, CurrentStage, NextStage);
        bhs[2] = VersionMax;
        bhs[3] = VersionMin;
        IscsiLoginStages.WriteIsid(bhs, Isid);
        IscsiBhs.Put(bhs, 14, Tsih);
        IscsiBhs.Put(bhs, 20, Cid);
        IscsiBhs.Put(bhs, 24, CmdSN);
        IscsiBhs.Put(bhs, 28, ExpStatSN);
    }
}
