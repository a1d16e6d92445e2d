using System.Net;
using System.Net.Sockets;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FlexFabricSim.Boot.Lab;

/// <summary>
/// Reads a lab file (YAML, hyphenated keys) into a <see cref="LabDefinition"/>. Every error is a
/// <see cref="LabFormatException"/> naming the file, line and key; unknown keys are refused.
/// </summary>
public static class LabFileReader
{
    private static readonly Dictionary<string, LabPortSpeed> Speeds = new() { ["1gbps"] = LabPortSpeed.Gbps1, ["10gbps"] = LabPortSpeed.Gbps10 };

    private static readonly Dictionary<string, LabServerBehaviour> Behaviours = new()
    {
        ["answer"] = LabServerBehaviour.Answer,
        ["silent"] = LabServerBehaviour.Silent,
        ["late"] = LabServerBehaviour.Late,
    };

    private static readonly Dictionary<string, LabDiskContent> Contents = new()
    {
        ["mbr"] = LabDiskContent.Mbr,
        ["gpt"] = LabDiskContent.Gpt,
        ["blank"] = LabDiskContent.Blank,
    };

    /// <summary>Reads the lab file at <paramref name="path"/>.</summary>
    public static LabDefinition Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LabFormatException(path, 0, $"cannot read the lab file: {e.Message}");
        }
        return Parse(text, path);
    }

    /// <summary>Parses lab YAML; <paramref name="source"/> names it in errors.</summary>
    public static LabDefinition Parse(string yaml, string source = "lab")
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new LabFormatException(source, (int)e.Start.Line, $"not valid YAML: {e.Message}");
        }
        if (stream.Documents.Count != 1)
        {
            throw new LabFormatException(source, 0, "a lab file holds exactly one YAML document");
        }
        var root = new YamlMap(stream.Documents[0].RootNode, source, string.Empty);
        var lab = new LabDefinition
        {
            Name = root.OptionalString("name") ?? Path.GetFileNameWithoutExtension(source),
            Port = root.OptionalMap("port") is { } port ? ReadPort(port) : new LabPortDefinition(),
            Network = root.OptionalMap("network") is { } network ? ReadNetwork(network) : new LabNetworkDefinition(),
            Dhcp4 = root.OptionalMap("dhcp4") is { } d4 ? ReadDhcp4(d4) : null,
            Dhcp6 = root.OptionalMap("dhcp6") is { } d6 ? ReadDhcp6(d6) : null,
            Router = root.OptionalMap("router") is { } router ? ReadRouter(router) : null,
            Targets = [.. root.Maps("targets").Select(ReadTarget)],
        };
        root.RefuseUnknownKeys();
        CheckDistinctPortals(lab, root);
        return lab;
    }

    private static LabPortDefinition ReadPort(YamlMap m)
    {
        var port = new LabPortDefinition
        {
            Speed = m.Choice("speed", LabPortSpeed.Gbps10, Speeds),
            UntaggedVlan = m.Int("untagged-vlan", 1, 1, 4094),
            TaggedVlans = m.Ints("tagged-vlans", 1, 4094),
            Faults = m.OptionalMap("faults") is { } f ? ReadFaults(f) : LabLinkFaults.None,
        };
        m.RefuseUnknownKeys();
        return port;
    }

    private static LabLinkFaults ReadFaults(YamlMap m)
    {
        var faults = new LabLinkFaults
        {
            Drop = m.Probability("drop"),
            Duplicate = m.Probability("duplicate"),
            Reorder = m.Probability("reorder"),
            Corrupt = m.Probability("corrupt"),
            Delay = m.Duration("delay", TimeSpan.Zero),
            Cut = m.Bool("cut", false),
            Seed = m.Int("seed", 1, int.MinValue, int.MaxValue),
        };
        m.RefuseUnknownKeys();
        return faults;
    }

    private static LabNetworkDefinition ReadNetwork(YamlMap m)
    {
        var network = new LabNetworkDefinition { Vlan = m.Int("vlan", 1, 1, 4094), Ipv4PrefixLength = m.OptionalInt("ipv4-prefix-length", 1, 32) };
        m.RefuseUnknownKeys();
        return network;
    }

    private static LabDhcp4Definition ReadDhcp4(YamlMap m)
    {
        var server = RequireFamily(m, "server", m.Address("server"), AddressFamily.InterNetwork);
        var (first, last) = m.AddressRange("pool");
        RequireFamily(m, "pool", first, AddressFamily.InterNetwork);
        var dhcp = new LabDhcp4Definition
        {
            Server = server,
            PoolStart = first,
            PoolEnd = last,
            SubnetMask = m.OptionalAddress("subnet-mask") is { } mask ? RequireFamily(m, "subnet-mask", mask, AddressFamily.InterNetwork)
                : IPAddress.Parse("255.255.255.0"),
            Router = m.OptionalAddress("router") is { } r ? RequireFamily(m, "router", r, AddressFamily.InterNetwork) : null,
            Dns = [.. m.Addresses("dns").Select(a => RequireFamily(m, "dns", a, AddressFamily.InterNetwork))],
            LeaseTime = m.Duration("lease-time", TimeSpan.FromHours(1)),
            RootPath = m.OptionalString("root-path"),
            VendorClass = m.Has("vendor-class") ? NullIfEmpty(m.OptionalString("vendor-class")) : "BRCM ISAN",
            VendorClassSent = NullIfEmpty(m.OptionalString("vendor-class-sent")),
            VendorOptions = m.OptionalMap("vendor-options") is { } v ? ReadVendorOptions(v) : null,
            EndByteInVendorOptions = m.Bool("end-byte-in-vendor-options", false),
            NakRequests = m.Bool("nak-requests", false),
            Behaviour = m.Choice("behaviour", LabServerBehaviour.Answer, Behaviours),
            AnswerDelay = m.Duration("answer-delay", TimeSpan.Zero),
        };
        m.RefuseUnknownKeys();
        return dhcp;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static LabDhcp6Definition ReadDhcp6(YamlMap m)
    {
        var (first, last) = m.AddressRange("pool");
        RequireFamily(m, "pool", first, AddressFamily.InterNetworkV6);
        var dhcp = new LabDhcp6Definition
        {
            PoolStart = first,
            PoolEnd = last,
            Dns = [.. m.Addresses("dns").Select(a => RequireFamily(m, "dns", a, AddressFamily.InterNetworkV6))],
            VendorClass = m.Has("vendor-class") ? NullIfEmpty(m.OptionalString("vendor-class")) : "BRCM ISAN",
            VendorClassSent = m.Has("vendor-class-sent") ? NullIfEmpty(m.OptionalString("vendor-class-sent")) : "BRCM ISAN",
            EnterpriseNumber = (uint)m.Int("enterprise-number", 4413, 0, int.MaxValue),
            VendorOptions = m.OptionalMap("vendor-options") is { } v ? ReadVendorOptions(v) : null,
            NoAddresses = m.Bool("no-addresses", false),
            Behaviour = m.Choice("behaviour", LabServerBehaviour.Answer, Behaviours),
            AnswerDelay = m.Duration("answer-delay", TimeSpan.Zero),
        };
        m.RefuseUnknownKeys();
        return dhcp;
    }

    private static LabVendorOptions ReadVendorOptions(YamlMap m)
    {
        var options = new LabVendorOptions
        {
            FirstTarget = m.OptionalString("first-target"),
            SecondTarget = m.OptionalString("second-target"),
            InitiatorName = m.OptionalString("initiator-name"),
        };
        m.RefuseUnknownKeys();
        return options;
    }

    private static LabRouterDefinition ReadRouter(YamlMap m)
    {
        var (prefix, length) = m.Prefix("prefix");
        RequireFamily(m, "prefix", prefix, AddressFamily.InterNetworkV6);
        var router = new LabRouterDefinition
        {
            Prefix = prefix,
            PrefixLength = length,
            Autonomous = m.Bool("autonomous", true),
            Managed = m.Bool("managed", false),
            Answers = m.Bool("answers", true),
        };
        m.RefuseUnknownKeys();
        return router;
    }

    private static LabTargetDefinition ReadTarget(YamlMap m)
    {
        var target = new LabTargetDefinition
        {
            Name = m.RequiredString("name"),
            Address = m.Address("address"),
            Port = m.Int("port", 3260, 1, 65535),
            Chap = m.OptionalMap("chap") is { } chap ? ReadChap(chap) : null,
            MutualChap = m.OptionalMap("mutual-chap") is { } mutual ? ReadChap(mutual) : null,
            Luns = [.. m.Maps("luns").Select(ReadLun)],
            Faults = m.OptionalMap("faults") is { } f ? ReadTargetFaults(f) : new LabTargetFaults(),
        };
        m.RefuseUnknownKeys();
        var duplicate = target.Luns.GroupBy(l => l.Lun).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw m.Fail($"target '{target.Name}' lists LUN {duplicate.Key} twice");
        }
        if (target.MutualChap is not null && target.Chap is null)
        {
            throw m.Fail($"target '{target.Name}': mutual-chap needs chap too (the initiator authenticates first, RFC 7143 §12.1.3)");
        }
        return target;
    }

    private static LabChapAccount ReadChap(YamlMap m)
    {
        var account = new LabChapAccount(m.RequiredString("user"), m.RequiredString("secret"));
        m.RefuseUnknownKeys();
        return account;
    }

    private static LabLunDefinition ReadLun(YamlMap m)
    {
        var lun = new LabLunDefinition
        {
            Lun = m.Int("lun", 0, 0, 16383),
            SizeBytes = m.Size("size", 64L * 1024 * 1024),
            Content = m.Choice("content", LabDiskContent.Mbr, Contents),
        };
        m.RefuseUnknownKeys();
        return lun;
    }

    private static LabTargetFaults ReadTargetFaults(YamlMap m)
    {
        var faults = new LabTargetFaults
        {
            PortClosed = m.Bool("port-closed", false),
            Absent = m.Bool("absent", false),
            LunBusy = m.Int("lun-busy", 0, 0, 1000),
            NoLoginResponse = m.Bool("no-login-response", false),
            LoginReject = m.OptionalMap("login-reject") is { } reject ? ReadReject(reject) : null,
            DropAfterPdus = m.OptionalInt("drop-after-pdus", 0, 1_000_000),
            RedirectTo = m.OptionalEndPoint("redirect-to"),
            SlowReads = m.Duration("slow-reads", TimeSpan.Zero),
            WrongChapResponse = m.Bool("wrong-chap-response", false),
        };
        m.RefuseUnknownKeys();
        return faults;
    }

    private static LabLoginReject ReadReject(YamlMap m)
    {
        var reject = new LabLoginReject((byte)m.Int("class", 2, 1, 3), (byte)m.Int("detail", 0, 0, 255));
        m.RefuseUnknownKeys();
        return reject;
    }

    private static IPAddress RequireFamily(YamlMap m, string key, IPAddress address, AddressFamily family) =>
        address.AddressFamily == family
            ? address
            : throw m.FailAt(key, $"'{key}' must be an {(family == AddressFamily.InterNetwork ? "IPv4" : "IPv6")} address, not {address}");

    private static void CheckDistinctPortals(LabDefinition lab, YamlMap root)
    {
        var clash = lab.Targets.GroupBy(t => (t.Address, t.Port)).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw root.Fail($"two targets share the portal {clash.Key.Address}:{clash.Key.Port}");
        }
    }
}
