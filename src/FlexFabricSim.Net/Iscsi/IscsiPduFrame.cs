namespace FlexFabricSim.Net.Iscsi;

/// <summary>A framed PDU handed to an opcode's decoder: its BHS bytes, the common fields, the AHS and the data segment.</summary>
internal readonly ref struct IscsiPduFrame
{
    public IscsiPduFrame(ReadOnlySpan<byte> bhs, ReadOnlyMemory<byte> ahs, ReadOnlyMemory<byte> data)
    {
        Bhs = bhs;
        Ahs = ahs;
        Data = data;
    }

    /// <summary>The 48 header bytes.</summary>
    public ReadOnlySpan<byte> Bhs { get; }

    /// <summary>The AHS bytes.</summary>
    public ReadOnlyMemory<byte> Ahs { get; }

    /// <summary>The data segment without padding.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>The I bit.</summary>
    public bool Immediate => (Bhs[0] & IscsiBhs.ImmediateBit) != 0;

    /// <summary>Byte 1.</summary>
    public byte Flags => Bhs[1];

    /// <summary>The F bit of byte 1.</summary>
    public bool Final => (Bhs[1] & IscsiBhs.FinalBit) != 0;

    /// <summary>The Initiator Task Tag.</summary>
    public uint InitiatorTaskTag => IscsiBhs.U32(Bhs, IscsiBhs.InitiatorTaskTagOffset);

    /// <summary>A 32-bit field.</summary>
    public uint U32(int offset) => IscsiBhs.U32(Bhs, offset);

    /// <summary>A 16-bit field.</summary>
    public ushort U16(int offset) => IscsiBhs.U16(Bhs, offset);

    /// <summary>The 8-byte LUN field (bytes 8-15).</summary>
    public Scsi.ScsiLun Lun => new(IscsiBhs.U64(Bhs, IscsiBhs.LunOffset));
}
