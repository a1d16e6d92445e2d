using System.Buffers.Binary;
using System.Text;

namespace FlexFabricSim.Net.Scsi;

/// <summary>The vital product data pages the simulated target serves (SPC-4 §7.8): 00h, 80h and 83h.</summary>
public static class ScsiVpdPage
{
    /// <summary>Supported VPD pages.</summary>
    public const byte SupportedPages = 0x00;

    /// <summary>Unit serial number.</summary>
    public const byte UnitSerialNumber = 0x80;

    /// <summary>Device identification.</summary>
    public const byte DeviceIdentification = 0x83;

    /// <summary>Page 00h listing 00h, 80h and 83h (SPC-4 §7.8.16).</summary>
    public static byte[] EncodeSupportedPages(byte deviceType) =>
        Page(deviceType, SupportedPages, [SupportedPages, UnitSerialNumber, DeviceIdentification]);

    /// <summary>Page 80h with the serial number in ASCII (SPC-4 §7.8.18).</summary>
    public static byte[] EncodeUnitSerialNumber(byte deviceType, string serial) =>
        Page(deviceType, UnitSerialNumber, Encoding.ASCII.GetBytes(serial));

    /// <summary>Page 83h with an NAA IEEE Registered designator and a T10 vendor ID designator (SPC-4 §7.8.6).</summary>
    public static byte[] EncodeDeviceIdentification(byte deviceType, ulong naa, string vendor, string serial)
    {
        var t10 = Encoding.ASCII.GetBytes(vendor.PadRight(8)[..8] + serial);
        var body = new byte[4 + 8 + 4 + t10.Length];
        // NAA designator: code set binary (1), association LU (0), type NAA (3).
        body[0] = 0x01;
        body[1] = 0x03;
        body[3] = 8;
        BinaryPrimitives.WriteUInt64BigEndian(body.AsSpan(4), naa);
        // T10 vendor ID designator: code set ASCII (2), type T10 vendor ID (1).
        var at = 12;
        body[at] = 0x02;
        body[at + 1] = 0x01;
        body[at + 3] = (byte)t10.Length;
        t10.CopyTo(body.AsSpan(at + 4));
        return Page(deviceType, DeviceIdentification, body);
    }

    /// <summary>The serial number in a page 80h; empty when the page is malformed.</summary>
    public static string ParseUnitSerialNumber(ReadOnlySpan<byte> page)
    {
        if (page.Length < 4 || page[1] != UnitSerialNumber)
        {
            return string.Empty;
        }
        var length = Math.Min(BinaryPrimitives.ReadUInt16BigEndian(page[2..]), page.Length - 4);
        return Encoding.ASCII.GetString(page.Slice(4, length)).Trim(' ', '\0');
    }

    private static byte[] Page(byte deviceType, byte code, ReadOnlySpan<byte> body)
    {
        var bytes = new byte[4 + body.Length];
        bytes[0] = deviceType;
        bytes[1] = code;
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(2), (ushort)body.Length);
        body.CopyTo(bytes.AsSpan(4));
        return bytes;
    }
}
