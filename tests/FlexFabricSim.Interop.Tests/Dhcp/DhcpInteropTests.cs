namespace FlexFabricSim.Interop.Tests.Dhcp;

/// <summary>Our DHCP client, on the adapter's stack over a raw socket in one namespace, against dnsmasq and Kea in another.</summary>
/// <remarks>
/// The IPv6 iSCSI path is served by Kea: dnsmasq cannot send a valid DHCPv6 option 16 (notes/dhcp-servers.md), and G p.11
/// needs one that matches the DHCP Vendor ID before option 17 is used. A dnsmasq test shows exactly that.
/// </remarks>
public sealed class DhcpInteropTests
{
    [Fact]
    public void Dnsmasq_gives_brcm_isan_option_17_and_43_parsed_into_root_paths_and_the_initiator_name()
    {
        using var network = DhcpNetwork.Create();
        using var dnsmasq = DhcpServers.StartDnsmasq4(network);

        var probe = AdapterProbe.Run(network);

        Assert.True(probe.ExitCode == 0, probe.Trace + dnsmasq.Output);
        AssertBrcmIsanLease(probe);
        Assert.StartsWith("192.0.2.", probe.Text("address"), StringComparison.Ordinal);
        Assert.Equal(["192.0.2.53", "192.0.2.54"], probe.Get("dns").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Dnsmasq_gives_another_vendor_id_option_17_only()
    {
        using var network = DhcpNetwork.Create();
        using var dnsmasq = DhcpServers.StartDnsmasq4(network);

        var probe = AdapterProbe.Run(network, vendorId: "BRCM ISANX");

        Assert.True(probe.ExitCode == 0, probe.Trace + dnsmasq.Output);
        Assert.False(probe.Get("vendor-matched").GetBoolean());
        Assert.Equal(DhcpServers.RootPath4, probe.Get("root-path").GetProperty("text").GetString());
        Assert.Equal(1, probe.Get("root-path").GetProperty("lun-number").GetInt32());
        Assert.False(probe.Report.TryGetProperty("first-target", out _));
    }

    [Fact]
    public void Dnsmasq_without_dns_leaves_the_dns_list_empty()
    {
        using var network = DhcpNetwork.Create();
        using var dnsmasq = DhcpServers.StartDnsmasq4(network, withDns: false);

        var probe = AdapterProbe.Run(network);

        Assert.True(probe.ExitCode == 0, probe.Trace + dnsmasq.Output);
        Assert.Empty(probe.Get("dns").EnumerateArray());
        Assert.True(probe.Get("vendor-matched").GetBoolean());
    }

    [Fact]
    public void Kea_gives_brcm_isan_option_17_and_43_parsed_into_root_paths_and_the_initiator_name()
    {
        using var network = DhcpNetwork.Create();
        using var kea = DhcpServers.StartKea4(network);

        var probe = AdapterProbe.Run(network);

        Assert.True(probe.ExitCode == 0, probe.Trace + kea.Output);
        AssertBrcmIsanLease(probe);
        Assert.Equal("192.0.2.100", probe.Text("address"));
    }

    [Fact]
    public void Kea_serves_the_ipv6_path_with_options_16_and_17()
    {
        using var network = DhcpNetwork.Create();
        using var kea = DhcpServers.StartKea6(network);

        var probe = AdapterProbe.Run(network, ipv6: true);

        Assert.True(probe.ExitCode == 0, probe.Trace + kea.Output);
        Assert.Equal("DHCPv6", probe.Text("family"));
        Assert.StartsWith("2001:db8::", probe.Text("address"), StringComparison.Ordinal);
        Assert.Equal(4413, probe.Get("vendor-class-enterprise").GetInt32());
        Assert.Equal(["BRCM ISAN"], probe.Get("vendor-class").EnumerateArray().Select(e => e.GetString()));
        Assert.True(probe.Get("vendor-matched").GetBoolean());
        Assert.Equal(4413, probe.Get("vendor-options-enterprise").GetInt32());
        var first = probe.Get("first-target");
        Assert.Equal("2001:db8::1", first.GetProperty("server").GetString());
        Assert.Equal(64, first.GetProperty("lun-number").GetInt32());
        Assert.Equal("2001:db8::2", probe.Get("second-target").GetProperty("server").GetString());
        Assert.Equal(DhcpServers.InitiatorName, probe.Text("initiator-name"));
        Assert.Equal(["2001:db8::53"], probe.Get("dns").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Dnsmasq_sends_ipv6_option_17_but_without_option_16_the_card_does_not_use_it()
    {
        using var network = DhcpNetwork.Create();
        using var dnsmasq = DhcpServers.StartDnsmasq6(network);

        var probe = AdapterProbe.Run(network, ipv6: true);

        Assert.True(probe.ExitCode == 0, probe.Trace + dnsmasq.Output);
        Assert.Empty(probe.Get("vendor-class").EnumerateArray());
        Assert.False(probe.Get("vendor-matched").GetBoolean());
        Assert.False(probe.Report.TryGetProperty("first-target", out _));
    }

    private static void AssertBrcmIsanLease(AdapterProbe.Outcome probe)
    {
        Assert.Equal("DHCPv4", probe.Text("family"));
        Assert.Equal(24, probe.Get("prefix-length").GetInt32());
        Assert.Equal("192.0.2.1", probe.Text("router"));
        Assert.Equal("BRCM ISAN", probe.Text("vendor-class"));
        Assert.True(probe.Get("vendor-matched").GetBoolean());
        Assert.Equal(DhcpServers.RootPath4, probe.Get("root-path").GetProperty("text").GetString());
        var first = probe.Get("first-target");
        Assert.True(first.GetProperty("valid").GetBoolean());
        Assert.Equal("192.0.2.1", first.GetProperty("server").GetString());
        Assert.Equal(3260, first.GetProperty("port").GetInt32());
        Assert.Equal(64, first.GetProperty("lun-number").GetInt32());
        Assert.Equal("iqn.2003-01.org.example:disk1", first.GetProperty("target-name").GetString());
        Assert.Equal("192.0.2.2", probe.Get("second-target").GetProperty("server").GetString());
        Assert.Equal(DhcpServers.InitiatorName, probe.Text("initiator-name"));
    }
}
