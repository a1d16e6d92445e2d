using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlexFabricSim.Boot.Engine;

/// <summary>The JSON form of boot results (<c>flexfabric boot --json</c>): camelCase, enums as strings, addresses as text.</summary>
public static class BootJson
{
    /// <summary>The serializer options every boot JSON uses.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serialises <paramref name="result"/>, indented.</summary>
    public static string Serialize(BootResult result) => JsonSerializer.Serialize(result, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new IPAddressJsonConverter());
        options.Converters.Add(new IPEndPointJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class IPAddressJsonConverter : JsonConverter<IPAddress>
    {
        public override IPAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            IPAddress.TryParse(reader.GetString(), out var a) ? a : throw new JsonException("not an IP address");

        public override void Write(Utf8JsonWriter writer, IPAddress value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }

    private sealed class IPEndPointJsonConverter : JsonConverter<IPEndPoint>
    {
        public override IPEndPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            IPEndPoint.TryParse(reader.GetString() ?? "", out var e) ? e : throw new JsonException("not an endpoint");

        public override void Write(Utf8JsonWriter writer, IPEndPoint value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
