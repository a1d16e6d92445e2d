namespace FlexFabricSim.Net.Dhcp;

/// <summary>How a DHCP exchange ended: a lease, or a failure with the reason (style anchor G4 tier 2: a value, not an exception).</summary>
/// <typeparam name="TLease"><c>Dhcp4Lease</c> or <c>Dhcp6Lease</c>.</typeparam>
/// <param name="Lease">The lease, when the exchange succeeded.</param>
/// <param name="Failure">Why it failed, when it did.</param>
/// <param name="Detail">The last words of the trace about it.</param>
public sealed record DhcpResult<TLease>(TLease? Lease, DhcpFailure? Failure, string? Detail)
    where TLease : class
{
    /// <summary>Whether a lease was obtained.</summary>
    public bool Succeeded => Lease is not null;
}
