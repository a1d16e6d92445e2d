using MessagePack;

namespace FlexFabricSim.Device.Images;

// The MessagePack payload of a firmware image. Explicit integer keys (arrays on the wire), values as ordered arrays of
// key/value pairs sorted by key (ordinal), no dictionaries: the same configuration always encodes to the same bytes.
// Keys are never reused: add new members with new numbers.

/// <summary>Payload root, format version 1.</summary>
[MessagePackObject]
internal sealed class ImagePayload
{
    /// <summary>The model code again, cross-checked with the header.</summary>
    [Key(0)]
    public ushort ModelCode { get; set; }

    /// <summary>The base MAC, 6 bytes.</summary>
    [Key(1)]
    public byte[]? BaseMac { get; set; }

    /// <summary>The option ROM.</summary>
    [Key(2)]
    public RomPayload? Rom { get; set; }

    /// <summary>Adapter-scope values.</summary>
    [Key(3)]
    public StoredValuePayload[]? AdapterValues { get; set; }

    /// <summary>One entry per port.</summary>
    [Key(4)]
    public PortPayload[]? Ports { get; set; }
}

/// <summary>Option ROM facts.</summary>
[MessagePackObject]
internal sealed class RomPayload
{
    /// <summary>MBA version.</summary>
    [Key(0)]
    public string? MbaVersion { get; set; }

    /// <summary>iSCSI boot version (empty when absent).</summary>
    [Key(1)]
    public string? IscsiBootVersion { get; set; }

    /// <summary>Whether iSCSI boot firmware is present.</summary>
    [Key(2)]
    public bool IscsiBootFirmware { get; set; }
}

/// <summary>One port: its values and its four functions.</summary>
[MessagePackObject]
internal sealed class PortPayload
{
    /// <summary>Port-scope values.</summary>
    [Key(0)]
    public StoredValuePayload[]? Values { get; set; }

    /// <summary>Function-scope values of functions 0-3.</summary>
    [Key(1)]
    public StoredValuePayload[][]? Functions { get; set; }
}

/// <summary>One field value.</summary>
[MessagePackObject]
internal sealed class StoredValuePayload
{
    /// <summary>Field key.</summary>
    [Key(0)]
    public string? Key { get; set; }

    /// <summary>Canonical value.</summary>
    [Key(1)]
    public string? Value { get; set; }
}
