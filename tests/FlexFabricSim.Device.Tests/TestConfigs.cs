using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;

namespace FlexFabricSim.Device.Tests;

/// <summary>Builds configurations for tests, always through the rules.</summary>
internal static class TestConfigs
{
    public static readonly MacAddress Mac = MacAddress.Parse("00:11:22:33:44:55");
    public static readonly NvramAddress Port0 = NvramAddress.OfPort(0);

    public static AdapterConfiguration Factory(AdapterModel model = AdapterModel.Hp534M, bool iscsiFirmware = true) =>
        AdapterConfiguration.CreateFactory(model, Mac, iscsiFirmware);

    /// <summary>Applies changes in order at <paramref name="at"/>, failing the test if any is refused.</summary>
    public static AdapterConfiguration With(
        this AdapterConfiguration config, NvramAddress at, params (string Key, string Value)[] changes) =>
        config.TryChangeAll(at, changes) switch
        {
            ChangeOutcome.Accepted accepted => accepted.Result,
            ChangeOutcome.Refused refused => throw new Xunit.Sdk.XunitException($"refused: {refused.Violation}"),
            _ => throw new InvalidOperationException(),
        };

    public static AdapterConfiguration With(this AdapterConfiguration config, params (string Key, string Value)[] changes) =>
        config.With(Port0, changes);

    public static RuleViolation Refused(this AdapterConfiguration config, NvramAddress at, string key, string value) =>
        config.TryChange(at, key, value) switch
        {
            ChangeOutcome.Refused refused => refused.Violation,
            _ => throw new Xunit.Sdk.XunitException($"{key}={value} was accepted"),
        };

    public static RuleViolation Refused(this AdapterConfiguration config, string key, string value) => config.Refused(Port0, key, value);

    /// <summary>A static IPv4 boot configuration like the guide's example (G p.7).</summary>
    public static AdapterConfiguration StaticIpv4(AdapterModel model = AdapterModel.Hp534M) => Factory(model).With(
        ("mba.boot-protocol", "iscsi"),
        ("iscsi.general.tcpip-via-dhcp", "disabled"),
        ("iscsi.general.iscsi-via-dhcp", "disabled"),
        ("iscsi.initiator.ip-address", "192.0.2.10"),
        ("iscsi.initiator.subnet-mask", "255.255.255.0"),
        ("iscsi.initiator.default-gateway", "192.0.2.1"),
        ("iscsi.initiator.iscsi-name", "iqn.1991-05.com.microsoft:server1"),
        ("iscsi.target1.connect", "enabled"),
        ("iscsi.target1.ip-address", "192.0.2.20"),
        ("iscsi.target1.iscsi-name", "iqn.2001-04.com.example:storage.disk1"));
}
