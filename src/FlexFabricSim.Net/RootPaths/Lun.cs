using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace FlexFabricSim.Net.RootPaths;

/// <summary>An 8-byte SCSI logical unit number in SAM form: four 2-byte levels, first level first (RFC 4173 §5, SAM-2 §4.9).</summary>
/// <remarks>
/// <see cref="Value"/> holds the eight bytes as one big-endian number, so level 1 is its top 16 bits. LUN 64 as an iSCSI
/// root path writes it is <c>40</c>: level 1 = 0x0040, bytes <c>00 40 00 00 00 00 00 00</c> (peripheral device addressing).
/// </remarks>
public readonly record struct Lun(ulong Value)
{
    /// <summary>The size of a LUN on the wire, in iSCSI PDUs and in the iBFT target structure.</summary>
    public const int EncodedLength = 8;

    /// <summary>The number of 2-byte levels (SAM-2 §4.9).</summary>
    public const int LevelCount = 4;

    /// <summary>LUN 0, the default when a root path leaves the field empty (RFC 4173 §5).</summary>
    public static Lun Zero => default;

    /// <summary>The LUN a boot ROM sends for a plain LU number: peripheral device addressing below 256, flat space addressing up to 16383 (SAM-2 §4.9.6/§4.9.7).</summary>
    public static Lun FromNumber(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxFlatNumber);
        var level = number < 256 ? (ulong)number : FlatAddressingMethod | (ulong)number;
        return new Lun(level << 48);
    }

    /// <summary>Builds a LUN from its four levels, first level first.</summary>
    public static Lun FromLevels(ushort level1, ushort level2 = 0, ushort level3 = 0, ushort level4 = 0) =>
        new(((ulong)level1 << 48) | ((ulong)level2 << 32) | ((ulong)level3 << 16) | level4);

    /// <summary>Reads the 8 wire bytes (first level first).</summary>
    public static Lun Read(ReadOnlySpan<byte> source) => new(BinaryPrimitives.ReadUInt64BigEndian(source));

    /// <summary>Writes the 8 wire bytes (first level first).</summary>
    public void WriteTo(Span<byte> destination) => BinaryPrimitives.WriteUInt64BigEndian(destination, Value);

    /// <summary>Parses the RFC 4173 text form (<c>40</c>, <c>0040</c>, <c>0040-0000-0000-0000</c>, <c>4186-9</c>); empty text is LUN 0.</summary>
    /// <exception cref="FormatException">The text is not up to four dash-separated levels of 1-4 hex digits.</exception>
    public static Lun Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var lun, out var problem) ? lun : throw new FormatException($"LUN '{text}': {problem}");

    /// <summary>Parses the RFC 4173 text form; false when it is not up to four dash-separated levels of 1-4 hex digits.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Lun lun) => TryParse(text, out lun, out _);

    /// <summary>Parses the RFC 4173 text form, saying in words what is wrong when it fails.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out Lun lun, out string problem)
    {
        lun = Zero;
        problem = string.Empty;
        if (text.IsEmpty)
        {
            return true;
        }

        ulong value = 0;
        var level = 0;
        foreach (var range in text.Split('-'))
        {
            var part = text[range];
            if (level == LevelCount)
            {
                problem = "more than four dash-separated levels (a SCSI LUN is 8 bytes)";
                return false;
            }
            if (part.IsEmpty || part.Length > 4)
            {
                problem = part.IsEmpty
                    ? "an empty level between dashes"
                    : $"level '{part}' has more than 4 hex digits (write the 8-byte form as 0040-0000-0000-0000)";
                return false;
            }
            if (!ushort.TryParse(part, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var levelValue))
            {
                problem = $"level '{part}' is not hexadecimal (the LUN is written in hex: LUN 64 is 40)";
                return false;
            }
            value |= (ulong)levelValue << (48 - 16 * level);
            level++;
        }
        lun = new Lun(value);
        return true;
    }

    /// <summary>One of the four 2-byte levels; <paramref name="index"/> 0 is the first level.</summary>
    public ushort GetLevel(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, LevelCount);
        return (ushort)(Value >> (48 - 16 * index));
    }

    /// <summary>The plain LU number when this is a single-level peripheral (bus 0) or flat space LUN, as <see cref="FromNumber"/> builds; otherwise null.</summary>
    public int? Number
    {
        get
        {
            if ((Value & 0x0000_FFFF_FFFF_FFFFUL) != 0)
            {
                return null;
            }
            var level = GetLevel(0);
            return (level & 0xC000) switch
            {
                0x0000 when level < 256 => level,
                0x4000 => level & MaxFlatNumber,
                _ => null,
            };
        }
    }

    /// <summary>The RFC 4173 text form: levels in hex, dash-separated, trailing zero levels left out (<c>40</c>, <c>4186-9</c>, <c>0</c>).</summary>
    public override string ToString()
    {
        var last = LevelCount - 1;
        while (last > 0 && GetLevel(last) == 0)
        {
            last--;
        }
        var text = new StringBuilder();
        for (var i = 0; i <= last; i++)
        {
            if (i > 0)
            {
                text.Append('-');
            }
            text.Append(GetLevel(i).ToString("X", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>The SAM form with every level written out: <c>0040-0000-0000-0000</c>.</summary>
    public string ToSamString()
    {
        var self = this;
        return string.Join('-', Enumerable.Range(0, LevelCount).Select(i => self.GetLevel(i).ToString("X4", CultureInfo.InvariantCulture)));
    }

    private const ulong FlatAddressingMethod = 0x4000;
    private const int MaxFlatNumber = 0x3FFF;
}
