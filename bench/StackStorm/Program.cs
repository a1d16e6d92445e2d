using System.Diagnostics;
using System.Globalization;
using System.Net;
using FlexFabricSim.Net;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Lab;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Stack;
using FlexFabricSim.Net.Tcp;

// The boot storm's network half: N client stacks on one lab switch each open a TCP connection to one server stack and
// exchange 64 KiB (send it, get it echoed back). Prints wall time and peak memory. Goal: 1,000 clients in <= 2 s, <= 500 MB.
var clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var exchange = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 64 * 1024;
var payload = new byte[exchange];
new Random(1).NextBytes(payload);

var wall = Stopwatch.StartNew();
var lab = new LabScheduler();
var lanSwitch = new LabSwitch(lab);
var serverAddress = IPAddress.Parse("10.0.0.1");
var server = new NetworkStack(new NetworkStackOptions
{
    Mac = new MacAddress(0x02_00_00_00_00_01),
    Name = "server",
    IPv4Address = new IPPrefix(serverAddress, 16),
    EnableIPv6 = false,
    RandomSeed = 1,
}, lab, lanSwitch.AddPort());
var hosts = new NetworkStack[clients];
for (var i = 0; i < clients; i++)
{
    var address = new IPAddress([10, 0, (byte)((i + 2) >> 8), (byte)(i + 2)]);
    hosts[i] = new NetworkStack(new NetworkStackOptions
    {
        Mac = new MacAddress(0x02_00_00_01_00_00UL + (ulong)i),
        Name = $"client{i}",
        IPv4Address = new IPPrefix(address, 16),
        EnableIPv6 = false,
        RandomSeed = i + 2,
    }, lab, lanSwitch.AddPort());
}

var setup = wall.Elapsed;
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var failures = 0;
lab.Run(async () =>
{
    await server.WaitForLinkAsync();
    using var listener = server.ListenTcp(3260, backlog: clients + 16);
    var serving = ServeAsync(listener, clients);
    var runs = new Task[clients];
    for (var i = 0; i < clients; i++)
    {
        runs[i] = ClientAsync(hosts[i]);
    }

    await Task.WhenAll(runs);
    await serving;
});
wall.Stop();

using var process = Process.GetCurrentProcess();
process.Refresh();
var rx = server.Counters;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{clients} clients x {exchange / 1024} KiB each way: wall {wall.Elapsed.TotalSeconds:0.000} s (setup {setup.TotalSeconds:0.000} s), " +
    $"CPU in the run {(process.TotalProcessorTime - cpuBefore).TotalSeconds:0.000} s, " +
    $"virtual {lab.Clock.Elapsed.TotalMilliseconds:0.0} ms, work items {lab.ExecutedWorkItems}, failures {failures}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"peak working set {process.PeakWorkingSet64 / (1024.0 * 1024):0} MB, managed heap now {GC.GetTotalMemory(false) / (1024.0 * 1024):0} MB, " +
    $"allocated {GC.GetTotalAllocatedBytes() / (1024.0 * 1024):0} MB, GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"server: frames received {rx.FramesReceived}, sent {rx.FramesSent}, dropped {rx.TotalDropped}, retransmissions {rx.TcpRetransmissions}"));
return failures == 0 ? 0 : 1;

async Task ClientAsync(NetworkStack host)
{
    try
    {
        await host.WaitForLinkAsync();
        var connection = await host.ConnectTcpAsync(serverAddress, 3260);
        var write = connection.WriteAsync(payload);
        var buffer = new byte[16 * 1024];
        var total = 0;
        while (total < payload.Length)
        {
            var n = await connection.ReadAsync(buffer);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        await write;
        connection.Close();
        if (total != payload.Length)
        {
            failures++;
        }
    }
    catch (TcpException)
    {
        failures++;
    }
}

static async Task ServeAsync(TcpListener listener, int count)
{
    var echoes = new List<Task>(count);
    for (var i = 0; i < count; i++)
    {
        var connection = await listener.AcceptAsync();
        echoes.Add(EchoAsync(connection));
    }

    await Task.WhenAll(echoes);
}

static async Task EchoAsync(TcpConnection connection)
{
    var buffer = new byte[16 * 1024];
    int n;
    while ((n = await connection.ReadAsync(buffer)) > 0)
    {
        await connection.WriteAsync(buffer.AsMemory(0, n));
    }

    connection.Close();
}
