using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using FlexFabricSim.Device.Catalog;

namespace FlexFabricSim.Cli.Commands;

/// <summary><c>flexfabric models</c>: the adapter models the simulator knows.</summary>
public static class ModelsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a table." };
        var command = new Command("models", "List the simulated adapter models (G p.4): key, name, ports, media, link speeds.") { json };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                WriteJson(output);
            }
            else
            {
                WriteTable(output);
            }
            return 0;
        });
        return command;
    }

    private static void WriteTable(TextWriter output)
    {
        var table = new TextTable("KEY", "FILE STEM", "NAME", "PORTS", "MEDIA", "SPEEDS");
        foreach (var model in AdapterCatalog.All)
        {
            var ports = model.PortCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
            table.Add(model.Key, model.FileStem, model.DisplayName, ports, Describe(model.Media), Speeds(model));
        }
        table.WriteTo(output);
    }

    // Relaxed escaping: keys like "534FLR-SFP+" and labels like "TX/RX" stay readable.
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static void WriteJson(TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOptions))
        {
            writer.WriteStartArray();
            foreach (var model in AdapterCatalog.All)
            {
                writer.WriteStartObject();
                writer.WriteString("key", model.Key);
                writer.WriteString("model", model.Model.ToString());
                writer.WriteString("fileStem", model.FileStem);
                writer.WriteString("name", model.DisplayName);
                writer.WriteString("chip", model.Chip);
                writer.WriteNumber("ports", model.PortCount);
                writer.WriteString("media", Describe(model.Media));
                writer.WriteString("formFactor", model.FormFactor.ToString());
                writer.WriteStartArray("speedsMbps");
                foreach (var speed in model.SupportedSpeeds)
                {
                    writer.WriteNumberValue((int)speed);
                }
                writer.WriteEndArray();
                writer.WriteBoolean("autonegotiates", model.Autonegotiates);
                writer.WriteNumber("maxFunctionsPerPort", model.MaxFunctionsPerPort);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The media as a user reads it.</summary>
    internal static string Describe(PortMedia media) => media switch
    {
        PortMedia.SfpPlus => "SFP+",
        PortMedia.BackplaneKr => "backplane (KR)",
        _ => media.ToString(),
    };

    private static string Speeds(AdapterModelInfo model) =>
        string.Join(", ", model.SupportedSpeeds.Select(s => s == LinkSpeed.TenGigabit ? "10 Gb" : "1 Gb"))
        + (model.Autonegotiates ? " (autoneg)" : " (fixed)");
}
