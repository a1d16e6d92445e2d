namespace FlexFabricSim.Device.Nvram;

/// <summary>The iSCSI General Parameters of one port/function, typed (G p.5-6).</summary>
/// <param name="TcpIpViaDhcp">TCP/IP parameters via DHCP (IPv4).</param>
/// <param name="IpAutoconfiguration">IP Autoconfiguration (IPv6).</param>
/// <param name="IscsiViaDhcp">iSCSI parameters via DHCP.</param>
/// <param name="ChapAuthentication">CHAP Authentication.</param>
/// <param name="BootToTarget">Boot to iSCSI target.</param>
/// <param name="DhcpVendorId">DHCP Vendor ID.</param>
/// <param name="LinkUpDelaySeconds">Link Up Delay Time, 0-255 s.</param>
/// <param name="UseTcpTimestamp">Use TCP Timestamp.</param>
/// <param name="TargetAsFirstHdd">Target as First HDD (always false on these models).</param>
/// <param name="LunBusyRetryCount">LUN Busy Retry Count, 0-60.</param>
/// <param name="IpVersion">IP Version.</param>
/// <param name="HbaBootMode">HBA Boot Mode (offload path).</param>
public sealed record IscsiGeneralSettings(
    bool TcpIpViaDhcp,
    bool IpAutoconfiguration,
    bool IscsiViaDhcp,
    bool ChapAuthentication,
    BootToTarget BootToTarget,
    string DhcpVendorId,
    int LinkUpDelaySeconds,
    bool UseTcpTimestamp,
    bool TargetAsFirstHdd,
    int LunBusyRetryCount,
    IpVersion IpVersion,
    bool HbaBootMode)
{
    internal static IscsiGeneralSettings From(Func<string, string> get) => new(
        Choices.IsEnabled(get(FieldKeys.General.TcpIpViaDhcp)),
        Choices.IsEnabled(get(FieldKeys.General.IpAutoconfiguration)),
        Choices.IsEnabled(get(FieldKeys.General.IscsiViaDhcp)),
        Choices.IsEnabled(get(FieldKeys.General.ChapAuthentication)),
        Choices.BootToTarget.Parse(get(FieldKeys.General.BootToTarget)),
        get(FieldKeys.General.DhcpVendorId),
        StoredValue.Int(get(FieldKeys.General.LinkUpDelay)),
        Choices.IsEnabled(get(FieldKeys.General.TcpTimestamp)),
        Choices.IsEnabled(get(FieldKeys.General.TargetAsFirstHdd)),
        StoredValue.Int(get(FieldKeys.General.LunBusyRetryCount)),
        Choices.IpVersion.Parse(get(FieldKeys.General.IpVersion)),
        Choices.IsEnabled(get(FieldKeys.General.HbaBootMode)));
}
