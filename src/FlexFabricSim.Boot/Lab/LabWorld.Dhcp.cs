using System.Buffers.Binary;
using System.Net;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp4;
using FlexFabricSim.Net.Dhcp6;
using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Boot.Lab;

// The lab's DHCPv4 and DHCPv6 servers (the Net endpoints on their own hosts) and its IPv6 router.
public sealed partial class LabWorld
{
    private const byte Dhcp4Role = 0x20;
    private const byte Dhcp6Role = 0x21;

    /// <summary>The IPv6 router, when the lab has one.</summary>
    public LabRouter? Router { get; private set; }

    private void StartServers()
    {
        if (Definition.Dhcp4 is { } d4)
        {
            var stack = AddServerStack("dhcp4", ServerMac(Dhcp4Role, 0), d4.Server);
            var transport = UdpDhcpTransport.OpenDhcp4Server(stack);
            Own(stack, transport);
            Serve(new Dhcp4Server(transport, Dhcp4Profile(d4), Clock).RunAsync(Stopping));
        }
        if (Definition.Dhcp6 is { } d6)
        {
            var mac = ServerMac(Dhcp6Role, 0);
            var stack = AddServerStack("dhcp6", mac, null);
            var transport = UdpDhcpTransport.OpenDhcp6Server(stack);
            Own(stack, transport);
            Serve(new Dhcp6Server(transport, Dhcp6Profile(d6, mac), Clock).RunAsync(Stopping));
        }
        if (Definition.Router is { } router)
        {
            Router = new LabRouter(this, router);
            _owned.Add(Router);
        }
    }

    /// <summary>The Net server profile for a lab DHCPv4 server.</summary>
    public static Dhcp4ServerProfile Dhcp4Profile(LabDhcp4Definition d) => new()
    {
        ServerAddress = d.Server,
        PoolStart = d.PoolStart,
        PoolSize = PoolSize(d.PoolStart, d.PoolEnd),
        SubnetMask = d.SubnetMask,
        Router = d.Router,
        DnsServers = d.Dns,
        LeaseTime = d.LeaseTime,
        RootPath = d.RootPath,
        VendorClassToMatch = d.VendorClass,
        VendorClassToSend = d.VendorClassSent,
        VendorOptions = d.VendorOptions is { } v ? Dhcp4VendorOptions.ForIscsiBoot(v.FirstTarget, v.SecondTarget, v.InitiatorName) : null,
        EndByteInVendorOptions = d.EndByteInVendorOptions,
        Silent = d.Behaviour == LabServerBehaviour.Silent,
        ReplyDelay = d.Behaviour == LabServerBehaviour.Late ? d.AnswerDelay : TimeSpan.Zero,
        NakRequests = d.NakRequests,
    };

    /// <summary>The Net server profile for a lab DHCPv6 server whose DUID comes from <paramref name="mac"/>.</summary>
    internal static Dhcp6ServerProfile Dhcp6Profile(LabDhcp6Definition d, FlexFabricSim.Net.Ethernet.MacAddress mac) => new()
    {
        ServerDuid = Dhcp6Duid.FromLinkLayer(mac),
        PoolStart = d.PoolStart,
        PoolSize = PoolSize(d.PoolStart, d.PoolEnd),
        DnsServers = d.Dns,
        VendorClassToMatch = d.VendorClass,
        VendorClassToSend = d.VendorClassSent is { } sent ? Dhcp6VendorClass.FromText(d.EnterpriseNumber, sent) : null,
        VendorOptions = d.VendorOptions is { } v
            ? Dhcp6VendorOptions.ForIscsiBoot(v.FirstTarget, v.SecondTarget, v.InitiatorName, d.EnterpriseNumber)
            : null,
        Silent = d.Behaviour == LabServerBehaviour.Silent,
        ReplyDelay = d.Behaviour == LabServerBehaviour.Late ? d.AnswerDelay : TimeSpan.Zero,
        NoAddresses = d.NoAddresses,
    };

    /// <summary>How many addresses lie from <paramref name="first"/> to <paramref name="last"/> (the low 32 bits decide; capped).</summary>
    private static int PoolSize(IPAddress first, IPAddress last)
    {
        static uint Low(IPAddress a) => BinaryPrimitives.ReadUInt32BigEndian(a.GetAddressBytes().AsSpan()[^4..]);
        return (int)Math.Min(Low(last) - Low(first) + 1L, 65_536);
    }

    private void Own(NetworkStack stack, IDisposable transport)
    {
        // Disposed in reverse: the socket before its stack.
        _owned.Add(stack);
        _owned.Add(transport);
    }

    private static void Serve(Task server) => _ = ObserveAsync(server);

    private static async Task ObserveAsync(Task server)
    {
        try
        {
            await server;
        }
        catch (OperationCanceledException)
        {
            // The lab stopped.
        }
    }
}
