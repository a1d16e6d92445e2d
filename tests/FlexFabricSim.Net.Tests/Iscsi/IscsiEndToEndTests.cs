using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Iscsi.Failures;
using FlexFabricSim.Net.Iscsi.Initiator;
using FlexFabricSim.Net.Iscsi.Target;
using FlexFabricSim.Net.Scsi;
using Microsoft.Extensions.Time.Testing;

namespace FlexFabricSim.Net.Tests.Iscsi;

/// <summary>Our initiator against our target, in process: logins, discovery, SCSI, faults and their classification.</summary>
public sealed class IscsiEndToEndTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task DiscoveryListsTheTargetAndItsPortal()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk()));
        var targets = await IscsiSession.DiscoverAsync(IscsiLab.PortalA, IscsiLab.Initiator(), lab.ConnectAsync);
        var only = Assert.Single(targets);
        Assert.Equal(IscsiLab.TargetName, only.Name);
        Assert.Equal(IscsiLab.PortalA, Assert.Single(only.Portals));
    }

    [Fact]
    public async Task LoginWithoutAuthenticationAttachesReadsWritesAndLogsOut()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk()));
        await using var session = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(), lab.ConnectAsync);
        Assert.Equal(IscsiSessionState.FullFeature, session.State);
        Assert.NotEqual(0, session.Tsih);

        var lun = await session.AttachAsync(0);
        Assert.Equal((4UL << 20) / 512, lun.Capacity.BlockCount);
        Assert.Equal(ScsiLogicalUnit.Vendor, lun.Inquiry.Vendor);

        var pattern = Enumerable.Range(0, 300 * 512).Select(i => (byte)(i * 7)).ToArray();
        await session.WriteAsync(lun.Lun, 100, 512, pattern);
        Assert.Equal(pattern, await session.ReadBlocksAsync(lun, 100, 300));

        await session.LogoutAsync();
        Assert.Equal(IscsiSessionState.LoggedOut, session.State);
    }

    [Fact]
    public async Task ChapLoginSucceedsAndWrongSecretIsAnAuthenticationFailure()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(IscsiLab.InitiatorChap)));
        await using (var ok = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(IscsiLab.InitiatorChap), lab.ConnectAsync))
        {
            await ok.LogoutAsync();
        }

        var wrong = IscsiLab.Initiator(new("initchap", "not-the-secret"));
        var e = await Assert.ThrowsAsync<IscsiException>(() => IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, wrong, lab.ConnectAsync));
        Assert.Equal(IscsiFailureKind.AuthenticationFailed, e.Failure.Kind);
        Assert.Equal(GuideEventId.LoginFailed, e.Failure.EventId);
        Assert.Equal(IscsiLoginStatus.AuthenticationFailure, e.Failure.LoginStatus);
        Assert.StartsWith("The login request failed", e.Failure.Event!.MessageEn);
    }

    [Fact]
    public async Task TargetRequiringChapRefusesAnInitiatorWithoutIt()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(IscsiLab.InitiatorChap)));
        var e = await Assert.ThrowsAsync<IscsiException>(() => IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(), lab.ConnectAsync));
        Assert.Equal(IscsiFailureKind.ChapRequired, e.Failure.Kind);
        Assert.Equal(GuideEventId.TargetRequiresChap, e.Failure.EventId);
    }

    [Fact]
    public async Task InitiatorRequiringChapRefusesATargetWithoutIt()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk()));
        var e = await Assert.ThrowsAsync<IscsiException>(() =>
            IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(IscsiLab.InitiatorChap), lab.ConnectAsync));
        // The target offers no CHAP account, so it refuses the CHAP-only offer with 0x0201 rather than answer None.
        Assert.Contains(e.Failure.Kind, new[] { IscsiFailureKind.ChapNotOffered, IscsiFailureKind.AuthenticationFailed });
    }

    [Fact]
    public async Task MutualChapAuthenticatesTheTargetAndAWrongTargetResponseIsEvent17()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(IscsiLab.InitiatorChap, IscsiLab.TargetChap)));
        lab.Add(IscsiLab.PortalB, IscsiLab.Options(IscsiLab.Disk(IscsiLab.InitiatorChap, IscsiLab.TargetChap), new IscsiTargetFaults { WrongChapResponse = true }));
        var options = IscsiLab.Initiator(IscsiLab.InitiatorChap, IscsiLab.TargetChap);
        await using (var ok = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, options, lab.ConnectAsync))
        {
            Assert.True(ok.TargetAuthenticated);
            await ok.LogoutAsync();
        }
        var e = await Assert.ThrowsAsync<IscsiException>(() => IscsiSession.LoginAsync(IscsiLab.PortalB, IscsiLab.TargetName, options, lab.ConnectAsync));
        Assert.Equal(IscsiFailureKind.TargetAuthenticationFailed, e.Failure.Kind);
        Assert.Equal(GuideEventId.ChapResponseMismatch, e.Failure.EventId);
    }

    [Theory]
    [InlineData(true, GuideEventId.InitiatorSecretTooShort)]
    [InlineData(false, GuideEventId.TargetSecretTooShort)]
    public async Task ShortSecretsAreRefusedBeforeConnecting(bool initiator, GuideEventId expected)
    {
        var options = initiator
            ? IscsiLab.Initiator(new("initchap", "short"))
            : IscsiLab.Initiator(IscsiLab.InitiatorChap, new("tgtchap", "short"));
        var e = await Assert.ThrowsAsync<IscsiException>(() => IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, options,
            (_, _) => throw new InvalidOperationException("must not connect")));
        Assert.Equal(IscsiFailureKind.SecretTooShort, e.Failure.Kind);
        Assert.Equal(expected, e.Failure.EventId);
    }

    [Fact]
    public async Task UnansweredLoginTimesOutOnTheVirtualClockAsEvent43()
    {
        var time = new FakeTimeProvider();
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(), new IscsiTargetFaults { NoLoginResponse = true }));
        var login = IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(), lab.ConnectAsync, time);
        for (var i = 0; i < 200 && !login.IsCompleted; i++)
        {
            await Task.Delay(5);
            time.Advance(TimeSpan.FromSeconds(1));
        }
        var e = await Assert.ThrowsAsync<IscsiException>(() => login);
        Assert.Equal(IscsiFailureKind.Timeout, e.Failure.Kind);
        Assert.Equal(GuideEventId.LoginTimeout, e.Failure.EventId);
    }

    [Fact]
    public async Task LoginRejectCarriesTheStatusClassAndDetail()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(), new IscsiTargetFaults { LoginReject = IscsiLoginStatus.ServiceUnavailable }));
        var e = await Assert.ThrowsAsync<IscsiException>(() => IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(), lab.ConnectAsync));
        Assert.Equal(IscsiFailureKind.LoginRejected, e.Failure.Kind);
        Assert.Equal(IscsiLoginStatus.ServiceUnavailable, e.Failure.LoginStatus);

        // Only the first login is refused: a retry gets in.
        await using var retry = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(), lab.ConnectAsync);
        await retry.LogoutAsync();
    }

    [Fact]
    public async Task RedirectionIsFollowedToTheNewPortal()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(), new IscsiTargetFaults { RedirectTo = IscsiLab.PortalB }));
        lab.Add(IscsiLab.PortalB, IscsiLab.Options(IscsiLab.Disk()));
        await using var session = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(), lab.ConnectAsync);
        Assert.Equal(IscsiLab.PortalB.Host, session.Portal.Host);
        await session.LogoutAsync();
    }

    [Fact]
    public async Task BusyLunIsRetriedWithinTheRetryCount()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(), new IscsiTargetFaults { LunBusyAttempts = 2 }));
        await using var session = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(), lab.ConnectAsync);
        var lun = await session.AttachAsync(0);
        Assert.Equal(512u, lun.Capacity.BlockLength);
        await session.LogoutAsync();

        using var lab2 = new IscsiLab();
        lab2.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(), new IscsiTargetFaults { LunBusyAttempts = 100 }));
        await using var busy = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(), lab2.ConnectAsync);
        var e = await Assert.ThrowsAsync<IscsiException>(() => busy.AttachAsync(0));
        Assert.Equal(IscsiFailureKind.ScsiError, e.Failure.Kind);
        Assert.Equal(ScsiStatus.Busy, e.Failure.ScsiOutcome!.Status);
        await busy.LogoutAsync();
    }

    [Fact]
    public async Task DroppedConnectionIsConnectionLost()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(), new IscsiTargetFaults { DropAfterPdus = 3 }));
        await using var session = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(), lab.ConnectAsync);
        var e = await Assert.ThrowsAsync<IscsiException>(() => session.AttachAsync(0));
        Assert.Equal(IscsiFailureKind.ConnectionLost, e.Failure.Kind);
        Assert.Equal(IscsiSessionState.Failed, session.State);
    }

    [Fact]
    public async Task Lun255AndLun16383AreReportedAndReadable()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(null, null, 0, 255, 16383)));
        await using var session = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(), lab.ConnectAsync);
        var luns = await session.ReportLunsAsync();
        Assert.Equal(new[] { 0, 255, 16383 }, luns.Select(l => l.TryGetNumber(out var n) ? n : -1));
        Assert.Equal(ScsiLunAddressing.Flat, luns[2].Addressing);
        foreach (var n in new[] { 255, 16383 })
        {
            var lun = await session.AttachAsync(n);
            Assert.Equal(1024, (await session.ReadBlocksAsync(lun, 8190, 2)).Length); // the last two blocks
            var beyond = await Assert.ThrowsAsync<IscsiException>(() => session.ReadBlocksAsync(lun, 8191, 2));
            Assert.Equal(ScsiSense.LbaOutOfRange, beyond.Failure.ScsiOutcome!.Sense);
        }
        var missing = await Assert.ThrowsAsync<IscsiException>(() => session.AttachAsync(7));
        Assert.Equal(ScsiSense.LogicalUnitNotSupported, missing.Failure.ScsiOutcome!.Sense);
        await session.LogoutAsync();
    }

    [Fact]
    public async Task DigestsAreNegotiatedAndCarried()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk()));
        var options = IscsiLab.Initiator() with { Digests = IscsiDigests.Both, RequireDigests = true };
        await using var session = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, options, lab.ConnectAsync);
        Assert.Equal(IscsiDigests.Both, session.Parameters.Digests);
        var lun = await session.AttachAsync(0);
        var data = Enumerable.Repeat((byte)0x5a, 4096).ToArray();
        await session.WriteAsync(lun.Lun, 0, 512, data);
        Assert.Equal(data, await session.ReadBlocksAsync(lun, 0, 8));
        await session.LogoutAsync();
    }

    [Fact]
    public async Task ConcurrentSessionsReadTheSameDisk()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk()));
        var reads = Enumerable.Range(0, 6).Select(async i =>
        {
            await using var session = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName,
                IscsiLab.Initiator() with { Isid = 0x800000000000UL + (ulong)i }, lab.ConnectAsync);
            var lun = await session.AttachAsync(0);
            var bytes = await session.ReadBlocksAsync(lun, 0, (int)lun.Capacity.BlockCount);
            await session.LogoutAsync();
            return bytes.Length;
        });
        Assert.All(await Task.WhenAll(reads), n => Assert.Equal(4 << 20, n));
    }

    [Fact]
    public async Task SeededSourcesMakeAMutualChapSessionReproducibleByteForByte()
    {
        async Task<(byte[] Sent, byte[] Received)> Boot()
        {
            using var lab = new IscsiLab();
            var targetRandom = new Random(1994);
            lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk(IscsiLab.InitiatorChap, IscsiLab.TargetChap)) with
            {
                Random = bytes => targetRandom.NextBytes(bytes),
            });
            var initiatorRandom = new Random(7143);
            var options = IscsiLab.Initiator(IscsiLab.InitiatorChap, IscsiLab.TargetChap) with { Random = bytes => initiatorRandom.NextBytes(bytes) };
            TappedStream? tap = null;
            await using (var session = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, options,
                async (portal, ct) => tap = new TappedStream(await lab.ConnectAsync(portal, ct))))
            {
                var lun = await session.AttachAsync(0);
                await session.ReadBlocksAsync(lun, 0, 16);
                await session.LogoutAsync();
            }
            return (tap!.Sent, tap.Received);
        }

        var first = await Boot();
        var second = await Boot();
        Assert.Equal(first.Sent, second.Sent);
        Assert.Equal(first.Received, second.Received);

        // The initiator's challenge is the seeded source's: identifier first, then 50 challenge bytes.
        var expected = new byte[51];
        new Random(7143).NextBytes(expected.AsSpan(0, 1));
        var random = new Random(7143);
        random.NextBytes(new byte[1]);
        random.NextBytes(expected.AsSpan(1));
        var text = System.Text.Encoding.ASCII.GetString(first.Sent);
        Assert.Contains($"CHAP_I={expected[0]}\0", text);
        Assert.Contains($"CHAP_C=0x{Convert.ToHexStringLower(expected.AsSpan(1))}\0", text);
    }

    [Fact]
    public async Task ALogicalUnitResetIsReportedToEverySessionAsAUnitAttention()
    {
        using var lab = new IscsiLab();
        lab.Add(IscsiLab.PortalA, IscsiLab.Options(IscsiLab.Disk()));
        await using var a = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName, IscsiLab.Initiator(), lab.ConnectAsync);
        await using var b = await IscsiSession.LoginAsync(IscsiLab.PortalA, IscsiLab.TargetName,
            IscsiLab.Initiator() with { Isid = 0x80_12_34_56_00_01UL }, lab.ConnectAsync);
        await a.TestUnitReadyAsync(ScsiLun.Zero);
        await b.TestUnitReadyAsync(ScsiLun.Zero);

        Assert.Equal(IscsiTaskManagementResponseCode.FunctionComplete, await a.TaskManagementAsync(IscsiTaskManagementFunction.LogicalUnitReset, ScsiLun.Zero));
        foreach (var session in new[] { a, b })
        {
            var attention = await session.ExecuteAsync(ScsiLun.Zero, new ScsiTestUnitReady());
            Assert.True(attention.IsUnitAttention);
            Assert.Equal(ScsiSense.BusDeviceResetOccurred, attention.Sense);
            Assert.True((await session.ExecuteAsync(ScsiLun.Zero, new ScsiTestUnitReady())).IsGood);
        }
        Assert.Equal(IscsiTaskManagementResponseCode.LunDoesNotExist, await a.TaskManagementAsync(IscsiTaskManagementFunction.LogicalUnitReset, ScsiLun.FromNumber(9)));
        await a.LogoutAsync();
        await b.LogoutAsync();
    }
}
