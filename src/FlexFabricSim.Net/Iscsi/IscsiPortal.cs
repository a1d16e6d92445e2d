using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>A target portal: host, TCP port and portal group tag, as TargetAddress writes it (RFC 7143 §13.8).</summary>
public sealed record IscsiPortal(string Host, int Port = IscsiPortal.DefaultPort, ushort PortalGroupTag = 1)
{
    /// <summary>The IANA iSCSI port.</summary>
    public const int DefaultPort = 3260;

    /// <summary>Parses <c>host[:port][,tpgt]</c>; an IPv6 host is written in brackets (<c>[2001:db8::1]:3260,1</c>).</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out IscsiPortal? portal)
    {
        portal = null;
        var tpgt = (ushort)1;
        var comma = text.LastIndexOf(',');
        if (comma >= 0)
        {
            if (!ushort.TryParse(text.AsSpan(comma + 1), NumberStyles.None, CultureInfo.InvariantCulture, out tpgt))
            {
                return false;
            }
            text = text[..comma];
        }
        string host;
        var port = DefaultPort;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']');
            if (close < 2)
            {
                return false;
            }
            host = text[1..close];
            var rest = text[(close + 1)..];
            if (rest.Length > 0 && (!rest.StartsWith(':') || !TryPort(rest[1..], out port)))
            {
                return false;
            }
        }
        else
        {
            var colon = text.IndexOf(':');
            if (colon >= 0 && text.IndexOf(':', colon + 1) >= 0)
            {
                return false; // an unbracketed IPv6 address is ambiguous
            }
            host = colon < 0 ? text : text[..colon];
            if (colon >= 0 && !TryPort(text[(colon + 1)..], out port))
            {
                return false;
            }
        }
        if (host.Length == 0)
        {
            return false;
        }
        portal = new IscsiPortal(host, port, tpgt);
        return true;
    }

    /// <summary><c>host:port,tpgt</c>, with brackets around an IPv6 host.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Host.Contains(':') ? $"[{Host}]" : Host)}:{Port},{PortalGroupTag}");

    private static bool TryPort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is > 0 and <= 65535;
}
