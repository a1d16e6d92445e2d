using System.Net.Sockets;
using FlexFabricSim.Interop.Tests.Infrastructure;
using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Iscsi.Initiator;
using FlexFabricSim.Net.Iscsi.Login;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Interop.Tests.Iscsi;

/// <summary>Hostile byte streams over TCP into a running <c>flexfabric target serve</c> process, while an honest libiscsi session and
/// an honest session of our initiator keep reading (and answering the target's keep-alive pings): the process stays up and serves.</summary>
public sealed class HostileStreamTests : IDisposable
{
    private const string Name = "iqn.2026-11.lab.flexfabricsim:hostile";
    private const int MinimumRounds = 160;
    private const int ChunkBlocks = 256; // 128 KiB per READ
    private const int CheckCondition = 2;
    private static readonly TimeSpan MinimumDuration = TimeSpan.FromSeconds(12);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"ffs-hostile-{Guid.NewGuid():N}.img");
    private readonly byte[] _disk = new byte[8 << 20];

    public HostileStreamTests()
    {
        new Random(3720).NextBytes(_disk);
        File.WriteAllBytes(_file, _disk);
    }

    [Fact]
    public async Task HostileConnectionsNeverStopTheServeProcessFromServingHonestSessions()
    {
        var port = FreePort.Tcp();
        using var target = FakeTargetProcess.Start(port, "--target", Name, "--lun", $"0={_file}", "--nop-in-interval", "1", "--nop-in-timeout", "5");
        using var stop = new CancellationTokenSource();
        var libiscsiReads = new Counter();
        var ourReads = new Counter();
        var libiscsi = Task.Factory.StartNew(() => ReadWithLibiscsi(port, libiscsiReads, stop.Token), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var ours = ReadWithOurInitiatorAsync(port, ourReads, stop.Token);
        await WaitUntil(() => libiscsiReads.Value > 0 && ourReads.Value > 0, libiscsi, ours);

        var random = new Random(7143);
        var held = new List<Func<ValueTask>>(); // closers of dribbling and silent connections kept open while the rounds go on
        var (libiscsiBefore, oursBefore) = (libiscsiReads.Value, ourReads.Value);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            // At least MinimumRounds, and long enough for silent sessions' pings to time out and honest ones' to be answered.
            for (var round = 0; round < MinimumRounds || clock.Elapsed < MinimumDuration; round++)
            {
                await AttackAsync(round, port, random, held);
                Assert.False(target.HasExited, $"round {round}: the target exited\n{target.Output}");
                await ThrowIfEnded(libiscsi, ours);
            }
            // The honest sessions made progress while under attack, and go on doing so.
            await WaitUntil(() => libiscsiReads.Value >= libiscsiBefore + 5 && ourReads.Value >= oursBefore + 5, libiscsi, ours);
        }
        finally
        {
            await stop.CancelAsync();
            foreach (var close in held)
            {
                await close();
            }
        }
        await libiscsi; // rethrows a reader's failure: a wrong byte, a refused command, a lost session
        await ours;

        Assert.False(target.HasExited, target.Output);
        Assert.DoesNotContain("Unhandled exception", target.Output, StringComparison.Ordinal);
        Assert.Contains("did not answer a NOP-In ping", target.Output, StringComparison.Ordinal); // the silent sessions, not the honest ones
        // A newcomer still gets in and reads the right data.
        await using var fresh = await IscsiSession.LoginAsync(new IscsiPortal("127.0.0.1", port), Name, Options(), ConnectAsync);
        var lun = await fresh.AttachAsync(0);
        Assert.Equal(_disk.AsSpan(0, 4096).ToArray(), await fresh.ReadBlocksAsync(lun, 0, 8));
        await fresh.LogoutAsync();
    }

    /// <summary>One hostile connection of a kind chosen by the round.</summary>
    private async Task AttackAsync(int round, int port, Random random, List<Func<ValueTask>> held)
    {
        switch (round % 8)
        {
            case 0: // noise
                await SendAndCloseAsync(port, Bytes(random, random.Next(1, 6000)), reset: false);
                break;
            case 1: // well-formed PDUs with a few bytes changed, in the login phase
                await SendAndCloseAsync(port, Mutate(ValidPdus(random), random), reset: random.Next(2) == 0);
                break;
            case 2: // a header announcing 16 MiB of data, then a little of it
                var huge = new IscsiNopOut { Data = new byte[64] }.ToArray();
                huge[5] = huge[6] = huge[7] = 0xff;
                await SendAndCloseAsync(port, huge, reset: false);
                break;
            case 3: // a proper login, then garbage in full feature phase
                await LoggedInThenAsync(port, async stream => await stream.WriteAsync(Mutate(ValidPdus(random), random)), random);
                break;
            case 4: // a proper login, then truncated PDUs and a reset
                await LoggedInThenAsync(port, async stream => await stream.WriteAsync(ValidPdus(random).AsMemory(0, 30)), random, reset: true);
                break;
            case 5: // half a header, then silence: held open (the target's login timeout may drop it first)
                var dribble = await ConnectSocketAsync(port);
                await dribble.SendAsync(Bytes(random, 20));
                held.Add(() =>
                {
                    dribble.Dispose();
                    return ValueTask.CompletedTask;
                });
                break;
            case 6 when held.Count < 40: // logged in, then never reading: its pings go unanswered and the target drops it
                var silent = await IscsiSession.LoginAsync(new IscsiPortal("127.0.0.1", port), Name,
                    Options() with { Isid = 0x80_00_00_00_10_00UL + (ulong)round }, ConnectAsync);
                held.Add(silent.DisposeAsync);
                break;
            default: // a flood of commands for a LUN that does not exist, then an abrupt close
                await LoggedInThenAsync(port, async s =>
                {
                    for (var i = 0; i < 50; i++)
                    {
                        await s.WriteAsync(new IscsiScsiCommand
                        {
                            InitiatorTaskTag = (uint)i, Read = true, Lun = ScsiLun.FromNumber(4000), ExpectedDataTransferLength = 512,
                            CmdSN = (uint)(100 + i), Cdb = new ScsiRead10(0, 1).ToArray(),
                        }.ToArray());
                    }
                }, random, reset: true);
                break;
        }
    }

    private void ReadWithLibiscsi(int port, Counter reads, CancellationToken stop)
    {
        using var session = Libiscsi.Connect($"127.0.0.1:{port}", Name, 0);
        var random = new Random(1);
        var chunk = new byte[ChunkBlocks * 512];
        while (!stop.IsCancellationRequested)
        {
            var block = random.Next(0, _disk.Length / 512 - ChunkBlocks);
            // A reset that a hostile session asked for reaches every session as a unit attention (CHECK CONDITION), which an
            // initiator retries, as Linux's sd does.
            for (var attempt = 1; session.TryRead16((ulong)block, ChunkBlocks, chunk) is var status and not 0; attempt++)
            {
                Assert.True(status == CheckCondition && attempt < 5, $"libiscsi: READ(16) at {block} ended with SCSI status {status} (attempt {attempt})");
            }
            Assert.True(chunk.AsSpan().SequenceEqual(_disk.AsSpan(block * 512, chunk.Length)), $"libiscsi read wrong data at LBA {block}");
            reads.Increment();
        }
    }

    private async Task ReadWithOurInitiatorAsync(int port, Counter reads, CancellationToken stop)
    {
        await using var session = await IscsiSession.LoginAsync(new IscsiPortal("127.0.0.1", port), Name,
            Options() with { Isid = 0x80_00_00_00_00_01UL }, ConnectAsync, cancellationToken: CancellationToken.None);
        var lun = await session.AttachAsync(0);
        var random = new Random(2);
        var chunk = new byte[ChunkBlocks * 512];
        while (!stop.IsCancellationRequested)
        {
            var block = random.Next(0, _disk.Length / 512 - ChunkBlocks);
            await session.ReadAsync(lun.Lun, (ulong)block, ChunkBlocks, 512, chunk);
            Assert.True(chunk.AsSpan().SequenceEqual(_disk.AsSpan(block * 512, chunk.Length)), $"our initiator read wrong data at LBA {block}");
            reads.Increment();
        }
        await session.LogoutAsync();
    }

    /// <summary>Logs in properly with our initiator, then does <paramref name="abuse"/> on the raw stream and closes.</summary>
    private static async Task LoggedInThenAsync(int port, Func<Stream, Task> abuse, Random random, bool reset = false)
    {
        Socket? socket = null;
        var session = await IscsiSession.LoginAsync(new IscsiPortal("127.0.0.1", port), Name,
            Options() with { Isid = 0x80_00_00_00_20_00UL + (ulong)random.Next(0x1000) },
            async (portal, ct) =>
            {
                var client = new TcpClient { NoDelay = true };
                await client.ConnectAsync(portal.Host, portal.Port, ct);
                socket = client.Client;
                return client.GetStream();
            });
        await using var stream = new NetworkStream(socket!, ownsSocket: false);
        try
        {
            await abuse(stream);
        }
        catch (IOException)
        {
            // The target may well have closed on us already: that is its right.
        }
        if (reset)
        {
            socket!.LingerState = new LingerOption(true, 0); // close with RST
        }
        await session.DisposeAsync();
    }

    private static async Task SendAndCloseAsync(int port, byte[] bytes, bool reset)
    {
        using var socket = await ConnectSocketAsync(port);
        try
        {
            await socket.SendAsync(bytes);
        }
        catch (SocketException)
        {
            // Refused mid-way (the target closed after a bad header): fine.
        }
        if (reset)
        {
            socket.LingerState = new LingerOption(true, 0);
        }
    }

    private static async Task<Socket> ConnectSocketAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync("127.0.0.1", port);
        return socket;
    }

    private static IscsiInitiatorOptions Options() => new() { InitiatorName = "iqn.2026-11.lab.flexfabricsim:hostile-test" };

    private static async ValueTask<Stream> ConnectAsync(IscsiPortal portal, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(portal.Host, portal.Port, cancellationToken);
        return client.GetStream();
    }

    /// <summary>One to three well-formed initiator PDUs of assorted kinds, back to back.</summary>
    private static byte[] ValidPdus(Random random)
    {
        IscsiPdu[] kinds =
        [
            new IscsiLoginRequest
            {
                Transit = true, CurrentStage = IscsiLoginStage.SecurityNegotiation, NextStage = IscsiLoginStage.LoginOperationalNegotiation,
                Isid = 0x80_00_00_00_30_00UL,
                Data = IscsiTextCodec.Encode([new(IscsiKeys.InitiatorName, "iqn.2026-11.lab:x"), new(IscsiKeys.TargetName, Name),
                    new(IscsiKeys.SessionType, "Normal"), new(IscsiKeys.AuthMethod, "None")]),
            },
            new IscsiScsiCommand { InitiatorTaskTag = 1, Read = true, ExpectedDataTransferLength = 4096, Cdb = new ScsiRead10(0, 8).ToArray() },
            new IscsiTextRequest { InitiatorTaskTag = 2, Data = IscsiTextCodec.Encode([new(IscsiKeys.SendTargets, "All")]) },
            new IscsiNopOut { InitiatorTaskTag = 3, Data = new byte[] { 1, 2, 3, 4, 5 } },
            new IscsiDataOut { InitiatorTaskTag = 1, TargetTransferTag = 7, Data = new byte[1000] },
            new IscsiTaskManagementRequest { InitiatorTaskTag = 4, Function = IscsiTaskManagementFunction.TargetColdReset },
            new IscsiSnackRequest { InitiatorTaskTag = 5 },
            new IscsiLogoutRequest { InitiatorTaskTag = 6 },
        ];
        return Enumerable.Range(0, random.Next(1, 4)).SelectMany(_ => kinds[random.Next(kinds.Length)].ToArray()).ToArray();
    }

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        for (var n = random.Next(1, 8); n > 0; n--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }
        return random.Next(4) == 0 ? bytes[..random.Next(1, bytes.Length)] : bytes;
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Waits (real time, at most a minute) for <paramref name="condition"/>, failing early when a reader has failed.</summary>
    private static async Task WaitUntil(Func<bool> condition, params Task[] readers)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!condition())
        {
            await ThrowIfEnded(readers);
            Assert.True(DateTime.UtcNow < deadline, "the honest readers made no progress within a minute");
            await Task.Delay(50);
        }
    }

    /// <summary>Fails with a reader's own exception when one has ended before being told to stop.</summary>
    private static async Task ThrowIfEnded(params Task[] readers)
    {
        if (readers.FirstOrDefault(r => r.IsCompleted) is { } ended)
        {
            await ended;
            Assert.Fail("an honest reader stopped early");
        }
    }

    public void Dispose() => File.Delete(_file);

    /// <summary>A thread-safe count of completed reads.</summary>
    private sealed class Counter
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public void Increment() => Interlocked.Increment(ref _value);
    }
}
