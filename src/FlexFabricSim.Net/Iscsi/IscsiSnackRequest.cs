using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>SNACK Request: asks for lost Data-In/R2T/status PDUs again (RFC 7143 §11.16); ErrorRecoveryLevel &gt; 0 only.</summary>
public sealed record IscsiSnackRequest : IscsiPdu
{
    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.SnackRequest;

    /// <summary>Type: 0 Data/R2T, 1 Status, 2 DataACK, 3 R-Data (§11.16.1).</summary>
    public byte Type { get; init; }

    /// <summary>LUN.</summary>
    public ScsiLun Lun { get; init; }

    /// <summary>Target Transfer Tag or SNACK Tag.</summary>
    public uint TargetTransferTag { get; init; } = ReservedTag;

    /// <summary>ExpStatSN.</summary>
    public uint ExpStatSN { get; init; }

    /// <summary>BegRun: the first number asked for.</summary>
    public uint BegRun { get; init; }

    /// <summary>RunLength: how many, 0 for all after BegRun.</summary>
    public uint RunLength { get; init; }

    internal static IscsiSnackRequest FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Type = (byte)(f.Flags & 0x0f), Lun = f.Lun, TargetTransferTag = f.U32(20), ExpStatSN = f.U32(28),
        BegRun = f.U32(40), RunLength = f.U32(44),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.Flags(true, Type & 0x0f);
        IscsiBhs.Put(bhs, IscsiBhs.LunOffset, Lun.Raw);
        IscsiBhs.Put(bhs, 20, TargetTransferTag);
        IscsiBhs.Put(bhs, 28, ExpStatSN);
        IscsiBhs.Put(bhs, 40, BegRun);
        IscsiBhs.Put(bhs, 44, RunLength);
    }
}
