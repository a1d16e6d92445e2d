using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.RootPaths;

/// <summary>
/// An iSCSI root path, <c>iscsi:&lt;servername&gt;:&lt;protocol&gt;:&lt;port&gt;:&lt;LUN&gt;:&lt;targetname&gt;</c> (RFC 4173 §5; G
/// p.9-11).
/// </summary>
/// <remarks>
/// Carried in DHCPv4 option 17, in sub-options 201/202 of DHCPv4 option 43 and of DHCPv6 option 17. Empty protocol, port
/// and LUN fields take RFC 4173's defaults (6, 3260, 0); an IPv6 server is written in brackets (G p.11).
/// </remarks>
public sealed record RootPath
{
    /// <summary>The literal prefix of every iSCSI root path.</summary>
    public const string Scheme = "iscsi:";

    /// <summary>TCP's IP protocol number, the only protocol iSCSI boot uses (G p.10).</summary>
    public const int TcpProtocol = 6;

    /// <summary>The iSCSI well-known port, used when the port field is empty (RFC 7143 §13.1, RFC 4173 §5).</summary>
    public const int DefaultPort = 3260;

    /// <summary>The longest iSCSI name in bytes (RFC 3720 §3.2.6.1).</summary>
    public const int MaxTargetNameBytes = 223;

    /// <summary>The target's address (IPv6 without brackets) or DNS name, as written.</summary>
    public required string Server { get; init; }

    /// <summary>The IP protocol number; always <see cref="TcpProtocol"/> for a parsed root path.</summary>
    public int Protocol { get; init; } = TcpProtocol;

    /// <summary>The target portal's TCP port.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The boot LUN, 8 bytes in SAM order.</summary>
    public ScsiLun Lun { get; init; }

    /// <summary>The LUN as a plain number when single-level (the card's Boot LUN field holds 0-255, G p.27); null otherwise.</summary>
    public int? LunNumber => Lun.TryGetNumber(out var number) ? number : null;

    /// <summary>The iSCSI target name (iqn., eui. or naa. form).</summary>
    public required string TargetName { get; init; }

    /// <summary>The server as an IP address when it is a literal; null for a DNS name.</summary>
    public IPAddress? ServerAddress =>
        IPAddress.TryParse(Server, out var address) && (address.AddressFamily == AddressFamily.InterNetworkV6 || IsDottedQuad(Server))
            ? address
            : null;

    /// <summary>Parses a root path; the exception names the wrong field and says why.</summary>
    /// <exception cref="RootPathFormatException">The text is not a valid iSCSI root path.</exception>
    public static RootPath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RootPathParser.Parse(text);
    }

    /// <summary>Parses a root path; false (and null) when it is not valid.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RootPath? rootPath)
    {
        rootPath = null;
        if (text is null)
        {
            return false;
        }
        try
        {
            rootPath = RootPathParser.Parse(text);
            return true;
        }
        catch (RootPathFormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// The canonical text: every field written out, an IPv6 server in brackets (<c>iscsi:[2001:db8::1]:6:3260:40:iqn...</c>).
    /// </summary>
    public override string ToString()
    {
        var server = ServerAddress is { AddressFamily: AddressFamily.InterNetworkV6 } ? $"[{Server}]" : Server;
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}{server}:{Protocol}:{Port}:{RootPathLun.Format(Lun)}:{TargetName}");
    }

    /// <summary>True for exactly four dot-separated decimal numbers 0-255 (IPAddress.TryParse alone also takes "1" or "0x7f.1").</summary>
    internal static bool IsDottedQuad(ReadOnlySpan<char> text)
    {
        var parts = 0;
        foreach (var range in text.Split('.'))
        {
            var part = text[range];
            if (part.Length is 0 or > 3 || !IsAllDigits(part) || int.Parse(part, CultureInfo.InvariantCulture) > 255)
            {
                return false;
            }
            parts++;
        }
        return parts == 4;
    }

    /// <summary>True when every character is an ASCII digit (and there is at least one).</summary>
    internal static bool IsAllDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>Byte count of <paramref name="text"/> in UTF-8.</summary>
    internal static int Utf8Length(string text) => Encoding.UTF8.GetByteCount(text);
}
