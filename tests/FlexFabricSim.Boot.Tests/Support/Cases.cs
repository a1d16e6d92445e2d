using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Tests.Support;

/// <summary>Named boots shared by the feature tests and the event coverage test: each is a lab, a configuration and an OS.</summary>
internal static class Cases
{
    public const string Chap = """
            chap: { user: initchap, secret: initsecret1234 }
        """;

    public static (string, string)[] ChapSettings(string secret = "initsecret1234") =>
    [
        (FieldKeys.General.ChapAuthentication, "enabled"),
        (FieldKeys.Initiator.ChapId, "initchap"),
        (FieldKeys.Initiator.ChapSecret, secret),
    ];

    public static (string, string)[] MutualChapSettings() =>
    [
        .. ChapSettings(),
        (FieldKeys.Target1.ChapId, "tgtchap"),
        (FieldKeys.Target1.ChapSecret, "targetsecret99"),
    ];

    /// <summary>DHCP for the address and the iSCSI parameters (the guide's dynamic configuration, G p.8).</summary>
    public static (string, string)[] Dhcp4() =>
        [(FieldKeys.General.TcpIpViaDhcp, "enabled"), (FieldKeys.General.IscsiViaDhcp, "enabled")];

    /// <summary>IPv6 with IP Autoconfiguration and iSCSI parameters via DHCP.</summary>
    public static (string, string)[] Ipv6Dynamic() =>
    [
        (FieldKeys.General.IpVersion, "ipv6"),
        (FieldKeys.General.IpAutoconfiguration, "enabled"),
        (FieldKeys.General.IscsiViaDhcp, "enabled"),
    ];

    /// <summary>A DHCPv4 server on 192.0.2.1 with the given extra lines, and the target at 192.0.2.10.</summary>
    public static string Dhcp4Lab(string dhcpExtra, string targetExtra = "") => Boots.OneTarget(targetExtra, $"""
        dhcp4:
          server: 192.0.2.1
          pool: 192.0.2.100-192.0.2.150
          router: 192.0.2.1
        {dhcpExtra}
        """);

    public const string RootPath1 = "iscsi:192.0.2.10::3260:0:" + Boots.Target1;

    /// <summary>Static IPv4 boot of the 534FLR-SFP+ with <paramref name="more"/> settings.</summary>
    public static BootResult Static(string lab, string? os = null, params (string, string)[] more) =>
        Boots.Run(Configs.Iscsi([.. Configs.StaticIpv4(), .. more]), lab, os);

    /// <summary>Static boot with a target whose LUN list, faults or CHAP lines are given.</summary>
    public static BootResult StaticWithTarget(string targetExtra, params (string, string)[] more) => Static(Boots.OneTarget(targetExtra), null, more);

    /// <summary>A lab with targets 1 and 2 on 192.0.2.10 and .11; the first with <paramref name="firstFaults"/>.</summary>
    public static string TwoTargets(string firstFaults) => $$"""
        targets:
          - name: {{Boots.Target1}}
            address: 192.0.2.10
            luns: [{ lun: 0, size: 8MiB }]
            faults: {{firstFaults}}
          - name: {{Boots.Target2}}
            address: 192.0.2.11
            luns: [{ lun: 0, size: 8MiB }]
        """;

    public static (string, string)[] SecondTarget() =>
    [
        (FieldKeys.Target2.Connect, "enabled"),
        (FieldKeys.Target2.IpAddress, "192.0.2.11"),
        (FieldKeys.Target2.IscsiName, Boots.Target2),
    ];

    /// <summary>Windows or Linux on the static lab, with <paramref name="inputs"/> for the OS and <paramref name="more"/> settings.</summary>
    public static BootResult WithOs(string os, OsInputs? inputs = null, string? lab = null, params (string, string)[] more) =>
        Boots.Run(Configs.Iscsi([.. Configs.StaticIpv4(), .. more]), lab ?? Boots.OneTarget(), os,
            r => r with { OsInputs = inputs ?? OsInputs.Prepared });

    /// <summary>A 534M (backplane, autonegotiating) static boot.</summary>
    public static BootResult Backplane(string lab, params (string, string)[] more) =>
        Boots.Run(Configs.Make(AdapterModel.Hp534M, true, [(FieldKeys.Mba.BootProtocol, "iscsi"), .. Configs.StaticIpv4(), .. more]), lab);
}
