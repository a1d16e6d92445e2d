using System.Buffers.Binary;

namespace FlexFabricSim.Net.Scsi;

/// <summary>MODE SENSE(6) data for a disk: header, one block descriptor, caching (08h) and control (0Ah) pages (SPC-4 §7.5, SBC-3 §6.4).</summary>
public static class ScsiModePages
{
    /// <summary>Caching mode page.</summary>
    public const byte Caching = 0x08;

    /// <summary>Control mode page.</summary>
    public const byte Control = 0x0a;

    /// <summary>Encodes the answer to <paramref name="cdb"/>, or null when it asks for a page this target lacks.</summary>
    public static byte[]? Encode(ScsiModeSense6 cdb, ScsiCapacity capacity, bool writeProtected, bool writeCacheEnabled)
    {
        var pages = new List<byte[]>();
        if (cdb.PageCode is Caching or ScsiModeSense6.AllPages)
        {
            var page = new byte[20];
            page[0] = Caching;
            page[1] = 18;
            page[2] = (byte)(writeCacheEnabled && cdb.PageControl != 1 ? 0x04 : 0); // WCE; changeable values (PC=1) are none
            pages.Add(page);
        }
        if (cdb.PageCode is Control or ScsiModeSense6.AllPages)
        {
            var page = new byte[12];
            page[0] = Control;
            page[1] = 10;
            pages.Add(page);
        }
        if (pages.Count == 0 || cdb.SubpageCode is not (0 or 0xff))
        {
            return null;
        }

        var descriptor = cdb.DisableBlockDescriptors ? 0 : 8;
        var bytes = new byte[4 + descriptor + pages.Sum(p => p.Length)];
        bytes[0] = (byte)(bytes.Length - 1); // MODE DATA LENGTH excludes itself
        bytes[2] = (byte)(writeProtected ? 0x80 : 0); // DEVICE-SPECIFIC PARAMETER: WP
        bytes[3] = (byte)descriptor;
        if (descriptor > 0)
        {
            var blocks = capacity.BlockCount > 0xFF_FFFF ? 0xFF_FFFFu : (uint)capacity.BlockCount;
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(4), blocks); // density code 0 + 24-bit block count
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), capacity.BlockLength & 0xFF_FFFF);
        }
        var at = 4 + descriptor;
        foreach (var page in pages)
        {
            page.CopyTo(bytes.AsSpan(at));
            at += page.Length;
        }
        return bytes;
    }
}
