using System.Buffers.Binary;

namespace FlexFabricSim.Net.Scsi;

/// <summary>REPORT LUNS parameter data: a length header then 8-byte LUNs (SPC-4 §6.33.2).</summary>
public static class ScsiReportLunsData
{
    /// <summary>Encodes the list.</summary>
    public static byte[] Encode(IReadOnlyCollection<ScsiLun> luns)
    {
        var bytes = new byte[8 + 8 * luns.Count];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)(8 * luns.Count));
        var at = 8;
        foreach (var lun in luns)
        {
            lun.WriteTo(bytes.AsSpan(at));
            at += 8;
        }
        return bytes;
    }

    /// <summary>The LUN list length the header announces (to re-ask with a larger allocation length).</summary>
    public static uint AnnouncedLength(ReadOnlySpan<byte> data) => data.Length < 4 ? 0 : BinaryPrimitives.ReadUInt32BigEndian(data);

    /// <summary>Parses the LUNs present in <paramref name="data"/> (fewer than announced when the allocation length cut it).</summary>
    public static IReadOnlyList<ScsiLun> Parse(ReadOnlySpan<byte> data)
    {
        var luns = new List<ScsiLun>();
        if (data.Length < 8)
        {
            return luns;
        }
        var end = (int)Math.Min(8 + (long)AnnouncedLength(data), data.Length);
        for (var at = 8; at + 8 <= end; at += 8)
        {
            luns.Add(ScsiLun.Read(data[at..]));
        }
        return luns;
    }
}
