using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Net;
using FlexFabricSim.Net.Lab;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Stack;
using NetMac = FlexFabricSim.Net.Ethernet.MacAddress;

namespace FlexFabricSim.Boot.Lab;

/// <summary>
/// The simulated world of a <see cref="LabDefinition"/> on one <see cref="LabScheduler"/>: the switch, the adapter ports
/// cabled to it as the lab's port says, and the servers (DHCP, router, iSCSI targets) on the lab network, each with its
/// own stack. Everything runs on the scheduler's one thread and virtual clock, so a lab behaves the same on every run.
/// </summary>
public sealed partial class LabWorld
{
    private readonly List<IDisposable> _owned = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _adapters;
    private bool _started;

    /// <summary>Creates the world (nothing runs until <see cref="Start"/>, which must be called on <see cref="Scheduler"/>).</summary>
    public LabWorld(LabDefinition definition, LabScheduler? scheduler = null)
    {
        Definition = definition ?? throw new ArgumentNullException(nameof(definition));
        Scheduler = scheduler ?? new LabScheduler();
        Switch = new LabSwitch(Scheduler, "lab", definition.Port.Faults.Seed);
    }

    /// <summary>The lab as the file describes it.</summary>
    public LabDefinition Definition { get; }

    /// <summary>The one thread and virtual clock everything runs on.</summary>
    public LabScheduler Scheduler { get; }

    /// <summary>The virtual clock.</summary>
    public VirtualClock Clock => Scheduler.Clock;

    /// <summary>The lab switch.</summary>
    public LabSwitch Switch { get; }

    /// <summary>The iSCSI target hosts, in the lab file's order (absent ones are not here).</summary>
    public IReadOnlyList<LabTargetHost> Targets { get; private set; } = [];

    /// <summary>Brings up the servers: targets listening, DHCP servers and router answering. Call on the scheduler.</summary>
    public void Start()
    {
        VerifyOnScheduler();
        if (_started)
        {
            return;
        }
        _started = true;
        var targets = new List<LabTargetHost>();
        for (var i = 0; i < Definition.Targets.Count; i++)
        {
            var target = Definition.Targets[i];
            if (target.Faults.Absent)
            {
                continue;
            }
            var host = new LabTargetHost(this, target, i);
            _owned.Add(host);
            targets.Add(host);
        }
        Targets = targets;
        StartServers();
    }

    /// <summary>Cables a new adapter port to the switch as the lab's port says, with the adapter's own stack on it.</summary>
    internal AdapterPort AddAdapter(EffectiveConfiguration config, bool capture)
    {
        VerifyOnScheduler();
        var index = _adapters++;
        var port = Switch.AddPort(AdapterPortOptions(index));
        if (Definition.Port.Faults.Cut)
        {
            port.Cut();
        }
        return new AdapterPort(config, Scheduler, port, capture, SeedFor(config.WireMac.Value));
    }

    /// <summary>Stops every server and cancels what they wait for. Call on the scheduler.</summary>
    public void Stop()
    {
        VerifyOnScheduler();
        _stopping.Cancel();
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }
        _owned.Clear();
    }

    private void VerifyOnScheduler()
    {
        if (!Scheduler.IsCurrentThread)
        {
            throw new InvalidOperationException("the lab world is used from its scheduler only: call it inside LabScheduler.Run");
        }
    }

    /// <summary>Cancelled when the world stops.</summary>
    internal CancellationToken Stopping => _stopping.Token;

    /// <summary>A lab server's MAC: locally administered (02:...), fixed per role and index so captures repeat.</summary>
    internal static NetMac ServerMac(byte role, int index) => new(0x02_4C_41_42_00_00UL | ((ulong)role << 8) | (byte)index);

    /// <summary>A stack seed from a MAC, so a host's ISNs, ports and ids repeat run after run.</summary>
    internal static int SeedFor(ulong mac) => (int)(mac ^ (mac >> 32));

    /// <summary>A new server port: an access port in the lab network's VLAN, at 10 Gb/s.</summary>
    internal LabSwitchPort AddServerPort(string name) => Switch.AddPort(new LabPortOptions
    {
        Name = name,
        Speeds = LinkSpeeds.Speed10Gbps,
        VlanMode = VlanMode.Access,
        AccessVlan = (ushort)Definition.Network.Vlan,
    });

    /// <summary>A server host's stack on a new server port: a static address (IPv4 or IPv6), or null for IPv6 link-local only.</summary>
    internal NetworkStack AddServerStack(string name, NetMac mac, IPAddress? address)
    {
        var port = AddServerPort(name);
        var v6 = address is null || address.AddressFamily == AddressFamily.InterNetworkV6;
        return new NetworkStack(new NetworkStackOptions
        {
            Mac = mac,
            Name = name,
            SupportedSpeeds = LinkSpeeds.Speed10Gbps,
            IPv4Address = v6 ? null : new IPPrefix(address!, Ipv4PrefixLength),
            EnableIPv6 = v6,
            IPv6Address = v6 && address is not null ? new IPPrefix(address, 64) : null,
            DuplicateAddressDetectionTransmits = 0,
            RandomSeed = SeedFor(mac.Value),
        }, Scheduler, port);
    }

    /// <summary>The IPv4 prefix length of the lab's servers: the lab's own, else the DHCP server's mask, else /24.</summary>
    internal int Ipv4PrefixLength =>
        Definition.Network.Ipv4PrefixLength
        ?? (Definition.Dhcp4 is { } d ? System.Numerics.BitOperations.PopCount(BitConverter.ToUInt32(d.SubnetMask.GetAddressBytes())) : 24);

    private LabPortOptions AdapterPortOptions(int index)
    {
        var port = Definition.Port;
        var faults = port.Faults;
        return new LabPortOptions
        {
            Name = index == 0 ? "adapter" : $"adapter{index}",
            Speeds = port.Speed == LabPortSpeed.Gbps1 ? LinkSpeeds.Speed1Gbps : LinkSpeeds.Speed10Gbps,
            VlanMode = port.TaggedVlans.Count > 0 ? VlanMode.Trunk : VlanMode.Access,
            AccessVlan = (ushort)port.UntaggedVlan,
            TrunkVlans = port.TaggedVlans.Count > 0 ? port.TaggedVlans.Select(v => (ushort)v).ToHashSet() : null,
            NativeVlan = (ushort)port.UntaggedVlan,
            Faults = new LinkFaults
            {
                DropRate = faults.Drop,
                DuplicateRate = faults.Duplicate,
                ReorderRate = faults.Reorder,
                CorruptRate = faults.Corrupt,
                ExtraDelay = faults.Delay,
            },
        };
    }
}
