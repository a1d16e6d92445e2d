using System.Net;
using FlexFabricSim.Net;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Lab;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Net.Tests.Stack;

/// <summary>A lab switch with two hosts, A (192.0.2.1) and B (192.0.2.2), both with IPv6 link-local addresses.</summary>
internal sealed class TwoHostLab
{
    public static readonly IPAddress AddressA = IPAddress.Parse("192.0.2.1");
    public static readonly IPAddress AddressB = IPAddress.Parse("192.0.2.2");
    public static readonly MacAddress MacA = MacAddress.Parse("02:00:00:00:00:0a");
    public static readonly MacAddress MacB = MacAddress.Parse("02:00:00:00:00:0b");

    public TwoHostLab(Func<NetworkStackOptions, NetworkStackOptions>? configureA = null, Func<NetworkStackOptions, NetworkStackOptions>? configureB = null,
        LabPortOptions? portA = null, LabPortOptions? portB = null, int seed = 1)
    {
        Lab = new LabScheduler();
        Switch = new LabSwitch(Lab, seed: seed);
        PortA = Switch.AddPort(portA ?? new LabPortOptions { Name = "a" });
        PortB = Switch.AddPort(portB ?? new LabPortOptions { Name = "b" });
        var a = new NetworkStackOptions { Mac = MacA, Name = "A", IPv4Address = new IPPrefix(AddressA, 24), RandomSeed = 11 };
        var b = new NetworkStackOptions { Mac = MacB, Name = "B", IPv4Address = new IPPrefix(AddressB, 24), RandomSeed = 22 };
        A = new NetworkStack(configureA?.Invoke(a) ?? a, Lab, PortA);
        B = new NetworkStack(configureB?.Invoke(b) ?? b, Lab, PortB);
    }

    public LabScheduler Lab { get; }

    public LabSwitch Switch { get; }

    public LabSwitchPort PortA { get; }

    public LabSwitchPort PortB { get; }

    public NetworkStack A { get; }

    public NetworkStack B { get; }

    /// <summary>Runs <paramref name="script"/> after both links are ready (virtual time limit 1 hour).</summary>
    public void Run(Func<Task> script) => Lab.Run(async () =>
    {
        await A.WaitForLinkAsync();
        await B.WaitForLinkAsync();
        await script();
    }, TimeSpan.FromHours(1));

    public T Run<T>(Func<Task<T>> script) => Lab.Run(async () =>
    {
        await A.WaitForLinkAsync();
        await B.WaitForLinkAsync();
        return await script();
    }, TimeSpan.FromHours(1));
}
