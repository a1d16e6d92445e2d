using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp4;
using FlexFabricSim.Net.Dhcp6;
using FlexFabricSim.Net.RootPaths;

namespace FlexFabricSim.Cli.Commands.Dhcp;

/// <summary>What <c>dhcp probe</c> found, as text for people and JSON for scripts: the lease and the iSCSI boot parameters.</summary>
public sealed record DhcpProbeReport
{
    /// <summary>"DHCPv4" or "DHCPv6".</summary>
    public required string Family { get; init; }

    /// <summary>The failure, when there is no lease.</summary>
    public DhcpFailure? Failure { get; init; }

    /// <summary>The client's last words about the exchange.</summary>
    public string? Detail { get; init; }

    /// <summary>Name/value lines about the address part of the lease, in display order.</summary>
    public IReadOnlyList<(string Name, object? Value)> Lease { get; init; } = [];

    /// <summary>The root paths the server sent, by name ("root-path", "first-target", "second-target").</summary>
    public IReadOnlyList<(string Name, OfferedRootPath Path)> RootPaths { get; init; } = [];

    /// <summary>Whether a lease was obtained.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>The report of a DHCPv4 exchange.</summary>
    public static DhcpProbeReport From(DhcpResult<Dhcp4Lease> result)
    {
        if (result.Lease is not { } lease)
        {
            return new DhcpProbeReport { Family = "DHCPv4", Failure = result.Failure, Detail = result.Detail };
        }
        return new DhcpProbeReport
        {
            Family = "DHCPv4",
            Detail = result.Detail,
            Lease =
            [
                ("address", lease.Address.ToString()),
                ("prefix-length", lease.PrefixLength),
                ("router", lease.Router?.ToString()),
                ("dns", lease.DnsServers.Select(d => d.ToString()).ToArray()),
                ("server", lease.ServerIdentifier.ToString()),
                ("lease-seconds", lease.LeaseTime is { } t && t != Timeout.InfiniteTimeSpan ? (long)t.TotalSeconds : null),
                ("vendor-class", lease.VendorClass),
                ("vendor-matched", lease.VendorMatched),
                ("vendor-options-problem", lease.VendorOptionsProblem),
                ("initiator-name", lease.InitiatorName),
            ],
            RootPaths = Paths(("root-path", lease.RootPath), ("first-target", lease.FirstTarget), ("second-target", lease.SecondTarget)),
        };
    }

    /// <summary>The report of a DHCPv6 exchange.</summary>
    public static DhcpProbeReport From(DhcpResult<Dhcp6Lease> result)
    {
        if (result.Lease is not { } lease)
        {
            return new DhcpProbeReport { Family = "DHCPv6", Failure = result.Failure, Detail = result.Detail };
        }
        return new DhcpProbeReport
        {
            Family = "DHCPv6",
            Detail = result.Detail,
            Lease =
            [
                ("address", lease.Address.ToString()),
                ("dns", lease.DnsServers.Select(d => d.ToString()).ToArray()),
                ("server-duid", lease.ServerId.ToString()),
                ("valid-lifetime-seconds", lease.ValidLifetime == Timeout.InfiniteTimeSpan ? null : (long)lease.ValidLifetime.TotalSeconds),
                ("vendor-class-enterprise", lease.VendorClassEnterprise),
                ("vendor-class", lease.VendorClass.ToArray()),
                ("vendor-matched", lease.VendorMatched),
                ("vendor-options-enterprise", lease.VendorOptionsEnterprise),
                ("initiator-name", lease.InitiatorName),
            ],
            RootPaths = Paths(("first-target", lease.FirstTarget), ("second-target", lease.SecondTarget)),
        };
    }

    /// <summary>Aligned "name  value" lines; a bad root path shows its error under it.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        if (Failure is { } failure)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{Family}: no lease ({failure}): {Detail}");
            return text.ToString();
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"{Family} lease");
        foreach (var (name, value) in Lease)
        {
            var shown = value switch
            {
                null => "-",
                string[] list => list.Length == 0 ? "-" : string.Join(", ", list),
                bool flag => flag ? "yes" : "no",
                _ => Convert.ToString(value, CultureInfo.InvariantCulture),
            };
            text.AppendLine(CultureInfo.InvariantCulture, $"  {name,-26}{shown}");
        }
        foreach (var (name, path) in RootPaths)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {name,-26}{path.Text}");
            var meaning = path.Value is { } v
                ? string.Create(CultureInfo.InvariantCulture,
                    $"server {v.Server} port {v.Port} LUN {RootPathLun.FormatSam(v.Lun)} target {v.TargetName}")
                : $"invalid {path.Error!.Problem} (at character {path.Error.Offset})";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {"",-26}{meaning}");
        }
        return text.ToString();
    }

    /// <summary>One JSON object (indented, with a final newline).</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        // Relaxed escaping: the report is read by people and scripts, never embedded in HTML.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("family", Family);
            json.WriteBoolean("succeeded", Succeeded);
            WriteValue(json, "failure", Failure?.ToString());
            WriteValue(json, "detail", Detail);
            foreach (var (name, value) in Lease)
            {
                WriteValue(json, name, value);
            }
            foreach (var (name, path) in RootPaths)
            {
                json.WriteStartObject(name);
                json.WriteString("text", path.Text);
                json.WriteBoolean("valid", path.IsValid);
                if (path.Value is { } v)
                {
                    json.WriteString("server", v.Server);
                    json.WriteNumber("port", v.Port);
                    json.WriteString("lun", RootPathLun.FormatSam(v.Lun));
                    WriteValue(json, "lun-number", v.LunNumber);
                    json.WriteString("target-name", v.TargetName);
                }
                else
                {
                    json.WriteString("error-field", path.Error!.Field.ToString());
                    json.WriteString("error", path.Error.Problem);
                    json.WriteNumber("error-offset", path.Error.Offset);
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static (string, OfferedRootPath)[] Paths(params (string Name, OfferedRootPath? Path)[] paths) =>
        [.. paths.Where(p => p.Path is not null).Select(p => (p.Name, p.Path!))];

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case bool flag:
                json.WriteBoolean(name, flag);
                break;
            case int or long or uint:
                json.WriteNumber(name, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case string[] list:
                json.WriteStartArray(name);
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }
                json.WriteEndArray();
                break;
            default:
                json.WriteString(name, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
