using System.Net;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.Stack;

/// <summary>A default router learned from a router advertisement (RFC 4861 §6.3.4).</summary>
/// <param name="Address">The router's link-local address.</param>
/// <param name="Mac">Its link-layer address if the RA carried one.</param>
/// <param name="ExpiresAt">Stack time when its router lifetime runs out.</param>
/// <param name="ManagedAddressConfiguration">The RA's M flag: addresses from DHCPv6.</param>
/// <param name="OtherConfiguration">The RA's O flag: other configuration from DHCPv6.</param>
public sealed record IPv6Router(IPAddress Address, MacAddress? Mac, TimeSpan ExpiresAt, bool ManagedAddressConfiguration, bool OtherConfiguration);
