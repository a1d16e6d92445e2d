using System.Security.Cryptography;
using FlexFabricSim.Interop.Tests.Infrastructure;

namespace FlexFabricSim.Interop.Tests.Iscsi;

/// <summary>libiscsi (its tools and its library) against <c>flexfabric target serve</c> running as a process on loopback.</summary>
public sealed class LibiscsiTargetTests : IDisposable
{
    private const string Name = "iqn.2026-11.lab.flexfabricsim:disk1";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"ffs-serve-{Guid.NewGuid():N}.img");

    public LibiscsiTargetTests()
    {
        var bytes = new byte[16 << 20];
        new Random(7143).NextBytes(bytes);
        File.WriteAllBytes(_file, bytes);
    }

    private static ShellResult Tool(string tool, params string[] args) => Shell.Run(Tools.Require(tool, "libiscsi-bin"), args, TimeSpan.FromSeconds(60));

    [Fact]
    public void DiscoveryInquiryAndCapacityWithoutAuthentication()
    {
        var port = FreePort.Tcp();
        using var target = FakeTargetProcess.Start(port, "--target", Name, "--lun", $"0={_file}", "--lun", "255=mem:8M");
        var ls = Tool("iscsi-ls", "-s", $"iscsi://127.0.0.1:{port}").EnsureSuccess("iscsi-ls");
        Assert.Contains($"Target:{Name} Portal:127.0.0.1:{port},1", ls.StandardOutput);
        Assert.Contains("Lun:255", ls.StandardOutput);

        var inq = Tool("iscsi-inq", $"iscsi://127.0.0.1:{port}/{Name}/0").EnsureSuccess("iscsi-inq");
        Assert.Contains("Vendor:FFSIM", inq.StandardOutput);
        var serial = Tool("iscsi-inq", "-e", "1", "-c", "128", $"iscsi://127.0.0.1:{port}/{Name}/0").EnsureSuccess("iscsi-inq VPD 80h");
        Assert.Contains("Unit Serial Number:[FFSIM00000]", serial.StandardOutput);
        var ids = Tool("iscsi-inq", "-e", "1", "-c", "131", $"iscsi://127.0.0.1:{port}/{Name}/0").EnsureSuccess("iscsi-inq VPD 83h");
        Assert.Contains("Designator:[FFSIM   FFSIM00000]", ids.StandardOutput);

        var capacity = Tool("iscsi-readcapacity16", $"iscsi://127.0.0.1:{port}/{Name}/0").EnsureSuccess("iscsi-readcapacity16");
        Assert.Contains($"Total size:{16 << 20}", capacity.StandardOutput);
    }

    [Fact]
    public void ChapIsEnforcedAndAWrongSecretIsRefused()
    {
        var port = FreePort.Tcp();
        using var target = FakeTargetProcess.Start(port, "--target", Name, "--lun", $"0={_file}", "--chap", "initchap:initsecret1234");
        Tool("iscsi-inq", $"iscsi://initchap%initsecret1234@127.0.0.1:{port}/{Name}/0").EnsureSuccess("iscsi-inq with CHAP");
        var wrong = Tool("iscsi-inq", $"iscsi://initchap%wrongsecret1234@127.0.0.1:{port}/{Name}/0");
        Assert.NotEqual(0, wrong.ExitCode);
        var none = Tool("iscsi-inq", $"iscsi://127.0.0.1:{port}/{Name}/0");
        Assert.NotEqual(0, none.ExitCode);
        Assert.Contains("refused", target.Output);
    }

    [Fact]
    public void FullReadMatchesTheFileAndAWriteSurvivesARestart()
    {
        var port = FreePort.Tcp();
        var blocks = (16 << 20) / 512;
        var all = new byte[16 << 20];
        using (var target = FakeTargetProcess.Start(port, "--target", Name, "--lun", $"0={_file}", "--chap", "initchap:initsecret1234"))
        using (var libiscsi = Libiscsi.Connect($"127.0.0.1:{port}", Name, 0, "initchap", "initsecret1234"))
        {
            var chunk = new byte[1 << 20];
            for (var b = 0; b < blocks; b += chunk.Length / 512)
            {
                libiscsi.Read16((ulong)b, chunk.Length / 512, chunk);
                chunk.CopyTo(all, b * 512);
            }
            Assert.Equal(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(_file))), Convert.ToHexString(SHA256.HashData(all)));

            var written = Enumerable.Range(0, 64 * 512).Select(i => (byte)(i ^ 0xa5)).ToArray();
            libiscsi.Write16(1000, written);
            libiscsi.SynchronizeCache();
        }

        var again = FreePort.Tcp();
        using (var restarted = FakeTargetProcess.Start(again, "--target", Name, "--lun", $"0={_file}"))
        using (var libiscsi = Libiscsi.Connect($"127.0.0.1:{again}", Name, 0))
        {
            var back = new byte[64 * 512];
            libiscsi.Read16(1000, 64, back);
            Assert.Equal(Enumerable.Range(0, 64 * 512).Select(i => (byte)(i ^ 0xa5)).ToArray(), back);
        }
    }

    public void Dispose() => File.Delete(_file);
}
