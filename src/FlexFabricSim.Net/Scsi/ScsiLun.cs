using System.Buffers.Binary;
using System.Globalization;

namespace FlexFabricSim.Net.Scsi;

/// <summary>An 8-byte SAM logical unit number as carried in iSCSI PDUs and REPORT LUNS data (SAM-5 §4.7).</summary>
/// <remarks>
/// LUN numbers below 256 use peripheral device addressing, larger ones (to 16383) flat space addressing: what Linux,
/// libiscsi and tgtd do, so LUN 255 and LUN 16383 round-trip with real peers.
/// </remarks>
public readonly record struct ScsiLun(ulong Raw)
{
    /// <summary>The largest LUN number flat space addressing can express.</summary>
    public const int MaxFlatNumber = 0x3FFF;

    /// <summary>LUN 0, the one every target must have.</summary>
    public static ScsiLun Zero => default;

    /// <summary>The address method of the first level.</summary>
    public ScsiLunAddressing Addressing => (ScsiLunAddressing)(Raw >> 62);

    /// <summary>Encodes LUN <paramref name="number"/> (0-16383) the way SAM-aware initiators do.</summary>
    public static ScsiLun FromNumber(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxFlatNumber);
        var firstLevel = number < 256
            ? (ulong)number << 48
            : (0x4000UL | (ulong)number) << 48;
        return new ScsiLun(firstLevel);
    }

    /// <summary>Reads an 8-byte big-endian LUN.</summary>
    public static ScsiLun Read(ReadOnlySpan<byte> source) => new(BinaryPrimitives.ReadUInt64BigEndian(source));

    /// <summary>Writes the 8-byte big-endian LUN.</summary>
    public void WriteTo(Span<byte> destination) => BinaryPrimitives.WriteUInt64BigEndian(destination, Raw);

    /// <summary>The LUN number for peripheral or flat single-level addresses; false for any other form.</summary>
    public bool TryGetNumber(out int number)
    {
        number = 0;
        if ((Raw & 0x0000_FFFF_FFFF_FFFFUL) != 0)
        {
            return false; // a second level: not a single-level LUN
        }
        var firstLevel = (int)(Raw >> 48);
        switch (Addressing)
        {
            case ScsiLunAddressing.Peripheral when (firstLevel & 0x3F00) == 0:
                number = firstLevel & 0xFF;
                return true;
            case ScsiLunAddressing.Flat:
                number = firstLevel & MaxFlatNumber;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The LUN number, or the raw hex when it is not a single-level peripheral or flat address.</summary>
    public override string ToString() =>
        TryGetNumber(out var n) ? n.ToString(CultureInfo.InvariantCulture) : Raw.ToString("x16", CultureInfo.InvariantCulture);
}
