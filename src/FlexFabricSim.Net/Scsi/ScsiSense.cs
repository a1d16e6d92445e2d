using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FlexFabricSim.Net.Scsi;

/// <summary>Sense data: key, additional sense code and qualifier (SPC-4 §4.5), with the conditions the simulator reports.</summary>
public sealed record ScsiSense(ScsiSenseKey Key, byte Asc, byte Ascq)
{
    /// <summary>Length of fixed-format sense data as written here (SPC-4 §4.5.3).</summary>
    public const int FixedLength = 18;

    /// <summary>ILLEGAL REQUEST / INVALID COMMAND OPERATION CODE (20h/00h).</summary>
    public static ScsiSense InvalidCommandOperationCode { get; } = new(ScsiSenseKey.IllegalRequest, 0x20, 0x00);

    /// <summary>ILLEGAL REQUEST / LOGICAL BLOCK ADDRESS OUT OF RANGE (21h/00h).</summary>
    public static ScsiSense LbaOutOfRange { get; } = new(ScsiSenseKey.IllegalRequest, 0x21, 0x00);

    /// <summary>ILLEGAL REQUEST / INVALID FIELD IN CDB (24h/00h).</summary>
    public static ScsiSense InvalidFieldInCdb { get; } = new(ScsiSenseKey.IllegalRequest, 0x24, 0x00);

    /// <summary>ILLEGAL REQUEST / LOGICAL UNIT NOT SUPPORTED (25h/00h).</summary>
    public static ScsiSense LogicalUnitNotSupported { get; } = new(ScsiSenseKey.IllegalRequest, 0x25, 0x00);

    /// <summary>UNIT ATTENTION / POWER ON, RESET, OR BUS DEVICE RESET OCCURRED (29h/00h): the first command of a new nexus.</summary>
    public static ScsiSense PowerOnReset { get; } = new(ScsiSenseKey.UnitAttention, 0x29, 0x00);

    /// <summary>UNIT ATTENTION / POWER ON OCCURRED (29h/01h): after a target cold reset.</summary>
    public static ScsiSense PowerOnOccurred { get; } = new(ScsiSenseKey.UnitAttention, 0x29, 0x01);

    /// <summary>UNIT ATTENTION / BUS DEVICE RESET FUNCTION OCCURRED (29h/03h): after a logical unit or target warm reset (SAM-5 §6.3.3).</summary>
    public static ScsiSense BusDeviceResetOccurred { get; } = new(ScsiSenseKey.UnitAttention, 0x29, 0x03);

    /// <summary>DATA PROTECT / WRITE PROTECTED (27h/00h).</summary>
    public static ScsiSense WriteProtected { get; } = new(ScsiSenseKey.DataProtect, 0x27, 0x00);

    /// <summary>MEDIUM ERROR / UNRECOVERED READ ERROR (11h/00h).</summary>
    public static ScsiSense UnrecoveredReadError { get; } = new(ScsiSenseKey.MediumError, 0x11, 0x00);

    /// <summary>MEDIUM ERROR / WRITE ERROR (0Ch/00h).</summary>
    public static ScsiSense WriteError { get; } = new(ScsiSenseKey.MediumError, 0x0c, 0x00);

    /// <summary>Writes fixed-format, current-error sense data (response code 70h).</summary>
    public byte[] ToFixedFormat()
    {
        var bytes = new byte[FixedLength];
        bytes[0] = 0x70;
        bytes[2] = (byte)((byte)Key & 0x0f);
        bytes[7] = FixedLength - 8; // additional sense length
        bytes[12] = Asc;
        bytes[13] = Ascq;
        return bytes;
    }

    /// <summary>Parses fixed (70h/71h) or descriptor (72h/73h) format sense data; false when too short or of another format.</summary>
    public static bool TryParse(ReadOnlySpan<byte> sense, [NotNullWhen(true)] out ScsiSense? parsed)
    {
        parsed = null;
        if (sense.Length < 1)
        {
            return false;
        }
        switch (sense[0] & 0x7f)
        {
            case 0x70 or 0x71 when sense.Length >= 14:
                parsed = new ScsiSense((ScsiSenseKey)(sense[2] & 0x0f), sense[12], sense[13]);
                return true;
            case 0x72 or 0x73 when sense.Length >= 4:
                parsed = new ScsiSense((ScsiSenseKey)(sense[1] & 0x0f), sense[2], sense[3]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>"ILLEGAL REQUEST 24h/00h".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Key} {Asc:x2}h/{Ascq:x2}h");
}
