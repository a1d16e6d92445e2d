namespace FlexFabricSim.Interop.Tests.Infrastructure;

/// <summary>Proves the test harness itself: namespaces are made, joined and torn down, and nothing leaks.</summary>
public sealed class InfrastructureTests
{
    [Fact]
    public void NamespacePairJoinedByVethPingsAndIsDeleted()
    {
        string nameA, nameB;
        using (var a = NetworkNamespace.Create("infa"))
        using (var b = NetworkNamespace.Create("infb"))
        {
            nameA = a.Name;
            nameB = b.Name;
            VethPair.Create(a, b);
            a.Ip("addr", "add", "192.0.2.1/24", "dev", "vetha");
            b.Ip("addr", "add", "192.0.2.2/24", "dev", "vethb");
            var ping = a.Exec("ping", ["-c", "1", "-W", "2", "192.0.2.2"]);
            Assert.True(ping.ExitCode == 0, ping.StandardOutput + ping.StandardError);
        }
        var list = Shell.Check("ip", "netns", "list");
        Assert.DoesNotContain(nameA, list);
        Assert.DoesNotContain(nameB, list);
    }

    [Fact]
    public void MissingToolFailsWithThePackageToInstall()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Tools.Require("no-such-peer-xyz", "no-such-package"));
        Assert.Contains("apt-get install -y no-such-package", e.Message);
    }
}
