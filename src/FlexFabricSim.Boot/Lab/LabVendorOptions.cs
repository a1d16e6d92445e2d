namespace FlexFabricSim.Boot.Lab;

/// <summary>The iSCSI vendor sub-options a DHCP server sends (G p.10-11): 201, 202 and 203.</summary>
public sealed record LabVendorOptions
{
    /// <summary>Sub-option 201: the first target's root path.</summary>
    public string? FirstTarget { get; init; }

    /// <summary>Sub-option 202: the second target's root path.</summary>
    public string? SecondTarget { get; init; }

    /// <summary>Sub-option 203: the initiator's iSCSI name.</summary>
    public string? InitiatorName { get; init; }
}
