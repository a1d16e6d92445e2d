namespace FlexFabricSim.Device.Nvram;

/// <summary>How a field's value is written and checked.</summary>
public enum FieldKind
{
    /// <summary>One of a fixed list of <see cref="FieldChoice"/> values.</summary>
    Choice,

    /// <summary>A decimal integer within <see cref="FieldDefinition.Min"/>..<see cref="FieldDefinition.Max"/>.</summary>
    Integer,

    /// <summary>Free printable ASCII text up to <see cref="FieldDefinition.MaxLength"/> characters.</summary>
    Text,

    /// <summary>An IPv4 (dotted) or IPv6 address, whichever IP Version is selected.</summary>
    IpAddress,

    /// <summary>A contiguous IPv4 mask (dotted) under IPv4, or a prefix length 0-128 under IPv6.</summary>
    SubnetMask,

    /// <summary>A MAC address <c>00:11:22:33:44:55</c>.</summary>
    MacAddress,

    /// <summary>An iSCSI name: IQN or EUI format (RFC 7143 §4.2.7), or empty.</summary>
    IscsiName,

    /// <summary>A CHAP name, up to 128 bytes (G p.9).</summary>
    ChapId,

    /// <summary>A CHAP secret: empty, or 12 to 16 characters (G p.9; D).</summary>
    ChapSecret,
}
