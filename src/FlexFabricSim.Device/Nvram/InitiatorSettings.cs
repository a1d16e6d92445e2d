using System.Net;

namespace FlexFabricSim.Device.Nvram;

/// <summary>The iSCSI Initiator Parameters of one port/function, typed (G p.7, 9).</summary>
/// <param name="IpAddress">IP Address (<c>0.0.0.0</c> / <c>::</c> when unset).</param>
/// <param name="PrefixLength">Subnet Mask as a prefix length (IPv4 masks are contiguous, so this is exact).</param>
/// <param name="DefaultGateway">Default Gateway.</param>
/// <param name="PrimaryDns">Primary DNS.</param>
/// <param name="SecondaryDns">Secondary DNS.</param>
/// <param name="IscsiName">iSCSI Name as configured; empty when unset (the effective default name comes from
/// <c>EffectiveConfiguration</c>).</param>
/// <param name="ChapId">CHAP ID.</param>
/// <param name="ChapSecret">CHAP Secret (empty for none).</param>
public sealed record InitiatorSettings(
    IPAddress IpAddress,
    int PrefixLength,
    IPAddress DefaultGateway,
    IPAddress PrimaryDns,
    IPAddress SecondaryDns,
    string IscsiName,
    string ChapId,
    string ChapSecret)
{
    internal static InitiatorSettings From(Func<string, string> get) => new(
        IPAddress.Parse(get(FieldKeys.Initiator.IpAddress)),
        StoredValue.PrefixLength(get(FieldKeys.Initiator.SubnetMask)),
        IPAddress.Parse(get(FieldKeys.Initiator.DefaultGateway)),
        IPAddress.Parse(get(FieldKeys.Initiator.PrimaryDns)),
        IPAddress.Parse(get(FieldKeys.Initiator.SecondaryDns)),
        get(FieldKeys.Initiator.IscsiName),
        get(FieldKeys.Initiator.ChapId),
        get(FieldKeys.Initiator.ChapSecret));
}
