using System.Text;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>Encodes and parses login/text data: NUL-terminated UTF-8 <c>key=value</c> pairs (RFC 7143 §6.1).</summary>
/// <remarks>The tokenizer never reads past the span it is given (iPXE's <c>iscsi_handle_strings</c>); empty entries are skipped.</remarks>
public static class IscsiTextCodec
{
    /// <summary>Longest key name RFC 7143 §6.1 allows.</summary>
    public const int MaxKeyLength = 63;

    /// <summary>Longest value this codec accepts: 8192 bytes, the limit of binary values like CHAP_C (§6.1, §12.1.3).</summary>
    public const int MaxValueLength = 8192;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses the whole data of one or more concatenated login/text PDUs.</summary>
    public static IReadOnlyList<IscsiTextParameter> Parse(ReadOnlySpan<byte> data)
    {
        var list = new List<IscsiTextParameter>();
        var offset = 0;
        while (offset < data.Length)
        {
            var rest = data[offset..];
            var end = rest.IndexOf((byte)0);
            if (end < 0)
            {
                IscsiFormatException.Reject(IscsiFormatReason.BadTextFormat, offset, rest, "key=value pair not NUL-terminated");
            }
            if (end > 0)
            {
                list.Add(ParsePair(rest[..end], offset));
            }
            offset += end + 1;
        }
        return list;
    }

    /// <summary>Encodes pairs as data for a login or text PDU.</summary>
    public static byte[] Encode(IEnumerable<IscsiTextParameter> parameters)
    {
        var builder = new StringBuilder();
        foreach (var p in parameters)
        {
            builder.Append(p.Key).Append('=').Append(p.Value).Append('\0');
        }
        return StrictUtf8.GetBytes(builder.ToString());
    }

    private static IscsiTextParameter ParsePair(ReadOnlySpan<byte> pair, int offset)
    {
        var equals = pair.IndexOf((byte)'=');
        if (equals <= 0 || equals > MaxKeyLength)
        {
            IscsiFormatException.Reject(IscsiFormatReason.BadTextFormat, offset, pair, "no key before '=' or key too long");
        }
        var keyBytes = pair[..equals];
        foreach (var b in keyBytes)
        {
            if (!IsKeyCharacter(b))
            {
                IscsiFormatException.Reject(IscsiFormatReason.BadTextFormat, offset, pair, "invalid character in key");
            }
        }
        var valueBytes = pair[(equals + 1)..];
        if (valueBytes.Length > MaxValueLength)
        {
            IscsiFormatException.Reject(IscsiFormatReason.InvalidKeyValue, offset + equals + 1, valueBytes, "value too long");
        }
        string value;
        try
        {
            value = StrictUtf8.GetString(valueBytes);
        }
        catch (DecoderFallbackException)
        {
            IscsiFormatException.Reject(IscsiFormatReason.BadTextFormat, offset + equals + 1, valueBytes, "value is not UTF-8");
            throw;
        }
        return new IscsiTextParameter(Encoding.ASCII.GetString(keyBytes), value);
    }

    /// <summary>Key characters: letters, digits, '.', '-', '+', '@', '_' (§6.1, standard-label and key-name).</summary>
    private static bool IsKeyCharacter(byte b) =>
        b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9'
            or (byte)'.' or (byte)'-' or (byte)'+' or (byte)'@' or (byte)'_';
}
