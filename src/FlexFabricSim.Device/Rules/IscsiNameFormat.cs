using System.Globalization;

namespace FlexFabricSim.Device.Rules;

/// <summary>
/// Checks iSCSI names in the two formats the card accepts (G p.10 "IQN or EUI"; RFC 7143 §4.2.7.2, RFC 3720 §3.2.6.3):
/// <c>iqn.YYYY-MM.reversed.domain[:anything]</c> and <c>eui.</c> followed by 16 hex digits. Letters are accepted in
/// either case because names compare after stringprep case-folding (RFC 3722); the value is kept as typed.
/// </summary>
public static class IscsiNameFormat
{
    /// <summary>Why <paramref name="name"/> is not an IQN or EUI name, or <c>null</c> if it is one.</summary>
    public static string? Check(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.StartsWith("iqn.", StringComparison.OrdinalIgnoreCase))
        {
            return CheckIqn(name);
        }
        if (name.StartsWith("eui.", StringComparison.OrdinalIgnoreCase))
        {
            var hex = name.AsSpan(4);
            return hex.Length == 16 && !hex.ContainsAnyExcept("0123456789abcdefABCDEF")
                ? null
                : "an EUI name is 'eui.' followed by exactly 16 hex digits, e.g. eui.02004567A425678D";
        }
        return "an iSCSI name starts with 'iqn.' (e.g. iqn.1991-05.com.microsoft:server1) or 'eui.'";
    }

    /// <summary>Whether <paramref name="name"/> is an IQN or EUI name.</summary>
    public static bool IsValid(string name) => Check(name) is null;

    private static string? CheckIqn(string name)
    {
        // iqn.YYYY-MM.<reversed domain>[:<unique string>]
        var rest = name.AsSpan(4);
        if (rest.Length < 7 || rest[4] != '-' || !IsDigits(rest[..4]) || !IsDigits(rest.Slice(5, 2))
            || int.Parse(rest.Slice(5, 2), CultureInfo.InvariantCulture) is < 1 or > 12)
        {
            return "an IQN starts 'iqn.' then the year and month the naming authority owned the domain, as YYYY-MM (e.g. " +
                "iqn.2001-04.com.example)";
        }
        if (rest.Length < 9 || rest[7] != '.')
        {
            return "an IQN needs '.' and the naming authority's reversed domain after the date (e.g. iqn.2001-04.com.example)";
        }
        var afterDate = rest[8..];
        var colon = afterDate.IndexOf(':');
        var domain = colon < 0 ? afterDate : afterDate[..colon];
        var unique = colon < 0 ? [] : afterDate[(colon + 1)..];
        if (domain.IsEmpty || domain[0] == '.' || domain[^1] == '.' || domain.Contains("..", StringComparison.Ordinal)
            || domain.ContainsAnyExcept(DomainCharacters))
        {
            return "the reversed domain of an IQN is dot-separated labels of letters, digits and '-' (e.g. com.example.storage)";
        }
        if (unique.ContainsAnyExcept(NameCharacters))
        {
            return "after ':' an IQN may hold only letters, digits, '-', '.' and ':' (RFC 3722)";
        }
        return null;
    }

    private const string DomainCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.";
    private const string NameCharacters = DomainCharacters + ":";

    private static bool IsDigits(ReadOnlySpan<char> span) => !span.IsEmpty && !span.ContainsAnyExceptInRange('0', '9');
}
