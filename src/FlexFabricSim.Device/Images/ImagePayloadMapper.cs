using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rom;

namespace FlexFabricSim.Device.Images;

/// <summary>Maps a configuration to its payload and back; the way back trusts nothing (every null, count and value is checked).</summary>
internal static class ImagePayloadMapper
{
    public static ImagePayload ToPayload(AdapterConfiguration config) => new()
    {
        ModelCode = (ushort)config.Model,
        BaseMac = config.BaseMac.ToArray(),
        Rom = new RomPayload
        {
            MbaVersion = config.OptionRom.MbaVersion,
            IscsiBootVersion = config.OptionRom.IscsiBootVersion,
            IscsiBootFirmware = config.OptionRom.HasIscsiBootFirmware,
        },
        AdapterValues = ToPairs(config.AdapterValues),
        Ports = [.. config.Ports.Select(p => new PortPayload
        {
            Values = ToPairs(p.Values),
            Functions = [.. p.Functions.Select(f => ToPairs(f.Values))],
        })],
    };

    /// <exception cref="InvalidDataException">The payload does not describe a valid configuration.</exception>
    public static AdapterConfiguration FromPayload(ImagePayload payload, AdapterModel model)
    {
        if (payload.ModelCode != (ushort)model)
        {
            throw new InvalidDataException($"The payload's model code {payload.ModelCode} differs from the header's {(ushort)model}.");
        }
        if (payload.BaseMac is not { Length: MacAddress.Length } macBytes)
        {
            throw new InvalidDataException("The base MAC is missing or not 6 bytes.");
        }
        var rom = payload.Rom ?? throw new InvalidDataException("The option ROM description is missing.");
        var optionRom = new OptionRom(
            rom.MbaVersion ?? throw new InvalidDataException("The MBA version is missing."),
            rom.IscsiBootVersion ?? throw new InvalidDataException("The iSCSI boot version is missing."),
            rom.IscsiBootFirmware ? IscsiBootFirmware.Present : IscsiBootFirmware.Absent);
        var ports = payload.Ports ?? throw new InvalidDataException("The ports are missing.");
        var stored = ports.Select((p, i) =>
        {
            var port = p ?? throw new InvalidDataException($"Port {i} is missing.");
            var functions = port.Functions ?? throw new InvalidDataException($"The functions of port {i} are missing.");
            return (FromPairs(port.Values, $"port {i}"),
                (IReadOnlyList<FieldValues>)[.. functions.Select((f, j) => FromPairs(f, $"port {i} function {j}"))]);
        }).ToArray();
        var adapterValues = FromPairs(payload.AdapterValues, "adapter");
        return AdapterConfiguration.FromStored(model, MacAddress.FromBytes(macBytes), optionRom, adapterValues, stored);
    }

    private static StoredValuePayload[] ToPairs(FieldValues values) =>
        [.. values.Select(p => new StoredValuePayload { Key = p.Key, Value = p.Value })];

    private static FieldValues FromPairs(StoredValuePayload[]? pairs, string where)
    {
        if (pairs is null)
        {
            throw new InvalidDataException($"The values of {where} are missing.");
        }
        var list = pairs.Select(p => p is { Key: { } key, Value: { } value }
            ? KeyValuePair.Create(key, value)
            : throw new InvalidDataException($"A value of {where} has no key or no value.")).ToArray();
        if (list.FirstOrDefault(p => !FieldCatalog.TryGet(p.Key, out _)) is { Key: { } unknown })
        {
            throw new UnknownFieldException(unknown, where);
        }
        for (var i = 1; i < list.Length; i++)
        {
            // Written in ordinal key order; anything else (including a repeated key) was not written by us.
            if (string.CompareOrdinal(list[i - 1].Key, list[i].Key) >= 0)
            {
                throw new InvalidDataException($"The values of {where} are not in key order at '{list[i].Key}'.");
            }
        }
        return FieldValues.From(list);
    }
}
