using System.Globalization;
using System.Text;
using FlexFabricSim.Net.Iscsi.Failures;

namespace FlexFabricSim.Boot.Events;

/// <summary>Writes <c>docs/events.md</c> from the two catalogs, so the table always matches what the engine emits.</summary>
public static class EventDocumentation
{
    /// <summary>The whole Markdown document.</summary>
    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append("""
            # Boot events

            Generated from `EngineCodeCatalog` and `DriverEventCatalog` by a test (`EventDocumentationTests`); do not edit by hand.

            Every event a boot logs carries simulated time and a stage. Steps that matter carry an id from one of two separate
            number spaces, written so they cannot be confused:

            - **`evt-N`: driver event ids.** The ids of the offload iSCSI driver's event log in the HP guide (G p.30-33,
              `reference/event-log.tsv`). They mean exactly what the guide says; the boot reports them where its iSCSI
              initiator meets the same condition.
            - **`ffs-N`: engine stage codes.** FlexFabricSim's own codes for everything the driver table does not cover:
              power-on checks, link, addressing, target choice, attach, iBFT and the OS hand-off.

            A failed boot reports the last error's id as its cause, with the failing stage and the guide section.
            State transitions and ignored triggers are logged too, without an id.


            """);
        sb.Append("## Driver event ids (`evt-N`)\n\n");
        sb.Append("| id | stage | guide | driver message (G p.30-33) | when the boot reports it |\n");
        sb.Append("|---|---|---|---|---|\n");
        foreach (var e in DriverEventCatalog.InBoot)
        {
            var message = GuideEventLog.All.TryGetValue(e.Id, out var row) ? row.MessageEn : "";
            sb.Append(CultureInfo.InvariantCulture, $"| `{e.EventId}` | {e.Stage} | {GuideReference.DriverEventTable(e.Id)} | {Escape(message)} | {Escape(e.Condition)} |\n");
        }
        sb.Append("\nThe initiator classifies further protocol failures with other driver ids (digest errors, invalid PDUs, bad sequence ");
        sb.Append("numbers); a real target that commits them makes the boot report those ids unchanged. An iSCSI failure with no ");
        sb.Append("driver id is reported as `ffs-147`.\n\n");
        sb.Append("## Engine stage codes (`ffs-N`)\n\n");
        sb.Append("| code | stage | severity | title | emitted when | guide |\n");
        sb.Append("|---|---|---|---|---|---|\n");
        foreach (var c in EngineCodeCatalog.All)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"| `{c.Id}` | {c.Stage} | {c.Severity} | {Escape(c.Title)} | {Escape(c.Condition)} | {c.Guide?.ToString() ?? ""} |\n");
        }
        return sb.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
