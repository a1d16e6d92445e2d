using System.Net;
using FlexFabricSim.Net.Capture;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Tests.Stack;
using FlexFabricSim.Net.Udp;

namespace FlexFabricSim.Net.Tests.Capture;

/// <summary>A small two-host lab that exercises every protocol once and returns the capture of host A's link.</summary>
internal static class LabCaptureScenario
{
    public static byte[] Run(int transferBytes, LinkFaults? faults = null)
    {
        var lab = new TwoHostLab(
            a => a with { Tcp = a.Tcp with { Timestamps = true } },
            b => b with { Tcp = b.Tcp with { Timestamps = true } },
            portA: new LabPortOptions { Name = "a", Faults = faults ?? LinkFaults.None });
        var output = new MemoryStream();
        using (var writer = new PcapngWriter(output, leaveOpen: true))
        {
            PcapngTap.Attach(lab.PortA, writer);
            lab.Run(async () =>
            {
                await lab.A.PingAsync(TwoHostLab.AddressB, TimeSpan.FromSeconds(1));
                await Task.Delay(TimeSpan.FromSeconds(2), lab.Lab.TimeProvider);
                await lab.A.PingAsync(IPAddress.Parse("fe80::ff:fe00:b"), TimeSpan.FromSeconds(1));
                using (var server = lab.B.OpenUdp(5000))
                using (var client = lab.A.OpenUdp(5001))
                {
                    client.SendTo("hello"u8, new IPEndPoint(IPAddress.Broadcast, 5000), new UdpSendOptions { SourceAddress = IPAddress.Any });
                    await server.ReceiveAsync();
                }

                using var listener = lab.B.ListenTcp(3260);
                var accept = listener.AcceptAsync().AsTask();
                var connection = await lab.A.ConnectTcpAsync(TwoHostLab.AddressB, 3260);
                var accepted = await accept;
                var data = new byte[transferBytes];
                new Random(5).NextBytes(data);
                var write = connection.WriteAsync(data).AsTask();
                var buffer = new byte[16384];
                var total = 0;
                while (total < transferBytes)
                {
                    total += await accepted.ReadAsync(buffer);
                }

                await write;
                connection.Close();
                Assert.Equal(0, await accepted.ReadAsync(buffer));
                accepted.Close();
                await connection.Closed.WaitAsync(TimeSpan.FromMinutes(5), lab.Lab.TimeProvider);
            });
        }

        return output.ToArray();
    }
}
