namespace FlexFabricSim.Interop.Tests.Infrastructure;

/// <summary>A Linux network namespace made for one test and deleted after it; traffic inside never leaves it.</summary>
public sealed class NetworkNamespace : IDisposable
{
    private NetworkNamespace(string name) => Name = name;

    /// <summary>The namespace's name (unique per test run).</summary>
    public string Name { get; }

    /// <summary>Creates a namespace named <c>ffs-&lt;prefix&gt;-&lt;random&gt;</c> with its loopback up.</summary>
    public static NetworkNamespace Create(string prefix)
    {
        Tools.RequireRoot();
        Tools.Require("ip", "iproute2");
        var name = $"ffs-{prefix}-{Guid.NewGuid().ToString("N")[..6]}";
        Shell.Check("ip", "netns", "add", name);
        var ns = new NetworkNamespace(name);
        ns.Ip("link", "set", "lo", "up");
        return ns;
    }

    /// <summary>Runs <c>ip ARGS</c> inside the namespace and throws unless it succeeds.</summary>
    public string Ip(params string[] args) => Exec("ip", args).EnsureSuccess($"ip {string.Join(' ', args)} in {Name}").StandardOutput;

    /// <summary>Runs a command inside the namespace.</summary>
    public ShellResult Exec(string program, IEnumerable<string> args, TimeSpan? timeout = null, string? stdin = null) =>
        Shell.Run("ip", new[] { "netns", "exec", Name, program }.Concat(args), timeout, stdin);

    /// <summary>Starts a long-running peer inside the namespace.</summary>
    public PeerProcess Start(string program, IEnumerable<string> args, IDictionary<string, string>? env = null) =>
        PeerProcess.Start(program, args, Name, env);

    /// <summary>Deletes the namespace (its veth ends go with it).</summary>
    public void Dispose() => Shell.Run("ip", ["netns", "delete", Name], TimeSpan.FromSeconds(10));
}

/// <summary>A veth pair joining two namespaces: <see cref="A"/> in the first, <see cref="B"/> in the second, both up.</summary>
public sealed record VethPair(NetworkNamespace NamespaceA, string A, NetworkNamespace NamespaceB, string B)
{
    /// <summary>Creates the pair (interface names at most 15 characters) and brings both ends up; no addresses are set.</summary>
    public static VethPair Create(NetworkNamespace a, NetworkNamespace b, string nameA = "vetha", string nameB = "vethb")
    {
        Shell.Check("ip", "link", "add", nameA, "netns", a.Name, "type", "veth", "peer", "name", nameB, "netns", b.Name);
        a.Ip("link", "set", nameA, "up");
        b.Ip("link", "set", nameB, "up");
        return new VethPair(a, nameA, b, nameB);
    }
}
