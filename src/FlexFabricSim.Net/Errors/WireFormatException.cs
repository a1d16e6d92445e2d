using System.Globalization;
using System.Text;

namespace FlexFabricSim.Net.Errors;

/// <summary>Base of every "malformed bytes on the wire" exception: the byte offset where decoding failed and a capped hex detail.</summary>
/// <remarks>
/// Tier 1 of the error model (style anchor G4): only pure codecs throw it, for input that can never become valid by
/// waiting for more bytes. Incomplete input is a <c>false</c> return, never this exception. Each protocol family derives
/// its own type, normally through <see cref="WireFormatException{TReason}"/> so the failure carries a typed reason.
/// </remarks>
public abstract class WireFormatException : Exception
{
    /// <summary>Most bytes of offending input kept in <see cref="HexDetail"/>; the rest is summarised as a count.</summary>
    public const int MaxDetailBytes = 64;

    /// <summary>Creates the exception from a message, the offset of the bad field and the bytes around it.</summary>
    /// <param name="message">What is wrong, in words (the offset and hex are appended).</param>
    /// <param name="offset">Offset of the offending field from the start of the decoded unit.</param>
    /// <param name="detail">The offending bytes (or the unit being decoded); only the first <see cref="MaxDetailBytes"/> are kept.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    protected WireFormatException(string message, int offset, ReadOnlySpan<byte> detail, Exception? innerException = null)
        : base(Compose(message, offset, FormatHex(detail)), innerException)
    {
        Offset = offset;
        HexDetail = FormatHex(detail);
    }

    /// <summary>Offset of the offending field from the start of the decoded unit.</summary>
    public int Offset { get; }

    /// <summary>The offending bytes as lowercase hex pairs separated by spaces, capped at <see cref="MaxDetailBytes"/> bytes.</summary>
    public string HexDetail { get; }

    /// <summary>The name of the family-specific reason (for logs and drop counters that span families).</summary>
    public virtual string ReasonName => "Malformed";

    /// <summary>Formats <paramref name="bytes"/> as capped hex ("45 00 00 1c … (+36 bytes)").</summary>
    public static string FormatHex(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        var shown = Math.Min(bytes.Length, MaxDetailBytes);
        var builder = new StringBuilder(shown * 3 + 16);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(bytes[i].ToString("x2", CultureInfo.InvariantCulture));
        }

        if (bytes.Length > shown)
        {
            builder.Append(CultureInfo.InvariantCulture, $" … (+{bytes.Length - shown} bytes)");
        }

        return builder.ToString();
    }

    private static string Compose(string message, int offset, string hex) =>
        hex.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{message} (at offset {offset})")
            : string.Create(CultureInfo.InvariantCulture, $"{message} (at offset {offset}: {hex})");
}
