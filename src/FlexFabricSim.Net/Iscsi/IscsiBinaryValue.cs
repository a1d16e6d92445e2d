using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>Binary key values: <c>0x</c> hexadecimal or <c>0b</c> base64 (RFC 7143 §6.1.4), as CHAP_C and CHAP_R use.</summary>
public static class IscsiBinaryValue
{
    /// <summary>Formats <paramref name="bytes"/> as <c>0x</c> followed by lowercase hex, the form every peer accepts.</summary>
    public static string Format(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    /// <summary>Parses a hex or base64 binary value; false when it is neither.</summary>
    public static bool TryParse(string value, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (value.Length < 3 || value[0] != '0')
        {
            return false;
        }
        var body = value.AsSpan(2);
        switch (value[1])
        {
            case 'x' or 'X':
                if ((body.Length & 1) == 1)
                {
                    // RFC 7143 §6.1.4: an odd number of digits means a leading zero nibble was left out.
                    return TryParse("0x0" + body.ToString(), out bytes);
                }
                try
                {
                    bytes = Convert.FromHexString(body);
                    return true;
                }
                catch (FormatException)
                {
                    return false;
                }
            case 'b' or 'B':
                var buffer = new byte[body.Length * 3 / 4 + 3];
                if (Convert.TryFromBase64Chars(body, buffer, out var written) && written > 0)
                {
                    bytes = buffer[..written];
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    /// <summary>Parses a binary value or throws <see cref="IscsiFormatException"/> (<see cref="IscsiFormatReason.BadBinaryValue"/>).</summary>
    public static byte[] Parse(string key, string value)
    {
        if (!TryParse(value, out var bytes))
        {
            IscsiFormatException.Reject(IscsiFormatReason.BadBinaryValue, 0, System.Text.Encoding.UTF8.GetBytes(value),
                $"{key} is not a 0x/0b binary value");
        }
        return bytes;
    }
}
