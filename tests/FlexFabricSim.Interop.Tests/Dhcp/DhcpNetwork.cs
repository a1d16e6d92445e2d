using FlexFabricSim.Interop.Tests.Infrastructure;

namespace FlexFabricSim.Interop.Tests.Dhcp;

/// <summary>Two network namespaces joined by a veth: a DHCP server side (192.0.2.1/24, 2001:db8::1/64) and the adapter's side.</summary>
/// <remarks>
/// TEST-NET addresses exist only inside the namespaces; nothing is routed out. The adapter's side has no kernel addresses
/// and IPv6 off in the kernel: only our stack, on a raw packet socket, speaks there.
/// </remarks>
public sealed class DhcpNetwork : IDisposable
{
    /// <summary>The server's interface, in <see cref="Server"/>.</summary>
    public const string ServerInterface = "vetha";

    /// <summary>The adapter's interface, in <see cref="Adapter"/>.</summary>
    public const string AdapterInterface = "vethb";

    private DhcpNetwork(NetworkNamespace server, NetworkNamespace adapter, string folder)
    {
        Server = server;
        Adapter = adapter;
        Folder = folder;
    }

    /// <summary>The DHCP server's namespace.</summary>
    public NetworkNamespace Server { get; }

    /// <summary>The adapter's namespace.</summary>
    public NetworkNamespace Adapter { get; }

    /// <summary>A private folder for configuration, lease and pid files.</summary>
    public string Folder { get; }

    /// <summary>Creates the namespaces, the veth and the addresses.</summary>
    public static DhcpNetwork Create()
    {
        var server = NetworkNamespace.Create("dhcps");
        NetworkNamespace? adapter = null;
        try
        {
            adapter = NetworkNamespace.Create("dhcpa");
            VethPair.Create(server, adapter, ServerInterface, AdapterInterface);
            server.Ip("addr", "add", "192.0.2.1/24", "dev", ServerInterface);
            server.Ip("addr", "add", "2001:db8::1/64", "dev", ServerInterface, "nodad");
            adapter.Exec("sysctl", ["-q", "-w", $"net.ipv6.conf.{AdapterInterface}.disable_ipv6=1"])
                .EnsureSuccess("disable kernel IPv6 on the adapter side");
            WaitForLinkLocal(server);
            var folder = Directory.CreateTempSubdirectory("ffs-dhcp-").FullName;
            return new DhcpNetwork(server, adapter, folder);
        }
        catch
        {
            adapter?.Dispose();
            server.Dispose();
            throw;
        }
    }

    /// <summary>Waits until the server's link-local address has passed DAD: a DHCPv6 server binds to it (Kea fails otherwise).</summary>
    private static void WaitForLinkLocal(NetworkNamespace server)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var addresses = server.Ip("-6", "addr", "show", "dev", ServerInterface, "scope", "link");
            if (addresses.Contains("fe80::", StringComparison.Ordinal) && !addresses.Contains("tentative", StringComparison.Ordinal))
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the server's link-local address is still not usable:\n{addresses}");
            }
            Thread.Sleep(50);
        }
    }

    /// <summary>Deletes the namespaces (and the veth with them) and the folder.</summary>
    public void Dispose()
    {
        Adapter.Dispose();
        Server.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A peer still closing a file: the folder is in /tmp and harmless.
        }
    }
}
