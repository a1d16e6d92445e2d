using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Tests.Support;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Tests.Engine;

/// <summary>The same lab and image give byte-identical console, event log and pcapng on every run.</summary>
public sealed class DeterminismTests
{
    public static TheoryData<string> Labs => ["dhcp-chap", "faulty-link", "ipv6-dhcp6", "retries"];

    [Theory]
    [MemberData(nameof(Labs))]
    public void TwoRunsAreByteIdentical(string name)
    {
        var first = Run(name);
        var second = Run(name);
        Assert.Equal(first.ConsoleText, second.ConsoleText);
        Assert.Equal(Log(first), Log(second));
        Assert.Equal(first.Pcapng, second.Pcapng);
        Assert.Equal(first.Ibft, second.Ibft);
        Assert.Equal(BootJson.Serialize(first), BootJson.Serialize(second));
        Assert.NotEmpty(first.Pcapng);
    }

    private static BootResult Run(string name) => name switch
    {
        "dhcp-chap" => Boots.Run(Configs.Iscsi([.. Cases.Dhcp4(), .. Cases.MutualChapSettings()]),
            Cases.Dhcp4Lab($"  root-path: \"{Cases.RootPath1}\"\n  dns: [192.0.2.53]",
                Cases.Chap + "\n    mutual-chap: { user: tgtchap, secret: targetsecret99 }"), "windows-2012"),
        "faulty-link" => Cases.Static(Boots.OneTarget(labExtra: "port: { faults: { drop: 0.05, duplicate: 0.05, reorder: 0.05, seed: 42 } }")),
        "ipv6-dhcp6" => Boots.Run(Configs.Iscsi(Cases.Ipv6Dynamic()), Ipv6BootTests.Lab("  prefix: 2001:db8::/64\n  managed: true", Ipv6BootTests.Dhcp6())),
        _ => Cases.Static(Cases.TwoTargets("{ lun-busy: 2 }"), null, [.. Cases.SecondTarget(), (FieldKeys.Mba.BootRetryCount, "1")]),
    };

    private static string Log(BootResult result) =>
        string.Join('\n', result.Events.Select(e => $"{e.At.Ticks} {e.Stage} {e.Severity} {e.Id} {e.Kind} {e.Message}"));
}
