using System.Net;
using FlexFabricSim.Interop.Tests.Infrastructure;
using FlexFabricSim.Net;
using FlexFabricSim.Net.Capture;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Lab;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Stack;
using FlexFabricSim.Net.Udp;

namespace FlexFabricSim.Interop.Tests.Stack;

/// <summary>A lab capture read by tshark with every checksum check on: no malformed frame, no bad checksum.</summary>
public sealed class LabCaptureTsharkTests
{
    [Fact]
    public void LabCaptureIsCleanInTsharkWithChecksumValidation()
    {
        var tshark = Tools.Require("tshark", "tshark");
        var path = Path.Combine(Path.GetTempPath(), $"ffs-lab-{Guid.NewGuid():N}.pcapng");
        try
        {
            WriteLabCapture(path);
            string[] checks = ["-o", "tcp.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE", "-o", "ip.check_checksum:TRUE"];
            var all = Shell.Run(tshark, ["-r", path, .. checks, "-T", "fields", "-e", "frame.protocols"]);
            Assert.Equal(0, all.ExitCode);
            var protocols = all.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(protocols.Length > 500, $"{protocols.Length} frames");
            foreach (var expected in new[] { "vlan:ethertype:arp", "ip:icmp", "ipv6:icmpv6", "ip:udp", "ip:tcp" })
            {
                Assert.Contains(protocols, p => p.Contains(expected, StringComparison.Ordinal));
            }

            // Severity "error" (8388608) covers malformed frames and every failed checksum check.
            var bad = Shell.Run(tshark, ["-r", path, .. checks, "-Y", "_ws.malformed || _ws.expert.severity >= 8388608 || tcp.checksum.status == 0 || udp.checksum.status == 0 || ip.checksum.status == 0 || icmp.checksum.status == 0 || icmpv6.checksum.status == 0"]);
            Assert.Equal(0, bad.ExitCode);
            Assert.True(string.IsNullOrWhiteSpace(bad.StandardOutput), bad.StandardOutput);
            var verified = Shell.Run(tshark, ["-r", path, .. checks, "-Y", "tcp.checksum.status == 1", "-T", "fields", "-e", "frame.number"]);
            Assert.True(verified.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 400, "tshark really verified the TCP checksums");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Two hosts on a trunk and an access port of VLAN 7: ARP, ping over both IP versions, UDP, and 1 MB over TCP.</summary>
    private static void WriteLabCapture(string path)
    {
        var lab = new LabScheduler();
        var sw = new LabSwitch(lab);
        var portA = sw.AddPort(new LabPortOptions { Name = "a", VlanMode = VlanMode.Trunk, NativeVlan = null });
        var portB = sw.AddPort(new LabPortOptions { Name = "b", AccessVlan = 7 });
        var a = new NetworkStack(new NetworkStackOptions
        {
            Mac = MacAddress.Parse("02:00:00:00:00:0a"), VlanId = 7, IPv4Address = IPPrefix.Parse("192.0.2.1/24"), RandomSeed = 1,
            Tcp = new Net.Tcp.TcpSettings { Timestamps = true },
        }, lab, portA);
        var b = new NetworkStack(new NetworkStackOptions { Mac = MacAddress.Parse("02:00:00:00:00:0b"), IPv4Address = IPPrefix.Parse("192.0.2.2/24"), RandomSeed = 2 }, lab, portB);
        using var file = AtomicFile.Create(path);
        using (var writer = new PcapngWriter(file.Stream, leaveOpen: true))
        {
            PcapngTap.Attach(portA, writer);
            lab.Run(async () =>
            {
                await a.WaitForLinkAsync();
                await b.WaitForLinkAsync();
                Assert.NotNull(await a.PingAsync(IPAddress.Parse("192.0.2.2"), TimeSpan.FromSeconds(1)));
                await Task.Delay(TimeSpan.FromSeconds(2), lab.TimeProvider);
                Assert.NotNull(await a.PingAsync(IPAddress.Parse("fe80::ff:fe00:b"), TimeSpan.FromSeconds(1)));
                using (var server = b.OpenUdp(5000))
                using (var client = a.OpenUdp(5001))
                {
                    client.SendTo(new byte[300], new IPEndPoint(IPAddress.Broadcast, 5000), new UdpSendOptions { SourceAddress = IPAddress.Any });
                    client.SendTo(new byte[300], new IPEndPoint(IPAddress.Parse("192.0.2.2"), 5000));
                    await server.ReceiveAsync();
                    await server.ReceiveAsync();
                }

                using var listener = b.ListenTcp(3260);
                var accept = listener.AcceptAsync().AsTask();
                var connection = await a.ConnectTcpAsync(IPAddress.Parse("192.0.2.2"), 3260);
                var accepted = await accept;
                var data = new byte[1_000_000];
                new Random(1).NextBytes(data);
                var write = connection.WriteAsync(data).AsTask();
                var buffer = new byte[65536];
                var total = 0;
                while (total < data.Length)
                {
                    total += await accepted.ReadAsync(buffer);
                }

                await write;
                connection.Close();
                accepted.Close();
                await connection.Closed.WaitAsync(TimeSpan.FromMinutes(5), lab.TimeProvider);
            });
        }

        file.Commit();
    }
}
