using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>Task Management Function Request: abort a task, reset a LUN or the target (RFC 7143 §11.5).</summary>
public sealed record IscsiTaskManagementRequest : IscsiPdu
{
    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.TaskManagementRequest;

    /// <summary>The function (§11.5.1).</summary>
    public IscsiTaskManagementFunction Function { get; init; }

    /// <summary>LUN the function applies to.</summary>
    public ScsiLun Lun { get; init; }

    /// <summary>Referenced Task Tag: the task to abort, else 0xffffffff (§11.5.2).</summary>
    public uint ReferencedTaskTag { get; init; } = ReservedTag;

    /// <summary>CmdSN.</summary>
    public uint CmdSN { get; init; }

    /// <summary>ExpStatSN.</summary>
    public uint ExpStatSN { get; init; }

    /// <summary>RefCmdSN: the CmdSN of the referenced task (§11.5.3).</summary>
    public uint RefCmdSN { get; init; }

    /// <summary>ExpDataSN, for task reassignment (§11.5.4).</summary>
    public uint ExpDataSN { get; init; }

    internal static IscsiTaskManagementRequest FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Function = (IscsiTaskManagementFunction)(f.Flags & 0x7f), Lun = f.Lun, ReferencedTaskTag = f.U32(20),
        CmdSN = f.U32(24), ExpStatSN = f.U32(28), RefCmdSN = f.U32(32), ExpDataSN = f.U32(36),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        bhs[1] = IscsiBhs.Flags(true, (int)Function & 0x7f);
        IscsiBhs.Put(bhs, IscsiBhs.LunOffset, Lun.Raw);
        IscsiBhs.Put(bhs, 20, ReferencedTaskTag);
        IscsiBhs.Put(bhs, 24, CmdSN);
        IscsiBhs.Put(bhs, 28, ExpStatSN);
        IscsiBhs.Put(bhs, 32, RefCmdSN);
        IscsiBhs.Put(bhs, 36, ExpDataSN);
    }
}
