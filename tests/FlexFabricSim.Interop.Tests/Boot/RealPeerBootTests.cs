using System.Text.Json;

namespace FlexFabricSim.Interop.Tests.Boot;

/// <summary>
/// The boot engine against real peers: the adapter's own stack on a veth end (AF_PACKET) in one namespace, tgtd and
/// dnsmasq in the other. Static settings and CHAP from tgtd; DHCP option 17 and option 43 from dnsmasq, then tgtd.
/// </summary>
public sealed class RealPeerBootTests
{
    private static readonly string[] StaticSettings =
    [
        "iscsi.general.tcpip-via-dhcp=disabled",
        "iscsi.general.iscsi-via-dhcp=disabled",
        "iscsi.initiator.ip-address=192.0.2.100",
        "iscsi.initiator.subnet-mask=255.255.255.0",
        "iscsi.target1.connect=enabled",
        $"iscsi.target1.ip-address={BootNetwork.PeerAddress}",
        "iscsi.target1.boot-lun=1",
        $"iscsi.target1.iscsi-name={BootNetwork.TargetName}",
    ];

    private static readonly string[] DynamicSettings = ["iscsi.general.tcpip-via-dhcp=enabled", "iscsi.general.iscsi-via-dhcp=enabled"];

    [Fact]
    public void StaticBootFromTgtd()
    {
        using var network = new BootNetwork();
        network.StartTgtd();
        var (exit, json, error) = network.Boot(network.Image(StaticSettings), "--os", "rhel-6.2");
        AssertBooted(exit, json, error);
        Assert.Contains(Events(json!), e => e == "ffs-120");
    }

    [Fact]
    public void ChapBootFromTgtd()
    {
        using var network = new BootNetwork();
        network.StartTgtd(chap: ("initchap", "initsecret1234"));
        var image = network.Image([.. StaticSettings, "iscsi.general.chap-authentication=enabled", "iscsi.initiator.chap-id=initchap",
            "iscsi.initiator.chap-secret=initsecret1234"]);
        var (exit, json, error) = network.Boot(image, "--os", "windows-2012");
        AssertBooted(exit, json, error);
        Assert.Contains("(CHAP;", Messages(json!).Single(m => m.StartsWith("Logged in", StringComparison.Ordinal)));
    }

    [Fact]
    public void MutualChapBootFromTgtd()
    {
        using var network = new BootNetwork();
        network.StartTgtd(chap: ("initchap", "initsecret1234"), mutual: ("tgtchap", "targetsecret99"));
        var image = network.Image([.. StaticSettings, "iscsi.general.chap-authentication=enabled", "iscsi.initiator.chap-id=initchap",
            "iscsi.initiator.chap-secret=initsecret1234", "iscsi.target1.chap-id=tgtchap", "iscsi.target1.chap-secret=targetsecret99"]);
        var (exit, json, error) = network.Boot(image, "--os", "windows-2012");
        AssertBooted(exit, json, error);
        Assert.Contains("(mutual CHAP;", Messages(json!).Single(m => m.StartsWith("Logged in", StringComparison.Ordinal)));
    }

    [Fact]
    public void WrongChapSecretIsRefusedByTgtd()
    {
        using var network = new BootNetwork();
        network.StartTgtd(chap: ("initchap", "initsecret1234"));
        var image = network.Image([.. StaticSettings, "iscsi.general.chap-authentication=enabled", "iscsi.initiator.chap-id=initchap",
            "iscsi.initiator.chap-secret=notthesecret12"]);
        var (exit, json, error) = network.Boot(image);
        Assert.True(exit == 1, error);
        Assert.Equal("evt-10", json!.RootElement.GetProperty("eventId").GetString());
    }

    [Fact]
    public void DhcpOption17FromDnsmasqThenTgtd()
    {
        using var network = new BootNetwork();
        network.StartTgtd();
        network.StartDnsmasq($"dhcp-option=17,\"iscsi:{BootNetwork.PeerAddress}::3260:1:{BootNetwork.TargetName}\"");
        var (exit, json, error) = network.Boot(network.Image(DynamicSettings), "--os", "sles-11-sp2");
        AssertBooted(exit, json, error);
        Assert.Contains(Events(json!), e => e == "ffs-121");
        // dnsmasq sent no DNS: the ROM publishes 0.0.0.0 (G p.8).
        Assert.Contains(Messages(json!), m => m.StartsWith("DHCP sent no DNS server", StringComparison.Ordinal));
    }

    [Fact]
    public void DhcpOption43FromDnsmasqThenTgtd()
    {
        using var network = new BootNetwork();
        network.StartTgtd();
        // Option 43 only for option 60 "BRCM ISAN" (dnsmasq matches a substring), sub-options 201 and 203 (notes/dhcp-servers.md).
        network.StartDnsmasq($"""
            dhcp-vendorclass=set:brcm,BRCM ISAN
            dhcp-option-force=tag:brcm,60,"BRCM ISAN"
            dhcp-option-force=tag:brcm,encap:43,203,"iqn.2026-11.lab.dnsmasq:initiator"
            dhcp-option-force=tag:brcm,encap:43,201,"iscsi:{BootNetwork.PeerAddress}::3260:1:{BootNetwork.TargetName}"
            dhcp-option=6,192.0.2.53
            """);
        var (exit, json, error) = network.Boot(network.Image(DynamicSettings), "--os", "windows-2008-r2");
        AssertBooted(exit, json, error);
        Assert.Contains(Messages(json!), m => m.Contains("as iqn.2026-11.lab.dnsmasq:initiator", StringComparison.Ordinal));
        Assert.Contains(Messages(json!), m => m.Contains("primary 192.0.2.53", StringComparison.Ordinal));
    }

    private static void AssertBooted(int exit, JsonDocument? json, string error)
    {
        Assert.True(exit == 0 && json is not null, $"exit {exit}: {error}");
        Assert.Equal("os-running", json!.RootElement.GetProperty("outcome").GetString());
    }

    private static IEnumerable<string> Events(JsonDocument json) =>
        json.RootElement.GetProperty("events").EnumerateArray().Where(e => e.TryGetProperty("id", out _)).Select(e => e.GetProperty("id").GetString()!);

    private static List<string> Messages(JsonDocument json) =>
        [.. json.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("message").GetString()!)];
}
