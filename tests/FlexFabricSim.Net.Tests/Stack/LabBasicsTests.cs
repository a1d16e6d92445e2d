using System.Net;
using System.Security.Cryptography;
using FlexFabricSim.Net.Tcp;

namespace FlexFabricSim.Net.Tests.Stack;

public sealed class LabBasicsTests
{
    [Fact]
    public void PingOverIPv4ResolvesByArpAndAnswers()
    {
        var lab = new TwoHostLab();
        var rtt = lab.Run(() => lab.A.PingAsync(TwoHostLab.AddressB, TimeSpan.FromSeconds(1)));
        Assert.NotNull(rtt);
        Assert.True(rtt < TimeSpan.FromMilliseconds(1), $"rtt {rtt}");
        Assert.Equal(TwoHostLab.MacB, lab.Lab.Run(() => Task.FromResult(lab.A.ArpTable[TwoHostLab.AddressB])));
    }

    [Fact]
    public void TcpEchoSmallTransfer()
    {
        var lab = new TwoHostLab();
        var data = RandomNumberGenerator.GetBytes(300_000);
        var echoed = lab.Run(async () =>
        {
            var listener = lab.B.ListenTcp(7);
            var serverTask = Serve(listener);
            var client = await lab.A.ConnectTcpAsync(TwoHostLab.AddressB, 7);
            var stream = client.GetStream();
            var writer = WriteAll(stream, data);
            var received = new MemoryStream();
            var buffer = new byte[8192];
            int n;
            while (received.Length < data.Length && (n = await stream.ReadAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, n);
            }

            await writer;
            stream.Dispose();
            await serverTask;
            return received.ToArray();
        });
        Assert.Equal(SHA256.HashData(data), SHA256.HashData(echoed));
    }

    private static async Task WriteAll(Stream stream, byte[] data)
    {
        for (var i = 0; i < data.Length; i += 10_000)
        {
            await stream.WriteAsync(data.AsMemory(i, Math.Min(10_000, data.Length - i)));
        }
    }

    private static async Task Serve(TcpListener listener)
    {
        var connection = await listener.AcceptAsync();
        var stream = connection.GetStream();
        var buffer = new byte[16384];
        int n;
        while ((n = await stream.ReadAsync(buffer)) > 0)
        {
            await stream.WriteAsync(buffer.AsMemory(0, n));
        }

        stream.Dispose();
    }
}
