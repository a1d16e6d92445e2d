namespace FlexFabricSim.Tui.Navigation;

/// <summary>How a row is drawn and whether it can change now.</summary>
public enum RowState
{
    /// <summary>A value the user can change.</summary>
    Editable,

    /// <summary>A menu entry.</summary>
    Entry,

    /// <summary>Never changeable: addresses and option ROM facts.</summary>
    ReadOnly,

    /// <summary>Changeable in general, locked by the current mode (HBA Boot Mode in Multi-Function mode, VLAN ID with VLAN off).</summary>
    Locked,

    /// <summary>Changeable, but the current mode ignores the value (DHCP, option 43, IPv6, G p.8).</summary>
    Ignored,

    /// <summary>Used or ignored depending on what the DHCP offer carries: option 17 uses it, option 43 does not (G p.8).</summary>
    Conditional,

    /// <summary>A heading.</summary>
    Heading,

    /// <summary>An empty line.</summary>
    Blank,
}
