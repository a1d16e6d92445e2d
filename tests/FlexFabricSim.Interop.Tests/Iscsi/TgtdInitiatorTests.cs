using System.Net.Sockets;
using System.Security.Cryptography;
using FlexFabricSim.Net.Chap;
using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Iscsi.Failures;
using FlexFabricSim.Net.Iscsi.Initiator;

namespace FlexFabricSim.Interop.Tests.Iscsi;

/// <summary>Our initiator against a real tgtd on loopback: discovery, None/CHAP/mutual CHAP logins, wrong secrets, a full 64 MiB read.</summary>
public sealed class TgtdInitiatorTests : IDisposable
{
    private const string Name = "iqn.2026-11.lab.peer:disk1";
    private static readonly ChapCredentials InitiatorChap = new("initchap", "initsecret1234");
    private static readonly ChapCredentials TargetChap = new("tgtchap", "targetsecret99");
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"ffs-tgtd-{Guid.NewGuid():N}.img");

    public TgtdInitiatorTests()
    {
        // 64 MiB: random first and last MiB, a boot sector signature, sparse zeros between.
        using var f = File.Create(_file);
        f.SetLength(64 << 20);
        var random = new byte[1 << 20];
        new Random(1994).NextBytes(random);
        random[510] = 0x55;
        random[511] = 0xaa;
        f.Write(random);
        f.Seek(-(1 << 20), SeekOrigin.End);
        f.Write(random);
    }

    private static IscsiInitiatorOptions Options(ChapCredentials? chap = null, ChapCredentials? mutual = null) =>
        new() { InitiatorName = "iqn.2026-11.lab.flexfabricsim:interop", Chap = chap, MutualChap = mutual };

    private static async ValueTask<Stream> Connect(IscsiPortal portal, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(portal.Host, portal.Port, cancellationToken);
        return client.GetStream();
    }

    [Fact]
    public async Task DiscoveryFindsTheTarget()
    {
        using var tgtd = Tgtd.Start();
        tgtd.AddTarget(1, Name, _file);
        var targets = await IscsiSession.DiscoverAsync(new IscsiPortal("127.0.0.1", tgtd.Port), Options(), Connect);
        var target = Assert.Single(targets);
        Assert.Equal(Name, target.Name);
        Assert.Equal(tgtd.Port, Assert.Single(target.Portals).Port);
    }

    [Fact]
    public async Task LoginWithoutAuthenticationReadsTheWholeLunMatchingTheFile()
    {
        using var tgtd = Tgtd.Start();
        tgtd.AddTarget(1, Name, _file);
        await using var session = await IscsiSession.LoginAsync(new IscsiPortal("127.0.0.1", tgtd.Port), Name, Options(), Connect);
        var lun = await session.AttachAsync(1);
        Assert.Equal(64UL << 20, lun.Capacity.Bytes);
        var all = new byte[lun.Capacity.Bytes];
        await session.ReadAsync(lun.Lun, 0, (long)lun.Capacity.BlockCount, (int)lun.Capacity.BlockLength, all);
        await session.LogoutAsync();
        Assert.Equal(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(_file))), Convert.ToHexString(SHA256.HashData(all)));
    }

    [Fact]
    public async Task ChapAndMutualChapLogInAndWrongSecretsAreClassified()
    {
        using var tgtd = Tgtd.Start();
        tgtd.AddTarget(1, Name, _file);
        tgtd.RequireChap(1, InitiatorChap.Name, InitiatorChap.Secret, (TargetChap.Name, TargetChap.Secret));
        var portal = new IscsiPortal("127.0.0.1", tgtd.Port);

        await using (var chap = await IscsiSession.LoginAsync(portal, Name, Options(InitiatorChap), Connect))
        {
            Assert.Equal(0x55, (await chap.ReadBlocksAsync(await chap.AttachAsync(1), 0, 1))[510]);
            await chap.LogoutAsync();
        }
        await using (var mutual = await IscsiSession.LoginAsync(portal, Name, Options(InitiatorChap, TargetChap), Connect))
        {
            Assert.True(mutual.TargetAuthenticated);
            await mutual.LogoutAsync();
        }

        var wrong = await Assert.ThrowsAsync<IscsiException>(() =>
            IscsiSession.LoginAsync(portal, Name, Options(new("initchap", "wrongsecret1234")), Connect));
        Assert.Equal(IscsiFailureKind.AuthenticationFailed, wrong.Failure.Kind);
        Assert.Equal(IscsiLoginStatus.AuthenticationFailure, wrong.Failure.LoginStatus);

        var none = await Assert.ThrowsAsync<IscsiException>(() => IscsiSession.LoginAsync(portal, Name, Options(), Connect));
        Assert.Equal(GuideEventId.TargetRequiresChap, none.Failure.EventId);

        var wrongTarget = await Assert.ThrowsAsync<IscsiException>(() =>
            IscsiSession.LoginAsync(portal, Name, Options(InitiatorChap, new("tgtchap", "notthetarget99")), Connect));
        Assert.Equal(GuideEventId.ChapResponseMismatch, wrongTarget.Failure.EventId);
    }

    public void Dispose() => File.Delete(_file);
}
