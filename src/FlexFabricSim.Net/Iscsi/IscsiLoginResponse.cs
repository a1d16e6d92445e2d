namespace FlexFabricSim.Net.Iscsi;

/// <summary>Login Response: the target's answer to one login step, with status class/detail (RFC 7143 §11.13).</summary>
public sealed record IscsiLoginResponse : IscsiPdu
{
    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.LoginResponse;

    /// <summary>T bit: the target agrees to move to <see cref="NextStage"/> (§11.13.1).</summary>
    public bool Transit { get; init; }

    /// <summary>C bit: the text continues in the next PDU.</summary>
    public bool Continue { get; init; }

    /// <summary>CSG.</summary>
    public IscsiLoginStage CurrentStage { get; init; }

    /// <summary>NSG.</summary>
    public IscsiLoginStage NextStage { get; init; }

    /// <summary>Version-max.</summary>
    public byte VersionMax { get; init; }

    /// <summary>Version-active (§11.13.2).</summary>
    public byte VersionActive { get; init; }

    /// <summary>ISID, echoed.</summary>
    public ulong Isid { get; init; }

    /// <summary>TSIH: the session handle, set in the last response (§11.13.3).</summary>
    public ushort Tsih { get; init; }

    /// <summary>StatSN.</summary>
    public uint StatSN { get; init; }

    /// <summary>ExpCmdSN.</summary>
    public uint ExpCmdSN { get; init; }

    /// <summary>MaxCmdSN.</summary>
    public uint MaxCmdSN { get; init; }

    /// <summary>Status-Class and Status-Detail (§11.13.5).</summary>
    public IscsiLoginStatus Status { get; init; }

    internal static IscsiLoginResponse FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Transit = f.Final, Continue = (f.Flags & IscsiBhs.ContinueBit) != 0,
        CurrentStage = IscsiLoginStages.Read(f.Bhs, (f.Flags >> 2) & 3), NextStage = IscsiLoginStages.Read(f.Bhs, f.Flags & 3),
        VersionMax = f.Bhs[2], VersionActive = f.Bhs[3], Isid = IscsiBhs.U64(f.Bhs, 8) >> 16, Tsih = f.U16(14),
        StatSN = f.U32(24), ExpCmdSN = f.U32(28), MaxCmdSN = f.U32(32), Status = new IscsiLoginStatus(f.Bhs[36], f.Bhs[37]),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiLoginStages.Flags(Transit, Continue, CurrentStage, NextStage);
        bhs[2] = VersionMax;
        bhs[3] = VersionActive;
        IscsiLoginStages.WriteIsid(bhs, Isid);
        IscsiBhs.Put(bhs, 14, Tsih);
        IscsiBhs.Put(bhs, 24, StatSN);
        IscsiBhs.Put(bhs, 28, ExpCmdSN);
        IscsiBhs.Put(bhs, 32, MaxCmdSN);
        bhs[36] = Status.Class;
        bhs[37] = Status.Detail;
    }
}
