using System.Net.Sockets;
using System.Security.Cryptography;
using FlexFabricSim.Cli;
using FlexFabricSim.Cli.Commands;
using FlexFabricSim.Net.Chap;
using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Iscsi.Failures;
using FlexFabricSim.Net.Iscsi.Initiator;

namespace FlexFabricSim.Interop.Tests.Iscsi;

/// <summary>Our initiator against a real tgtd on loopback: discovery, None/CHAP/mutual CHAP logins, wrong secrets, a full 64 MiB read;
/// over the runtime's asynchronous sockets (what the lab's and the engine's callers use) and over the CLI's blocking ones
/// (<see cref="HostTcp"/>).</summary>
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

    /// <summary>The transports under test: <c>async</c> is a <see cref="NetworkStream"/>, <c>blocking</c> the CLI's <see cref="BlockingSocketStream"/>.</summary>
    public static TheoryData<string> Transports => ["async", "blocking"];

    private static IscsiConnect Transport(string name) => name == "blocking" ? HostTcp.ConnectAsync : Connect;

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

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task LoginWithoutAuthenticationReadsTheWholeLunMatchingTheFile(string transport)
    {
        using var tgtd = Tgtd.Start();
        tgtd.AddTarget(1, Name, _file);
        await using var session = await IscsiSession.LoginAsync(new IscsiPortal("127.0.0.1", tgtd.Port), Name, Options(), Transport(transport));
        var lun = await session.AttachAsync(1);
        Assert.Equal(64UL << 20, lun.Capacity.Bytes);
        var all = new byte[lun.Capacity.Bytes];
        await session.ReadAsync(lun.Lun, 0, (long)lun.Capacity.BlockCount, (int)lun.Capacity.BlockLength, all);
        await session.LogoutAsync();
        Assert.Equal(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(_file))), Convert.ToHexString(SHA256.HashData(all)));
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task ChapAndMutualChapLogInAndWrongSecretsAreClassified(string transport)
    {
        var connect = Transport(transport);
        using var tgtd = Tgtd.Start();
        tgtd.AddTarget(1, Name, _file);
        tgtd.RequireChap(1, InitiatorChap.Name, InitiatorChap.Secret, (TargetChap.Name, TargetChap.Secret));
        var portal = new IscsiPortal("127.0.0.1", tgtd.Port);

        await using (var chap = await IscsiSession.LoginAsync(portal, Name, Options(InitiatorChap), connect))
        {
            Assert.Equal(0x55, (await chap.ReadBlocksAsync(await chap.AttachAsync(1), 0, 1))[510]);
            await chap.LogoutAsync();
        }
        await using (var mutual = await IscsiSession.LoginAsync(portal, Name, Options(InitiatorChap, TargetChap), connect))
        {
            Assert.True(mutual.TargetAuthenticated);
            await mutual.LogoutAsync();
        }

        var wrong = await Assert.ThrowsAsync<IscsiException>(() =>
            IscsiSession.LoginAsync(portal, Name, Options(new("initchap", "wrongsecret1234")), connect));
        Assert.Equal(IscsiFailureKind.AuthenticationFailed, wrong.Failure.Kind);
        Assert.Equal(IscsiLoginStatus.AuthenticationFailure, wrong.Failure.LoginStatus);

        var none = await Assert.ThrowsAsync<IscsiException>(() => IscsiSession.LoginAsync(portal, Name, Options(), connect));
        Assert.Equal(GuideEventId.TargetRequiresChap, none.Failure.EventId);

        var wrongTarget = await Assert.ThrowsAsync<IscsiException>(() =>
            IscsiSession.LoginAsync(portal, Name, Options(InitiatorChap, new("tgtchap", "notthetarget99")), connect));
        Assert.Equal(GuideEventId.ChapResponseMismatch, wrongTarget.Failure.EventId);
    }

    [Fact]
    public void IscsiReadCommandPrintsTheFilesSha256()
    {
        using var tgtd = Tgtd.Start();
        tgtd.AddTarget(1, Name, _file);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = FlexFabricCommand.Run(["iscsi", "read", "--portal", $"127.0.0.1:{tgtd.Port}", "--target", Name, "--lun", "1",
            "--initiator", "iqn.2026-11.lab.flexfabricsim:interop", "--passes", "2"], output, error);
        Assert.True(code == 0, error.ToString());
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(_file)));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.Contains($"bytes={64 << 20} sha256={sha}", line, StringComparison.Ordinal));
    }

    [Fact]
    public void IscsiReadCommandNamesAWrongSecretWithItsEvent()
    {
        using var tgtd = Tgtd.Start();
        tgtd.AddTarget(1, Name, _file);
        tgtd.RequireChap(1, InitiatorChap.Name, InitiatorChap.Secret, null);
        var error = new StringWriter();
        var code = FlexFabricCommand.Run(["iscsi", "read", "--portal", $"127.0.0.1:{tgtd.Port}", "--target", Name, "--lun", "1",
            "--initiator", "iqn.2026-11.lab.flexfabricsim:interop", "--chap", "initchap:wrongsecret1234"], new StringWriter(), error);
        Assert.Equal(1, code);
        // tgtd refuses with status 0201; the guide's event for a refused login is 10.
        Assert.Contains($"iscsi: AuthenticationFailed: [event {(int)GuideEventId.LoginFailed}]", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_file);
}
