using System.Net;

namespace FlexFabricSim.Device.Nvram;

/// <summary>The 1st or 2nd Target Parameters of one port/function, typed (G p.7, 9).</summary>
/// <param name="Number">1 or 2.</param>
/// <param name="Connect">Connect.</param>
/// <param name="IpAddress">IP Address.</param>
/// <param name="TcpPort">TCP Port, 1-65535.</param>
/// <param name="BootLun">Boot LUN, 0-255.</param>
/// <param name="IscsiName">iSCSI Name (empty when unset).</param>
/// <param name="ChapId">CHAP ID for mutual CHAP.</param>
/// <param name="ChapSecret">CHAP Secret for mutual CHAP (empty for one-way).</param>
public sealed record TargetSettings(
    int Number,
    bool Connect,
    IPAddress IpAddress,
    int TcpPort,
    int BootLun,
    string IscsiName,
    string ChapId,
    string ChapSecret)
{
    internal static TargetSettings From(TargetKeys keys, Func<string, string> get) => new(
        keys.Number,
        Choices.IsEnabled(get(keys.Connect)),
        IPAddress.Parse(get(keys.IpAddress)),
        StoredValue.Int(get(keys.TcpPort)),
        StoredValue.Int(get(keys.BootLun)),
        get(keys.IscsiName),
        get(keys.ChapId),
        get(keys.ChapSecret));
}
