using System.Buffers.Binary;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Lab;

namespace FlexFabricSim.Net.Links;

/// <summary>An in-memory learning Ethernet switch on the lab's virtual clock: ports with speeds, access/trunk VLANs and faults.</summary>
/// <remarks>
/// Store-and-forward: a frame is serialised onto the sender's cable at the port speed, crosses the cable latency, is switched
/// (learned source, known unicast to one port, everything else flooded within its VLAN), and is serialised again onto the
/// receiver's cable. Every delay is computed, never measured, so timestamps repeat exactly.
/// </remarks>
public sealed class LabSwitch
{
    private readonly List<LabSwitchPort> _ports = [];
    private readonly Dictionary<ulong, LabSwitchPort> _macTable = [];
    private readonly int _seed;

    private readonly LabFloodDelivery _flood = new();

    /// <summary>Frames in flight, recycled (the lab is single-threaded).</summary>
    internal LabFramePool Frames { get; } = new();

    /// <summary>Creates a switch on <paramref name="scheduler"/>; <paramref name="seed"/> drives the ports' fault decisions.</summary>
    public LabSwitch(LabScheduler scheduler, string name = "lab", int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        Scheduler = scheduler;
        Name = name;
        _seed = seed;
    }

    /// <summary>The lab every port delivers on.</summary>
    public LabScheduler Scheduler { get; }

    /// <summary>The switch's name, the prefix of its ports' names.</summary>
    public string Name { get; }

    /// <summary>The ports, in the order they were added.</summary>
    public IReadOnlyList<LabSwitchPort> Ports => _ports;

    /// <summary>Adds a port (a cable end a host attaches to).</summary>
    public LabSwitchPort AddPort(LabPortOptions? options = null)
    {
        options ??= new LabPortOptions();
        var index = _ports.Count + 1;
        var port = new LabSwitchPort(this, $"{Name}/{options.Name ?? $"port{index}"}", options, unchecked((_seed * 7919) + index));
        _ports.Add(port);
        _flood.PortCount = _ports.Count;
        return port;
    }

    /// <summary>Forgets every learned address (what a real switch does when a link flaps, after ageing).</summary>
    public void FlushAddressTable() => _macTable.Clear();

    /// <summary>Switches a frame that finished crossing <paramref name="ingress"/>'s cable into VLAN <paramref name="vlan"/>.</summary>
    internal void Forward(LabSwitchPort ingress, LabFrame frame, ushort vlan)
    {
        var span = frame.Span;
        var destination = MacAddress.Read(span);
        var source = MacAddress.Read(span[6..]);
        if (!source.IsMulticast)
        {
            _macTable[Key(vlan, source)] = ingress;
        }

        if (!destination.IsMulticast && _macTable.TryGetValue(Key(vlan, destination), out var egress))
        {
            if (egress != ingress)
            {
                egress.Egress(frame, vlan, flood: null);
            }

            return;
        }

        // A flood reaches most ports at the same instant: one scheduled delivery per instant instead of one per port keeps a
        // broadcast storm (1,000 hosts ARPing at once) cheap. Ports with faults still schedule their own.
        foreach (var port in _ports)
        {
            if (port != ingress && port.Carries(vlan))
            {
                port.Egress(frame, vlan, _flood);
            }
        }

        _flood.Schedule(Scheduler);
    }

    /// <summary>Reads the VLAN id of a tagged frame, or null when it is untagged.</summary>
    internal static ushort? TagOf(ReadOnlySpan<byte> frame) =>
        frame.Length >= 18 && BinaryPrimitives.ReadUInt16BigEndian(frame[12..]) == (ushort)EtherType.Vlan
            ? (ushort)(BinaryPrimitives.ReadUInt16BigEndian(frame[14..]) & 0x0FFF)
            : null;

    private static ulong Key(ushort vlan, MacAddress mac) => ((ulong)vlan << 48) | mac.Value;
}
