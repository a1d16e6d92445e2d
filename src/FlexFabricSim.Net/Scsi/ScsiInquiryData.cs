using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace FlexFabricSim.Net.Scsi;

/// <summary>Standard INQUIRY data: device type, identification strings and capability bits (SPC-4 §6.6.2).</summary>
public sealed record ScsiInquiryData(byte PeripheralDeviceType, string Vendor, string Product, string Revision)
{
    /// <summary>Length written: the 36 bytes every initiator reads first.</summary>
    public const int Length = 36;

    /// <summary>Peripheral device type of a disk (direct-access block device).</summary>
    public const byte DirectAccessBlockDevice = 0x00;

    /// <summary>Peripheral qualifier 011b with type 1Fh: no logical unit at this LUN (SPC-4 §6.6.2).</summary>
    public const byte NoLogicalUnit = 0x7f;

    /// <summary>Encodes 36 bytes: SPC-4 version, response format 2, CmdQue set, space-padded ASCII strings.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        bytes[0] = PeripheralDeviceType;
        bytes[2] = 0x06; // VERSION: SPC-4
        bytes[3] = 0x02; // RESPONSE DATA FORMAT 2
        bytes[4] = Length - 5; // ADDITIONAL LENGTH
        bytes[7] = 0x02; // CMDQUE: command queuing supported
        WriteAscii(bytes.AsSpan(8, 8), Vendor);
        WriteAscii(bytes.AsSpan(16, 16), Product);
        WriteAscii(bytes.AsSpan(32, 4), Revision);
        return bytes;
    }

    /// <summary>Parses standard INQUIRY data of at least 36 bytes.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, [NotNullWhen(true)] out ScsiInquiryData? parsed)
    {
        parsed = null;
        if (data.Length < Length)
        {
            return false;
        }
        parsed = new ScsiInquiryData(data[0], ReadAscii(data.Slice(8, 8)), ReadAscii(data.Slice(16, 16)), ReadAscii(data.Slice(32, 4)));
        return true;
    }

    private static void WriteAscii(Span<byte> field, string text)
    {
        field.Fill((byte)' ');
        var n = Math.Min(field.Length, text.Length);
        for (var i = 0; i < n; i++)
        {
            field[i] = text[i] is >= ' ' and <= '~' ? (byte)text[i] : (byte)'?';
        }
    }

    private static string ReadAscii(ReadOnlySpan<byte> field) => Encoding.ASCII.GetString(field).TrimEnd(' ', '\0');
}
