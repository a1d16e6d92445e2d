using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FlexFabricSim.Boot.Events;

/// <summary>
/// The id of a boot event: a driver event id from the guide's table (written <c>evt-17</c>) or an engine stage code
/// (written <c>ffs-110</c>). The two number spaces are kept apart on purpose: driver ids mean what G p.30-33 says,
/// engine codes mean what <c>docs/events.md</c> says.
/// </summary>
[JsonConverter(typeof(BootEventIdJsonConverter))]
public readonly record struct BootEventId(BootEventSource Source, int Number)
{
    /// <summary>The highest id in the driver's event table (G p.33).</summary>
    public const int MaxDriverId = 72;

    private const string DriverPrefix = "evt-";
    private const string EnginePrefix = "ffs-";

    /// <summary>A driver event id (1-72).</summary>
    public static BootEventId Driver(int id)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(id, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(id, MaxDriverId);
        return new BootEventId(BootEventSource.Driver, id);
    }

    /// <summary>An engine stage code.</summary>
    public static BootEventId Engine(EngineCode code) => new(BootEventSource.Engine, (int)code);

    /// <summary>The engine code, when this is one.</summary>
    public EngineCode? EngineCode => Source == BootEventSource.Engine ? (EngineCode)Number : null;

    /// <summary>Parses <c>evt-N</c> or <c>ffs-N</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out BootEventId? id)
    {
        id = null;
        if (text is null)
        {
            return false;
        }
        var source = text.StartsWith(DriverPrefix, StringComparison.OrdinalIgnoreCase) ? BootEventSource.Driver
            : text.StartsWith(EnginePrefix, StringComparison.OrdinalIgnoreCase) ? BootEventSource.Engine
            : (BootEventSource?)null;
        if (source is null || !int.TryParse(text.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        if (source == BootEventSource.Driver && number is < 1 or > MaxDriverId)
        {
            return false;
        }
        if (source == BootEventSource.Engine && !Enum.IsDefined((EngineCode)number))
        {
            return false;
        }
        id = new BootEventId(source.Value, number);
        return true;
    }

    /// <summary><c>evt-17</c> for a driver id, <c>ffs-110</c> for an engine code.</summary>
    public override string ToString() =>
        (Source == BootEventSource.Driver ? DriverPrefix : EnginePrefix) + Number.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Writes a <see cref="BootEventId"/> as its text form in JSON.</summary>
public sealed class BootEventIdJsonConverter : JsonConverter<BootEventId>
{
    /// <inheritdoc />
    public override BootEventId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        BootEventId.TryParse(reader.GetString(), out var id) ? id.Value : throw new JsonException("not a boot event id (evt-N or ffs-N)");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, BootEventId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
