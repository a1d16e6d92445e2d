using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>SCSI Command: a CDB for a LUN, with immediate WRITE data in the data segment (RFC 7143 §11.3).</summary>
public sealed record IscsiScsiCommand : IscsiPdu
{
    /// <summary>Length of the CDB field in the BHS; longer CDBs continue in an extended-CDB AHS (§11.3.5).</summary>
    public const int CdbFieldLength = 16;

    /// <inheritdoc />
    public override IscsiOpcode Opcode => IscsiOpcode.ScsiCommand;

    /// <summary>F bit: no unsolicited Data-Out follows (§11.3.1).</summary>
    public bool Final { get; init; } = true;

    /// <summary>R bit: the command reads data from the target.</summary>
    public bool Read { get; init; }

    /// <summary>W bit: the command writes data to the target.</summary>
    public bool Write { get; init; }

    /// <summary>Task attribute (ATTR).</summary>
    public IscsiTaskAttribute Attribute { get; init; } = IscsiTaskAttribute.Simple;

    /// <summary>LUN the command is for.</summary>
    public ScsiLun Lun { get; init; }

    /// <summary>Expected Data Transfer Length in bytes (§11.3.4).</summary>
    public uint ExpectedDataTransferLength { get; init; }

    /// <summary>CmdSN.</summary>
    public uint CmdSN { get; init; }

    /// <summary>ExpStatSN.</summary>
    public uint ExpStatSN { get; init; }

    /// <summary>The CDB, zero-padded to 16 bytes on the wire (§11.3.5).</summary>
    public ReadOnlyMemory<byte> Cdb { get; init; }

    internal static IscsiScsiCommand FromFrame(in IscsiPduFrame f) => new()
    {
        Immediate = f.Immediate, InitiatorTaskTag = f.InitiatorTaskTag, AdditionalHeaderSegments = f.Ahs, Data = f.Data,
        Final = f.Final, Read = (f.Flags & 0x40) != 0, Write = (f.Flags & 0x20) != 0, Attribute = (IscsiTaskAttribute)(f.Flags & 0x07),
        Lun = f.Lun, ExpectedDataTransferLength = f.U32(20), CmdSN = f.U32(24), ExpStatSN = f.U32(28),
        Cdb = f.Bhs.Slice(32, CdbFieldLength).ToArray(),
    };

    private protected override void WriteFields(Span<byte> bhs)
    {
        if (Cdb.Length > CdbFieldLength)
        {
            throw new ArgumentException("CDBs longer than 16 bytes go in an extended-CDB AHS", nameof(Cdb));
        }
        bhs[1] = IscsiBhs.Flags(Final, (Read ? 0x40 : 0) | (Write ? 0x20 : 0) | ((int)Attribute & 0x07));
        IscsiBhs.Put(bhs, IscsiBhs.LunOffset, Lun.Raw);
        IscsiBhs.Put(bhs, 20, ExpectedDataTransferLength);
        IscsiBhs.Put(bhs, 24, CmdSN);
        IscsiBhs.Put(bhs, 28, ExpStatSN);
        Cdb.Span.CopyTo(bhs[32..]);
    }
}
