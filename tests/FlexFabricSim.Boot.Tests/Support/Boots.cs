using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Lab;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Tests.Support;

/// <summary>Runs boots through the public engine API, and checks what every boot must satisfy.</summary>
internal static class Boots
{
    public const string Target1 = "iqn.2026-11.lab.target:disk1";
    public const string Target2 = "iqn.2026-11.lab.target:disk2";

    /// <summary>A lab with one target at 192.0.2.10 (LUN 0, MBR) plus whatever YAML follows.</summary>
    public static string OneTarget(string targetExtra = "", string labExtra = "") => $$"""
        name: test
        {{labExtra}}
        targets:
          - name: {{Target1}}
            address: 192.0.2.10
            luns: [{ lun: 0, size: 8MiB }]
        {{targetExtra}}
        """;

    public static BootResult Run(AdapterConfiguration config, string labYaml, string? os = null, Func<BootRequest, BootRequest>? tweak = null)
    {
        var request = new BootRequest { Configuration = config, Lab = LabFileReader.Parse(labYaml), Os = os };
        if (tweak is not null)
        {
            request = tweak(request);
        }
        var result = BootEngine.RunAsync(request).GetAwaiter().GetResult();
        CheckInvariants(result);
        return result;
    }

    /// <summary>What holds for every boot: every id logged is documented, a failure names its stage and cause.</summary>
    public static void CheckInvariants(BootResult result)
    {
        var documented = DriverEventCatalog.InBoot.Select(e => e.EventId).Concat(EngineCodeCatalog.All.Select(c => c.Id)).ToHashSet();
        foreach (var e in result.Events.Where(e => e.Id is not null))
        {
            Assert.True(documented.Contains(e.Id!.Value), $"event id {e.Id} is not in docs/events.md's catalogs: {e.Message}");
        }
        if (result.Outcome == BootOutcome.Failed)
        {
            Assert.NotNull(result.FailedStage);
            Assert.NotNull(result.EventId);
            Assert.False(string.IsNullOrEmpty(result.Reason));
        }
    }

    public static IEnumerable<BootEventId> Ids(BootResult result) => result.Events.Where(e => e.Id is not null).Select(e => e.Id!.Value);
}
