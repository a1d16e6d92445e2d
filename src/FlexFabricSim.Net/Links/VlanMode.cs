namespace FlexFabricSim.Net.Links;

/// <summary>How a lab switch port treats 802.1Q tags.</summary>
public enum VlanMode
{
    /// <summary>One VLAN, frames untagged on the cable; tagged frames from the host are dropped (priority tags excepted).</summary>
    Access,

    /// <summary>Several VLANs, tagged on the cable; untagged frames belong to the native VLAN, if any.</summary>
    Trunk,
}
