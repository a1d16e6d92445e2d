using FlexFabricSim.Interop.Tests.Infrastructure;

namespace FlexFabricSim.Interop.Tests.Stack;

/// <summary>The adapter's stack on a real interface, with the Linux kernel as its peer (issue 8 acceptance).</summary>
public sealed class NetHostKernelPeerTests
{
    [Fact]
    public void KernelPingsTheHostOverIPv4AndIPv6LinkLocal()
    {
        using var lab = new NetHostLab();
        lab.Kernel.Ip("addr", "add", "192.0.2.2/24", "dev", NetHostLab.KernelInterface);
        lab.StartHost("--ip", "192.0.2.10/24");
        lab.WaitForLinkLocal();
        var ping = lab.InKernel("ping", "-c", "3", "-W", "2", "192.0.2.10");
        Assert.True(ping.ExitCode == 0, ping.StandardOutput + ping.StandardError);
        Assert.Contains("3 received", ping.StandardOutput);
        var ping6 = lab.InKernel("ping", "-6", "-c", "3", "-W", "2", $"{NetHostLab.HostLinkLocal}%{NetHostLab.KernelInterface}");
        Assert.True(ping6.ExitCode == 0, ping6.StandardOutput + ping6.StandardError);
        Assert.Contains("3 received", ping6.StandardOutput);
        var output = lab.StopHost();
        Assert.Contains("summary: received", output);
    }

    [Fact]
    public void SixtyFourMebibytesComeBackFromTheEchoPort()
    {
        using var lab = new NetHostLab();
        Tools.Require("python3", "python3");
        lab.Kernel.Ip("addr", "add", "192.0.2.2/24", "dev", NetHostLab.KernelInterface);
        lab.StartHost("--ip", "192.0.2.10/24", "--echo-port", "7");
        var result = lab.InKernel("python3", NetHostLab.ScriptNextToThisFile("echo_client.py"), "192.0.2.10", "7", (64 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(result.ExitCode == 0, result.StandardError);
        var fields = result.StandardOutput.Trim().Split(' ');
        Assert.Equal("67108864", fields[0]);
        Assert.Equal(fields[2], fields[1]);
        var output = lab.StopHost();
        Assert.Contains("closed after 67108864 bytes", output);
    }

    [Fact]
    public void WithVlan100OnlyTheKernelsVlanSubinterfaceReachesTheHost()
    {
        using var lab = new NetHostLab();
        var vlan = $"{NetHostLab.KernelInterface}.100";
        var subinterface = lab.Kernel.Exec("ip", ["link", "add", "link", NetHostLab.KernelInterface, "name", vlan, "type", "vlan", "id", "100"]);
        if (subinterface.ExitCode == 0)
        {
            lab.Kernel.Ip("link", "set", vlan, "up");
            lab.Kernel.Ip("addr", "add", "192.0.2.2/24", "dev", vlan);
            lab.Kernel.Ip("addr", "add", "192.0.2.3/24", "dev", NetHostLab.KernelInterface);
            lab.StartHost("--ip", "192.0.2.10/24", "--vlan", "100");
            var tagged = lab.InKernel("ping", "-c", "2", "-W", "2", "-I", vlan, "192.0.2.10");
            Assert.True(tagged.ExitCode == 0, tagged.StandardOutput + tagged.StandardError);
            var untagged = lab.InKernel("ping", "-c", "2", "-W", "2", "-I", NetHostLab.KernelInterface, "192.0.2.10");
            Assert.NotEqual(0, untagged.ExitCode);
        }
        else
        {
            // This kernel cannot tag at all (no 8021q, no bridge VLAN filtering, no tc vlan action): frames built on the
            // kernel's side of the veth stand in for veth.100, and tshark there sees what the host answers.
            Assert.Contains("Unknown device type", subinterface.StandardError);
            var tshark = Tools.Require("tshark", "tshark");
            lab.StartHost("--ip", "192.0.2.10/24", "--vlan", "100");
            var capture = Path.Combine(Path.GetTempPath(), $"ffs-vlan-{Guid.NewGuid():N}.pcapng");
            try
            {
                using (var sniffer = lab.Kernel.Start(tshark, ["-i", NetHostLab.KernelInterface, "-f", "arp or vlan", "-w", capture]))
                {
                    sniffer.WaitForOutput("Capturing on", TimeSpan.FromSeconds(30));
                    foreach (var tag in new[] { "100", "0", "200" })
                    {
                        var probe = lab.InKernel("python3", NetHostLab.ScriptNextToThisFile("vlan_arp_probe.py"), NetHostLab.KernelInterface,
                            "02:00:00:00:00:20", "192.0.2.2", "192.0.2.10", tag, "3");
                        Assert.True(probe.ExitCode == 0, probe.StandardError);
                    }

                    Thread.Sleep(500);
                }

                var replies = Shell.Run(tshark, ["-r", capture, "-Y", "arp.opcode == 2", "-T", "fields", "-e", "vlan.id", "-e", "arp.src.proto_ipv4", "-e", "eth.dst"]);
                var lines = replies.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(3, lines.Length);
                Assert.All(lines, l => Assert.Equal("100\t192.0.2.10\t02:00:00:00:00:20", l.Trim()));
            }
            finally
            {
                File.Delete(capture);
            }
        }

        var output = lab.StopHost();
        Assert.Matches("VlanMismatch=[1-9]", output);
    }

    [Theory]
    [InlineData("on")]
    [InlineData("off")]
    public void SynAckCarriesTheTimestampsOptionOnlyWhenEnabled(string setting)
    {
        using var lab = new NetHostLab();
        var tshark = Tools.Require("tshark", "tshark");
        lab.Kernel.Ip("addr", "add", "192.0.2.2/24", "dev", NetHostLab.KernelInterface);
        lab.StartHost("--ip", "192.0.2.10/24", "--echo-port", "7", "--tcp-timestamps", setting);
        var capture = Path.Combine(Path.GetTempPath(), $"ffs-ts-{Guid.NewGuid():N}.pcapng");
        try
        {
            using (var sniffer = lab.Kernel.Start(tshark, ["-i", NetHostLab.KernelInterface, "-f", "tcp port 7", "-w", capture]))
            {
                sniffer.WaitForOutput("Capturing on", TimeSpan.FromSeconds(30));
                var client = lab.InKernel("python3", NetHostLab.ScriptNextToThisFile("echo_client.py"), "192.0.2.10", "7", "100000");
                Assert.True(client.ExitCode == 0, client.StandardError);
                Thread.Sleep(500);
            }

            var fields = Shell.Run(tshark, ["-r", capture, "-Y", "tcp.flags.syn == 1", "-T", "fields", "-e", "ip.src", "-e", "tcp.flags.ack", "-e", "tcp.options.timestamp.tsval"]);
            var lines = fields.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
            var syn = Assert.Single(lines, l => l[0] == "192.0.2.2");
            var synAck = Assert.Single(lines, l => l[0] == "192.0.2.10");
            Assert.NotEmpty(syn[2]);
            Assert.Equal(setting == "on", synAck[2].Length > 0);
        }
        finally
        {
            File.Delete(capture);
        }
    }

    [Fact]
    public void RadvdPrefixGivesTheHostASlaacAddressAndTheCaptureShowsItsSolicitations()
    {
        using var lab = new NetHostLab();
        var radvd = Tools.Require("radvd", "radvd");
        var tshark = Tools.Require("tshark", "tshark");
        lab.Kernel.Exec("sysctl", ["-qw", "net.ipv6.conf.all.forwarding=1"]).EnsureSuccess("enable IPv6 forwarding for radvd");
        lab.Kernel.Ip("addr", "add", "2001:db8:1::1/64", "dev", NetHostLab.KernelInterface);
        var directory = Directory.CreateTempSubdirectory("ffs-radvd-");
        try
        {
            var config = Path.Combine(directory.FullName, "radvd.conf");
            File.WriteAllText(config, $$"""
                interface {{NetHostLab.KernelInterface}} {
                    AdvSendAdvert on;
                    MinRtrAdvInterval 30;
                    MaxRtrAdvInterval 60;
                    prefix 2001:db8:1::/64 { AdvOnLink on; AdvAutonomous on; };
                };
                """);
            var capture = Path.Combine(directory.FullName, "rs.pcapng");
            using var sniffer = lab.Kernel.Start(tshark, ["-i", NetHostLab.KernelInterface, "-f", "icmp6", "-w", capture]);
            sniffer.WaitForOutput("Capturing on", TimeSpan.FromSeconds(30));
            using var router = lab.Kernel.Start(radvd, ["-n", "-d", "1", "-m", "stderr", "-C", config, "-p", Path.Combine(directory.FullName, "radvd.pid")]);
            Thread.Sleep(1000);
            var host = lab.StartHost("--ipv6-autoconf");
            host.WaitForOutput("address: 2001:db8:1::ff:fe00:10/64 (Autoconfigured, Preferred)", TimeSpan.FromSeconds(30));
            Assert.Contains("router: router fe80::", host.Output);
            Assert.Contains("prefix: prefix 2001:db8:1::/64", host.Output);
            var ping = lab.InKernel("ping", "-6", "-c", "2", "-W", "2", "2001:db8:1::ff:fe00:10");
            Assert.True(ping.ExitCode == 0, ping.StandardOutput + ping.StandardError);
            lab.StopHost();
            router.Dispose();
            sniffer.Dispose();
            var solicitations = Shell.Run(tshark, ["-r", capture, "-Y", "icmpv6.type == 133", "-T", "fields", "-e", "ipv6.src", "-e", "icmpv6.opt.linkaddr"]);
            var first = solicitations.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).First();
            Assert.Equal($"{NetHostLab.HostLinkLocal}\t{NetHostLab.HostMac}", first.Trim());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
