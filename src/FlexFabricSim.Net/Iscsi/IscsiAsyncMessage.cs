using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>Asynchronous Message: an event the target announces unprompted (RFC 7143 §11.9).</summary>
public sealed record IscsiAsyncMessage : IscsiPdu
{
    /// <summary>Creates a message; its Initiator Task Tag is always 0xffffffff.</summary>
    public IscsiAsyncMessage() => InitiatorTaskTag = ReservedTag;

    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.AsyncMessage;

    /// <summary>LUN, for SCSI events.</summary>
    public ScsiLun Lun { get; init; }

    /// <summary>StatSN.</summary>
    public uint StatSN { get; init; }

    /// <summary>ExpCmdSN.</summary>
    public uint ExpCmdSN { get; init; }

    /// <summary>MaxCmdSN.</summary>
    public uint MaxCmdSN { get; init; }

    /// <summary>AsyncEvent (§11.9.1).</summary>
    public IscsiAsyncEvent AsyncEvent { get; init; }

    /// <summary>AsyncVCode, vendor code.</summary>
    public byte AsyncVCode { get; init; }

    /// <summary>Parameter1 (e.g. the CID for ConnectionWillDrop, or Time2Wait for LogoutRequested).</summary>
    public ushort Parameter1 { get; init; }

    /// <summary>Parameter2.</summary>
    public ushort Parameter2 { get; init; }

    /// <summary>Parameter3.</summary>
    public ushort Parameter3 { get; init; }

    internal static IscsiAsyncMessage FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Lun = f.Lun, StatSN = f.U32(24), ExpCmdSN = f.U32(28), MaxCmdSN = f.U32(32), AsyncEvent = (IscsiAsyncEvent)f.Bhs[36],
        AsyncVCode = f.Bhs[37], Parameter1 = f.U16(38), Parameter2 = f.U16(40), Parameter3 = f.U16(42),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.FinalBit;
        IscsiBhs.Put(bhs, IscsiBhs.LunOffset, Lun.Raw);
        IscsiBhs.Put(bhs, 24, StatSN);
        IscsiBhs.Put(bhs, 28, ExpCmdSN);
        IscsiBhs.Put(bhs, 32, MaxCmdSN);
        bhs[36] = (byte)AsyncEvent;
        bhs[37] = AsyncVCode;
        IscsiBhs.Put(bhs, 38, Parameter1);
        IscsiBhs.Put(bhs, 40, Parameter2);
        IscsiBhs.Put(bhs, 42, Parameter3);
    }
}
