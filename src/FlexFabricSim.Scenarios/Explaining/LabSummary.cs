using System.Globalization;
using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Boot.Lab;

namespace FlexFabricSim.Scenarios.Explaining;

/// <summary>A lab described in a few lines for <c>scenario explain</c>: switch port, DHCP servers, router, targets and faults.</summary>
public static class LabSummary
{
    /// <summary>One line per part of <paramref name="lab"/>.</summary>
    public static IReadOnlyList<string> Describe(LabDefinition lab)
    {
        ArgumentNullException.ThrowIfNull(lab);
        var lines = new List<string> { Port(lab.Port) };
        if (lab.Dhcp4 is { } d4)
        {
            var offers = new List<string> { $"addresses {d4.PoolStart}-{d4.PoolEnd}" };
            offers.Add(d4.Dns.Count > 0 ? $"DNS {string.Join(", ", d4.Dns)}" : "no DNS option");
            if (d4.RootPath is { } rootPath)
            {
                offers.Add($"option 17 \"{rootPath}\"");
            }
            if (d4.VendorOptions is { } vendor)
            {
                offers.Add($"option 43 to vendor class \"{d4.VendorClass ?? "any"}\" ({Vendor(vendor)})");
            }
            if (d4.VendorClassSent is { } sent)
            {
                offers.Add($"answers with vendor class \"{sent}\"");
            }
            lines.Add($"DHCPv4 server {d4.Server} ({Behaviour(d4.Behaviour)}): {string.Join("; ", offers)}");
        }
        if (lab.Dhcp6 is { } d6)
        {
            var offers = new List<string> { d6.NoAddresses ? "no addresses" : $"addresses {d6.PoolStart}-{d6.PoolEnd}" };
            if (d6.VendorOptions is { } vendor)
            {
                offers.Add($"option 17 to vendor class \"{d6.VendorClass ?? "any"}\" ({Vendor(vendor)})");
            }
            lines.Add($"DHCPv6 server ({Behaviour(d6.Behaviour)}): {string.Join("; ", offers)}");
        }
        if (lab.Router is { } router)
        {
            lines.Add($"IPv6 router advertising {router.Prefix}/{router.PrefixLength.ToString(CultureInfo.InvariantCulture)}"
                + (router.Managed ? " (managed: use DHCPv6)" : "") + (router.Answers ? "" : ", but it does not answer solicitations"));
        }
        if (lab.Dhcp4 is null && lab.Dhcp6 is null)
        {
            lines.Add("no DHCP server");
        }
        lines.AddRange(lab.Targets.Select(Target));
        if (lab.Targets.Count == 0)
        {
            lines.Add("no iSCSI target");
        }
        return lines;
    }

    private static string Port(LabPortDefinition port)
    {
        var speed = port.Speed == LabPortSpeed.Gbps1 ? "1 Gb/s" : "10 Gb/s";
        var vlans = port.TaggedVlans.Count > 0 ? $", trunk carrying VLAN {string.Join(", ", port.TaggedVlans)}" : "";
        var faults = port.Faults.Cut ? ", cable cut" : "";
        return $"switch port at {speed}{vlans}{faults}";
    }

    private static string Target(LabTargetDefinition target)
    {
        var luns = target.Luns.Count == 0
            ? "no LUNs"
            : "LUN " + string.Join(", ", target.Luns.Select(l =>
                string.Create(CultureInfo.InvariantCulture, $"{l.Lun} ({l.Content.ToString().ToLowerInvariant()})")));
        var auth = target.MutualChap is not null ? "mutual CHAP" : target.Chap is not null ? "CHAP" : "no authentication";
        var faults = Faults(target.Faults);
        return $"target {target.Name} at {Portal(target.Address, target.Port)}: {luns}; {auth}{(faults.Length > 0 ? "; " + faults : "")}";
    }

    private static string Faults(LabTargetFaults f)
    {
        var faults = new List<string>();
        if (f.Absent)
        {
            faults.Add("host absent");
        }
        if (f.PortClosed)
        {
            faults.Add("port closed");
        }
        if (f.LunBusy > 0)
        {
            faults.Add($"LUN busy for the first {f.LunBusy.ToString(CultureInfo.InvariantCulture)} commands");
        }
        if (f.NoLoginResponse)
        {
            faults.Add("never answers a login");
        }
        if (f.LoginReject is { } reject)
        {
            faults.Add($"rejects the first login (class {reject.StatusClass}, detail {reject.StatusDetail})");
        }
        if (f.WrongChapResponse)
        {
            faults.Add("answers mutual CHAP wrongly");
        }
        if (f.DropAfterPdus is { } drop)
        {
            faults.Add($"drops the connection after {drop.ToString(CultureInfo.InvariantCulture)} PDUs");
        }
        if (f.RedirectTo is { } to)
        {
            faults.Add($"redirects to {to}");
        }
        return string.Join(", ", faults);
    }

    private static string Vendor(LabVendorOptions options) =>
        string.Join(", ", new[]
        {
            options.FirstTarget is { } first ? $"201 \"{first}\"" : null,
            options.SecondTarget is { } second ? $"202 \"{second}\"" : null,
            options.InitiatorName is { } name ? $"203 \"{name}\"" : null,
        }.Where(t => t is not null));

    private static string Behaviour(LabServerBehaviour behaviour) => behaviour switch
    {
        LabServerBehaviour.Silent => "silent",
        LabServerBehaviour.Late => "answers late",
        _ => "answers",
    };

    private static string Portal(IPAddress address, int port) =>
        address.AddressFamily == AddressFamily.InterNetworkV6
            ? $"[{address}]:{port.ToString(CultureInfo.InvariantCulture)}"
            : $"{address}:{port.ToString(CultureInfo.InvariantCulture)}";
}
