using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;

namespace FlexFabricSim.Boot.Tests.Support;

/// <summary>Adapter configurations for tests, built through the device model's own rules (TryChangeAll).</summary>
internal static class Configs
{
    public static readonly MacAddress Mac = MacAddress.Parse("00:17:A4:77:00:10");
    public static readonly NvramAddress Port0 = NvramAddress.OfPort(0);

    /// <summary>A factory 534FLR-SFP+ with Boot Protocol iSCSI and the given settings applied in order.</summary>
    public static AdapterConfiguration Iscsi(params (string Key, string Value)[] settings) =>
        Make(AdapterModel.Hp534FlrSfp, true, [(FieldKeys.Mba.BootProtocol, "iscsi"), .. settings]);

    /// <summary>A factory configuration of <paramref name="model"/> with the given settings applied in order.</summary>
    public static AdapterConfiguration Make(AdapterModel model, bool firmware, params (string Key, string Value)[] settings)
    {
        var config = AdapterConfiguration.CreateFactory(model, Mac, firmware);
        return config.TryChangeAll(Port0, settings) switch
        {
            ChangeOutcome.Accepted a => a.Result,
            ChangeOutcome.Refused r => throw new InvalidOperationException($"test configuration refused: {r.Violation}"),
            _ => throw new InvalidOperationException("unexpected outcome"),
        };
    }

    /// <summary>Static IPv4 initiator 192.0.2.100/24 and 1st target 192.0.2.10 LUN 0.</summary>
    public static (string, string)[] StaticIpv4(string targetIp = "192.0.2.10", string lun = "0") =>
    [
        (FieldKeys.General.TcpIpViaDhcp, "disabled"),
        (FieldKeys.General.IscsiViaDhcp, "disabled"),
        (FieldKeys.Initiator.IpAddress, "192.0.2.100"),
        (FieldKeys.Initiator.SubnetMask, "255.255.255.0"),
        (FieldKeys.Initiator.DefaultGateway, "192.0.2.1"),
        (FieldKeys.Initiator.IscsiName, "iqn.2026-11.lab.initiator:host1"),
        (FieldKeys.Target1.Connect, "enabled"),
        (FieldKeys.Target1.IpAddress, targetIp),
        (FieldKeys.Target1.BootLun, lun),
        (FieldKeys.Target1.IscsiName, "iqn.2026-11.lab.target:disk1"),
    ];

    public static EffectiveConfiguration Effective(AdapterConfiguration config) => EffectiveConfiguration.For(config, Port0);
}
