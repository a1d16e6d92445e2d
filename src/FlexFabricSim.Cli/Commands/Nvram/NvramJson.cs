using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Cli.Commands.Nvram;

/// <summary>
/// The JSON form of <c>nvram show</c>: the card, then one entry per port/function listing every field (adapter-wide
/// ones included, so each entry is complete) with value, default and use, and the resolved boot values.
/// </summary>
internal static class NvramJson
{
    // Relaxed escaping: keys like "534FLR-SFP+" and labels like "TX/RX" stay readable.
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, string path, AdapterConfiguration config, IReadOnlyList<NvramAddress> addresses)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("file", path);
            json.WriteStartObject("model");
            json.WriteString("key", config.ModelInfo.Key);
            json.WriteString("name", config.ModelInfo.DisplayName);
            json.WriteString("model", config.Model.ToString());
            json.WriteEndObject();
            json.WriteString("baseMac", config.BaseMac.ToString());
            json.WriteString("multiFunctionMode", Choices.MultiFunctionMode.ToValue(config.MultiFunctionMode));
            json.WriteStartObject("optionRom");
            json.WriteString("mbaVersion", config.OptionRom.MbaVersion);
            json.WriteString("iscsiBootVersion", config.OptionRom.IscsiBootVersion);
            json.WriteString("iscsiBootFirmware", Choices.IscsiBootFirmware.ToValue(config.OptionRom.IscsiBootFirmware));
            json.WriteEndObject();
            json.WriteStartArray("functions");
            foreach (var at in addresses)
            {
                WriteFunction(json, config, EffectiveConfiguration.For(config, at));
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteFunction(Utf8JsonWriter json, AdapterConfiguration config, EffectiveConfiguration effective)
    {
        var at = effective.At;
        json.WriteStartObject();
        json.WriteNumber("port", at.Port);
        json.WriteNumber("function", at.Function);
        json.WriteStartObject("effective");
        json.WriteBoolean("iscsiBootAvailable", effective.IscsiBootAvailable);
        if (effective.IscsiUnavailableReason is { } reason)
        {
            json.WriteString("iscsiUnavailableReason", reason);
        }
        json.WriteString("initiatorName", effective.InitiatorName);
        json.WriteBoolean("initiatorNameIsDefault", effective.InitiatorNameIsDefault);
        json.WriteString("ipVersion", Choices.IpVersion.ToValue(effective.IpVersion));
        json.WriteString("addressing", Kebab(effective.Addressing.ToString()));
        json.WriteString("targetSource", Kebab(effective.TargetSource.ToString()));
        json.WriteString("chap", Kebab(effective.Chap.ToString()));
        json.WriteString("path", Kebab(effective.Path.ToString()));
        json.WriteString("wireMac", effective.WireMac.ToString());
        json.WriteStartArray("ignoredWhenOption43");
        foreach (var key in effective.IgnoredWhenOption43)
        {
            json.WriteStringValue(key);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartArray("fields");
        foreach (var (field, use) in effective.Uses)
        {
            json.WriteStartObject();
            json.WriteString("key", field.Key);
            json.WriteString("screen", Kebab(field.Screen.ToString()));
            json.WriteString("label", field.LabelFor(effective.IpVersion));
            json.WriteString("value", config.Get(at, field.Key));
            if (field.Kind == FieldKind.Choice)
            {
                json.WriteString("valueLabel", config.GetDisplay(at, field.Key));
            }
            if (field.IsReadOnly)
            {
                json.WriteNull("default");
            }
            else
            {
                json.WriteString("default", config.DefaultOf(at, field.Key));
            }
            json.WriteBoolean("readOnly", field.IsReadOnly || config.CheckEditable(at, field.Key) is not null);
            json.WriteBoolean("used", use.IsUsed);
            if (!use.IsUsed)
            {
                json.WriteString("ignoredReason", use.Reason);
                if (use.GuidePage is { } page)
                {
                    json.WriteNumber("ignoredGuidePage", page);
                }
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary><c>Ipv6Autoconf</c> to <c>ipv6-autoconf</c>, the style of the stable value keys.</summary>
    private static string Kebab(string pascal)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0 && !char.IsUpper(pascal[i - 1]))
            {
                text.Append('-');
            }
            text.Append(char.ToLowerInvariant(pascal[i]));
        }
        return text.ToString();
    }
}
