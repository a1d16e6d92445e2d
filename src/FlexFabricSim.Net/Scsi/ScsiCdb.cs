using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Scsi;

/// <summary>A command descriptor block; one sealed record per command the simulator knows (SPC-4 §4.2).</summary>
public abstract record ScsiCdb
{
    /// <summary>The operation code.</summary>
    public abstract ScsiOpcode Opcode { get; }

    /// <summary>The CDB's length in bytes (6, 10, 12 or 16).</summary>
    public abstract int Length { get; }

    /// <summary>Whether the command moves data from the target to the initiator.</summary>
    public virtual bool ReadsData => false;

    /// <summary>Whether the command moves data from the initiator to the target.</summary>
    public virtual bool WritesData => false;

    /// <summary>The CDB bytes.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        bytes[0] = (byte)Opcode;
        Write(bytes);
        return bytes;
    }

    /// <summary>Decodes a CDB the simulator knows; false for any other operation code or service action.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> cdb, [NotNullWhen(true)] out ScsiCdb? decoded)
    {
        decoded = null;
        if (cdb.IsEmpty)
        {
            return false;
        }
        decoded = (ScsiOpcode)cdb[0] switch
        {
            ScsiOpcode.TestUnitReady when cdb.Length >= 6 => new ScsiTestUnitReady(),
            ScsiOpcode.Inquiry when cdb.Length >= 6 => ScsiInquiry.Decode(cdb),
            ScsiOpcode.ModeSense6 when cdb.Length >= 6 => ScsiModeSense6.Decode(cdb),
            ScsiOpcode.ReadCapacity10 when cdb.Length >= 10 => new ScsiReadCapacity10(),
            ScsiOpcode.Read10 when cdb.Length >= 10 => ScsiRead10.Decode(cdb),
            ScsiOpcode.Write10 when cdb.Length >= 10 => ScsiWrite10.Decode(cdb),
            ScsiOpcode.SynchronizeCache10 when cdb.Length >= 10 => ScsiSynchronizeCache10.Decode(cdb),
            ScsiOpcode.Read16 when cdb.Length >= 16 => ScsiRead16.Decode(cdb),
            ScsiOpcode.Write16 when cdb.Length >= 16 => ScsiWrite16.Decode(cdb),
            ScsiOpcode.ServiceActionIn16 when cdb.Length >= 16 && (cdb[1] & 0x1f) == ScsiReadCapacity16.ServiceAction
                => ScsiReadCapacity16.Decode(cdb),
            ScsiOpcode.ReportLuns when cdb.Length >= 12 => ScsiReportLuns.Decode(cdb),
            _ => null,
        };
        return decoded is not null;
    }

    /// <summary>Writes every field after the operation code into a zeroed CDB.</summary>
    private protected abstract void Write(Span<byte> cdb);
}
