using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Iscsi.Failures;
using FlexFabricSim.Net.Iscsi.Initiator;
using FlexFabricSim.Net.Iscsi.Target;
using FlexFabricSim.Net.Scsi;
using Microsoft.Extensions.Time.Testing;

namespace FlexFabricSim.Net.Tests.Iscsi;

/// <summary>What the target sends unprompted: NOP-In keep-alive pings and Asynchronous Messages, and how each side deals with them,
/// on a virtual clock.</summary>
public sealed class IscsiUnpromptedTests
{
    /// <summary>Initiator time-outs far beyond what the tests advance, so only the behaviour under test can end a wait.</summary>
    private static IscsiInitiatorOptions Patient() => IscsiLab.Initiator() with
    {
        LoginTimeout = TimeSpan.FromHours(1),
        CommandTimeout = TimeSpan.FromHours(1),
        LogoutTimeout = TimeSpan.FromHours(1),
    };

    /// <summary>Runs <paramref name="task"/> to completion, moving the virtual clock one second every few real milliseconds.</summary>
    private static async Task Drive(FakeTimeProvider time, Task task)
    {
        while (!task.IsCompleted)
        {
            await Task.Delay(5);
            time.Advance(TimeSpan.FromSeconds(1));
        }
        await task;
    }

    /// <summary>Runs <paramref name="task"/> to completion on the moving virtual clock and returns its result.</summary>
    private static async Task<T> Drive<T>(FakeTimeProvider time, Task<T> task)
    {
        await Drive(time, (Task)task);
        return await task;
    }

    /// <summary>Advances the virtual clock until <paramref name="condition"/> holds; returns the virtual time since <paramref name="since"/>.</summary>
    /// <remarks>
    /// The target reacts on the thread pool, in real time. From <paramref name="settleFrom"/> of virtual time on, each virtual
    /// second waits (up to half a real second) for that reaction before the clock moves again, so a loaded machine cannot
    /// make the measured virtual time overshoot.
    /// </remarks>
    private static async Task<TimeSpan> AdvanceUntil(
        FakeTimeProvider time, Func<bool> condition, DateTimeOffset since, TimeSpan limit, TimeSpan settleFrom)
    {
        while (!condition())
        {
            Assert.True(time.GetUtcNow() - since < limit, $"not reached within {limit} of virtual time");
            var patience = time.GetUtcNow() - since >= settleFrom ? 100 : 1;
            for (var i = 0; i < patience && !condition(); i++)
            {
                await Task.Delay(5);
            }
            if (!condition())
            {
                time.Advance(TimeSpan.FromSeconds(1));
            }
        }
        return time.GetUtcNow() - since;
    }

    private static List<IscsiPdu> Pdus(byte[] flow)
    {
        var pdus = new List<IscsiPdu>();
        var offset = 0;
        while (IscsiPduReader.TryRead(flow.AsMemory(offset), IscsiDigests.None, out var pdu, out var consumed))
        {
            pdus.Add(pdu);
            offset += consumed;
        }
        return pdus;
    }

    [Fact]
    public async Task TheInitiatorAnswersEveryPingThatArrivesWhileItWorks()
    {
        var time = new FakeTimeProvider();
        using var lab = new IscsiLab();
        var target = lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(), new IscsiTargetFaults { ReadDelay = TimeSpan.FromSeconds(3) }) with
        {
            NopInInterval = TimeSpan.FromSeconds(5),
            NopInTimeout = TimeSpan.FromMinutes(5),
            LoginTimeout = TimeSpan.FromHours(1),
        }, time);
        TappedStream? tap = null;
        var options = Patient() with { QueueDepth = 2, MaxTransferLength = 64 * 1024 };
        await using var session = await Drive(time, IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, options,
            async (portal, ct) => tap = new TappedStream(await lab.ConnectAsync(portal, ct)), time));
        var lun = await Drive(time, session.AttachAsync(0));

        // 8 READs of 64 KiB, each held 3 s by the target: about 24 s, so four or five pings arrive in the middle of the read.
        var data = await Drive(time, session.ReadBlocksAsync(lun, 0, 1024));
        Assert.Equal(512 * 1024, data.Length);
        Assert.Equal(1, target.ActiveConnections);

        var pings = Pdus(tap!.Received).OfType<IscsiNopIn>().Where(n => n.InitiatorTaskTag == IscsiPdu.ReservedTag).ToList();
        var answers = Pdus(tap.Sent).OfType<IscsiNopOut>().Where(n => n.InitiatorTaskTag == IscsiPdu.ReservedTag).ToList();
        Assert.True(pings.Count >= 3, $"{pings.Count} pings");
        // Every ping read was answered, with its tag, immediately (RFC 7143 §11.18): the last may still be in flight unread.
        Assert.Equal(pings.Select(p => p.TargetTransferTag), answers.Select(a => a.TargetTransferTag));
        Assert.All(answers, a => Assert.True(a.Immediate));
        await Drive(time, session.LogoutAsync());
    }

    [Fact]
    public async Task AConnectionWhosePingsGoUnansweredIsDroppedAfterTheTimeout()
    {
        var time = new FakeTimeProvider();
        using var lab = new IscsiLab();
        var target = lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk()) with
        {
            NopInInterval = TimeSpan.FromSeconds(5),
            NopInTimeout = TimeSpan.FromSeconds(15),
            LoginTimeout = TimeSpan.FromHours(1),
        }, time);
        var start = time.GetUtcNow();
        await using var session = await Drive(time, IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, Patient(), lab.ConnectAsync, time));

        // The session runs no operation, so nothing reads the ping: the target gives up after interval + timeout.
        var took = await AdvanceUntil(time, () => target.ActiveConnections == 0, start, TimeSpan.FromMinutes(1), settleFrom: TimeSpan.FromSeconds(19));
        Assert.InRange(took, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(25));
        var e = await Assert.ThrowsAsync<IscsiException>(() => session.TestUnitReadyAsync(ScsiLun.Zero));
        Assert.Equal(IscsiFailureKind.ConnectionLost, e.Failure.Kind);
        Assert.Equal(GuideEventId.ConnectionLost, e.Failure.EventId);
    }

    [Fact]
    public async Task ALogoutRequestIsHonouredByLoggingOutAndInAgain()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(), new IscsiTargetFaults { AsyncMessage = new(IscsiAsyncEvent.LogoutRequested, 3) }));
        await using var session = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(), lab.ConnectAsync);
        var firstTsih = session.Tsih;

        // TEST UNIT READY (power-on attention), TEST UNIT READY, INQUIRY: the third command brings the request; the next
        // operation reads it and, once its command is done, logs out and in again.
        var lun = await session.AttachAsync(0);
        var message = Assert.Single(session.AsyncEvents);
        Assert.Equal(IscsiAsyncEvent.LogoutRequested, message.AsyncEvent);
        Assert.Equal(10, message.Parameter3);
        Assert.Equal([GuideEventId.AsyncLogout], session.Notices);
        Assert.Equal(IscsiSessionState.FullFeature, session.State);
        Assert.NotEqual(firstTsih, session.Tsih);

        // The new session works, and the target asks only once.
        var pattern = Enumerable.Range(0, 4096).Select(i => (byte)i).ToArray();
        await session.WriteAsync(lun.Lun, 8, 512, pattern);
        Assert.Equal(pattern, await session.ReadBlocksAsync(lun, 8, 8));
        Assert.Single(session.AsyncEvents);
        await session.LogoutAsync();
    }

    [Fact]
    public async Task ALogoutRequestArrivingDuringABulkReadIsHonouredBetweenCommands()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(), new IscsiTargetFaults { AsyncMessage = new(IscsiAsyncEvent.LogoutRequested, 6) }));
        await using var session = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName,
            IscsiLab.Initiator() with { MaxTransferLength = 64 * 1024 }, lab.ConnectAsync);
        var lun = await session.AttachAsync(0); // four commands
        var pattern = Enumerable.Range(0, 1 << 20).Select(i => (byte)(i * 31)).ToArray();
        await session.WriteAsync(lun.Lun, 0, 512, pattern); // sixteen more: the request came during the writes
        Assert.Equal([GuideEventId.AsyncLogout], session.Notices);
        Assert.Equal(pattern, await session.ReadBlocksAsync(lun, 0, pattern.Length / 512));
        await session.LogoutAsync();
    }

    [Fact]
    public async Task AnIgnoredLogoutRequestEndsTheConnectionAtItsDeadline()
    {
        var time = new FakeTimeProvider();
        using var lab = new IscsiLab();
        var target = lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(), new IscsiTargetFaults
        {
            AsyncMessage = new(IscsiAsyncEvent.LogoutRequested, 0) { LogoutWithin = TimeSpan.FromSeconds(20) },
        }) with { LoginTimeout = TimeSpan.FromHours(1) }, time);
        var start = time.GetUtcNow();
        await using var session = await Drive(time, IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, Patient(), lab.ConnectAsync, time));

        // Sent right after login to an initiator that runs no operation, so nobody reads it: the deadline passes.
        var took = await AdvanceUntil(time, () => target.ActiveConnections == 0, start, TimeSpan.FromMinutes(1), settleFrom: TimeSpan.FromSeconds(19));
        Assert.InRange(took, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(25));
        var e = await Assert.ThrowsAsync<IscsiException>(() => session.TestUnitReadyAsync(ScsiLun.Zero));
        Assert.Equal(IscsiFailureKind.ConnectionLost, e.Failure.Kind);
        Assert.Equal([GuideEventId.AsyncLogout], session.Notices); // read on the way, too late
    }

    [Theory]
    [InlineData(IscsiAsyncEvent.ConnectionWillDrop)]
    [InlineData(IscsiAsyncEvent.SessionWillDrop)]
    public async Task AnnouncedDropsEndTheSessionAsConnectionLost(IscsiAsyncEvent asyncEvent)
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(), new IscsiTargetFaults { AsyncMessage = new(asyncEvent, 2) }));
        await using var session = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(), lab.ConnectAsync);
        var e = await Assert.ThrowsAsync<IscsiException>(() => session.AttachAsync(0));
        Assert.Equal(IscsiFailureKind.ConnectionLost, e.Failure.Kind);
        var message = Assert.Single(session.AsyncEvents);
        Assert.Equal(asyncEvent, message.AsyncEvent);
        Assert.Equal(session.Parameters.DefaultTime2Wait, message.Parameter2);
        Assert.Empty(session.Notices);
    }

    [Fact]
    public async Task AFailedLoginAfterALogoutRequestIsEvent68()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(), new IscsiTargetFaults { AsyncMessage = new(IscsiAsyncEvent.LogoutRequested, 1) }));
        var connections = 0;
        await using var session = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(),
            (portal, ct) => ++connections == 1 ? lab.ConnectAsync(portal, ct) : throw new IOException("connection refused"));
        // The power-on attention is the first command and the request follows it; the retried TEST UNIT READY reads it, then
        // logs out and tries to log in again.
        var e = await Assert.ThrowsAsync<IscsiException>(() => session.TestUnitReadyAsync(ScsiLun.Zero));
        Assert.Equal(GuideEventId.ReloginAfterAsyncLogoutFailed, e.Failure.EventId);
        Assert.Equal(IscsiFailureKind.ConnectFailed, e.Failure.Kind);
        Assert.Equal(IscsiSessionState.Failed, session.State);
        Assert.Equal(e.Failure, session.Failure);
        Assert.StartsWith("After an asynchronous logout", e.Failure.Event!.MessageEn);
    }

    [Fact]
    public async Task AConnectionThatNeverLogsInIsDroppedAfterTheLoginTimeout()
    {
        var time = new FakeTimeProvider();
        var target = new IscsiTarget(IscsiLab.Options(IscsiLab.Disk()), time);
        var (peer, served) = DuplexStream.CreatePair();
        var serving = target.ServeAsync(served);
        await peer.WriteAsync(new byte[20]); // a dribble of a BHS, then silence
        await Task.Delay(20);
        time.Advance(TimeSpan.FromSeconds(14));
        await Task.Delay(20);
        Assert.False(serving.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Same(serving, await Task.WhenAny(serving, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.Equal(0, await peer.ReadAsync(new byte[1])); // closed without a word
        target.Dispose();
    }

    [Fact]
    public void TheFaultAndTheKeepAliveRefuseNonsense()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new IscsiAsyncFault(IscsiAsyncEvent.ScsiEvent, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IscsiAsyncFault(IscsiAsyncEvent.LogoutRequested, -1));
        Assert.Throws<ArgumentException>(() => new IscsiTarget(IscsiLab.Options(IscsiLab.Disk()) with { NopInInterval = TimeSpan.Zero }));
        Assert.Throws<ArgumentException>(() => new IscsiTarget(IscsiLab.Options(IscsiLab.Disk()) with { NopInTimeout = TimeSpan.FromSeconds(-1) }));
        Assert.Throws<ArgumentException>(() => new IscsiTarget(IscsiLab.Options(IscsiLab.Disk()) with { LoginTimeout = TimeSpan.Zero }));
    }
}
