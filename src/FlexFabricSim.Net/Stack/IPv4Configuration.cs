using System.Net;

namespace FlexFabricSim.Net.Stack;

/// <summary>The host's IPv4 configuration: address with prefix, and an optional default gateway.</summary>
/// <param name="Address">Address and prefix length ("192.0.2.10/24").</param>
/// <param name="Gateway">Default gateway, or null for an isolated subnet.</param>
public sealed record IPv4Configuration(IPPrefix Address, IPAddress? Gateway);
