using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.RootPaths;

/// <summary>The RFC 4173 §5 root path grammar, field by field, with an error that names the wrong field.</summary>
internal static class RootPathParser
{
    private const int MaxDnsNameLength = 253;
    private const int MaxDnsLabelLength = 63;
    private const string Ipv6Hint = "; an IPv6 server address must be written in brackets, as in iscsi:[2001:db8::1]::3260:0:iqn...";
    private static readonly string[] TargetNamePrefixes = ["iqn.", "eui.", "naa."];

    /// <summary>Parses <paramref name="text"/> or throws <see cref="RootPathFormatException"/>.</summary>
    public static RootPath Parse(string text)
    {
        if (!text.StartsWith(RootPath.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            Reject(RootPathField.Scheme, RootPathFormatReason.MissingScheme, 0, text,
                $"a root path starts with \"{RootPath.Scheme}\" (RFC 4173 §5)");
        }

        var position = RootPath.Scheme.Length;
        var (server, serverIsIPv6) = ReadServer(text, ref position);
        var hint = LooksLikeUnbracketedIPv6(server, serverIsIPv6) ? Ipv6Hint : string.Empty;

        var protocolStart = position;
        var protocolText = ReadField(text, ref position, RootPathField.Protocol, hint);
        var protocol = ReadNumber(protocolText, RootPath.TcpProtocol, RootPathField.Protocol, protocolStart, text, hint);
        if (protocol != RootPath.TcpProtocol)
        {
            Reject(RootPathField.Protocol, RootPathFormatReason.UnsupportedProtocol, protocolStart, text,
                $"protocol {protocol} is not supported; only 6 (TCP) is (G p.10){hint}");
        }

        var portStart = position;
        var portText = ReadField(text, ref position, RootPathField.Port, hint);
        var port = ReadNumber(portText, RootPath.DefaultPort, RootPathField.Port, portStart, text, hint);
        if (port is < 1 or > ushort.MaxValue)
        {
            Reject(RootPathField.Port, RootPathFormatReason.BadNumber, portStart, text, $"port {port} is not between 1 and 65535{hint}");
        }

        var lunStart = position;
        var lunText = ReadField(text, ref position, RootPathField.Lun, hint);
        if (!RootPathLun.TryParse(lunText, out var lun, out var lunProblem))
        {
            Reject(RootPathField.Lun, RootPathFormatReason.BadLun, lunStart, text, lunProblem + hint);
        }

        // The target name is the rest: iSCSI names contain colons themselves (iqn.2001-04.com.example:disk1).
        var targetName = text[position..];
        CheckTargetName(targetName, position, text, hint);

        return new RootPath
        {
            Server = server,
            Protocol = protocol,
            Port = port,
            Lun = lun,
            TargetName = targetName,
        };
    }

    private static (string Server, bool IsIPv6) ReadServer(string text, ref int position)
    {
        var start = position;
        if (position < text.Length && text[position] == '[')
        {
            var close = text.IndexOf(']', position + 1);
            if (close < 0)
            {
                Reject(RootPathField.Server, RootPathFormatReason.BadServer, start, text, "'[' without a closing ']'");
            }
            var literal = text[(position + 1)..close];
            if (!IPAddress.TryParse(literal, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6
                || literal.Contains('%'))
            {
                Reject(RootPathField.Server, RootPathFormatReason.BadServer, start, text,
                    $"'{literal}' is not an IPv6 address (brackets are only for IPv6 addresses, without a zone)");
            }
            position = close + 1;
            if (position >= text.Length || text[position] != ':')
            {
                Reject(RootPathField.Server, RootPathFormatReason.MissingField, position, text, "':' expected after ']'");
            }
            position++;
            return (address.ToString(), true);
        }

        var server = ReadField(text, ref position, RootPathField.Server, string.Empty);
        if (server.Length == 0)
        {
            Reject(RootPathField.Server, RootPathFormatReason.EmptyField, start, text, "the target's address or name is required");
        }
        CheckServerName(server, start, text, LooksLikeUnbracketedIPv6(server, bracketed: false) ? Ipv6Hint : string.Empty);
        return (server, false);
    }

    private static void CheckServerName(string server, int start, string text, string hint)
    {
        var labels = server.Split('.');
        if (labels.All(l => RootPath.IsAllDigits(l)))
        {
            if (!RootPath.IsDottedQuad(server))
            {
                Reject(RootPathField.Server, RootPathFormatReason.BadServer, start, text,
                    $"'{server}' is not an IPv4 address (four numbers 0-255 separated by dots){hint}");
            }
            return;
        }

        var badLabel = labels.FirstOrDefault(l => !IsDnsLabel(l));
        if (server.Length > MaxDnsNameLength || badLabel is not null)
        {
            Reject(RootPathField.Server, RootPathFormatReason.BadServer, start, text,
                $"'{server}' is neither an IPv4 address, a bracketed IPv6 address nor a DNS name");
        }
    }

    private static bool IsDnsLabel(string label) =>
        label.Length is > 0 and <= MaxDnsLabelLength
        && label[0] != '-' && label[^1] != '-'
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>
    /// Reads the field at <paramref name="position"/> up to its ':'; when there is none, the first absent field is named.
    /// </summary>
    private static string ReadField(string text, ref int position, RootPathField field, string hint)
    {
        var colon = text.IndexOf(':', position);
        if (colon < 0)
        {
            // "iscsi:192.0.2.1" has its server: what is missing is the field after it.
            var missing = position < text.Length ? field + 1 : field;
            Reject(missing, RootPathFormatReason.MissingField, text.Length, text,
                $"missing; a root path has five ':'-separated fields after \"{RootPath.Scheme}\"{hint}");
        }
        var value = text[position..colon];
        position = colon + 1;
        return value;
    }

    private static int ReadNumber(string value, int defaultValue, RootPathField field, int start, string text, string hint)
    {
        if (value.Length == 0)
        {
            return defaultValue;
        }
        // Nine digits cannot overflow an int; longer is out of range for either field anyway.
        if (!RootPath.IsAllDigits(value) || value.Length > 9)
        {
            Reject(field, RootPathFormatReason.BadNumber, start, text, $"'{value}' is not a decimal number{hint}");
        }
        return int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static void CheckTargetName(string name, int start, string text, string hint)
    {
        if (name.Length == 0)
        {
            Reject(RootPathField.TargetName, RootPathFormatReason.EmptyField, start, text, $"the target name is required{hint}");
        }
        if (!TargetNamePrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            Reject(RootPathField.TargetName, RootPathFormatReason.BadTargetName, start, text,
                $"'{Shorten(name)}' is not an iqn., eui. or naa. name (RFC 3720 §3.2.6.3){hint}");
        }
        if (name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            Reject(RootPathField.TargetName, RootPathFormatReason.BadTargetName, start, text,
                "spaces and control characters are not allowed");
        }
        if (RootPath.Utf8Length(name) > RootPath.MaxTargetNameBytes)
        {
            Reject(RootPathField.TargetName, RootPathFormatReason.BadTargetName, start, text,
                $"longer than {RootPath.MaxTargetNameBytes} bytes (RFC 3720 §3.2.6.1)");
        }
    }

    /// <summary>An unbracketed IPv6 server splits at its first ':' and leaves a short hex group as the "server".</summary>
    private static bool LooksLikeUnbracketedIPv6(string server, bool bracketed) =>
        !bracketed && server.Length <= 4 && server.All(char.IsAsciiHexDigit);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [DoesNotReturn]
    private static void Reject(RootPathField field, RootPathFormatReason reason, int offset, string text, string explanation) =>
        RootPathFormatException.Reject(field, reason, offset, text, explanation);
}
