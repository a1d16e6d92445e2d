using System.Globalization;
using System.Text;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Ladder;
using FlexFabricSim.Boot.Tests.Support;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Testing;

namespace FlexFabricSim.Boot.Tests.Engine;

/// <summary>
/// Whole transcripts of typical boots (console, ladder, event log) as golden files: a change to the ROM's wording, the
/// flow or the exchange shows up as a diff to review.
/// </summary>
public sealed class BootTranscriptTests
{
    [Fact]
    public void DhcpOption43BootToWindows()
    {
        var result = Boots.Run(Configs.Iscsi([.. Cases.Dhcp4(), .. Cases.ChapSettings()]),
            Cases.Dhcp4Lab($$"""
                  dns: [192.0.2.53]
                  vendor-options: { first-target: "{{Cases.RootPath1}}", initiator-name: "iqn.2026-11.lab:from-option-43" }
                """, Cases.Chap), "windows-2008-r2");
        Snapshot.Verify(Transcript(result), "dhcp-option43-windows");
    }

    [Fact]
    public void SfpPlusOnAOneGigabitPort()
    {
        var result = Cases.Static(Boots.OneTarget(labExtra: "port: { speed: 1gbps }"));
        Snapshot.Verify(Transcript(result), "sfp-on-1gb-port");
    }

    [Fact]
    public void FirstTargetDownSecondTargetBusyOnce()
    {
        var lab = $$"""
            targets:
              - name: {{Boots.Target1}}
                address: 192.0.2.10
                luns: [{ lun: 0, size: 8MiB }]
                faults: { port-closed: true }
              - name: {{Boots.Target2}}
                address: 192.0.2.11
                luns: [{ lun: 0, size: 8MiB }]
                faults: { lun-busy: 1 }
            """;
        var result = Cases.Static(lab, "rhel-6.2", [.. Cases.SecondTarget(), (FieldKeys.General.LunBusyRetryCount, "2")]);
        Snapshot.Verify(Transcript(result), "second-target-busy");
    }

    private static string Transcript(BootResult result)
    {
        var sb = new StringBuilder();
        sb.Append("== console\n").Append(result.ConsoleText);
        sb.Append("== ladder\n").Append(LadderRenderer.Render(result.Ladder));
        sb.Append("== events\n");
        foreach (var e in result.Events)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{e.At.TotalSeconds,12:0.000000}  {e.Stage,-11} {e.Severity,-11} {e.Id?.ToString() ?? "-",-8} {e.Message}\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"== outcome\n{result.Outcome} {result.FailedStage} {result.EventId} {result.Guide}\n");
        return sb.ToString();
    }
}
