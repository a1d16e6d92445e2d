namespace FlexFabricSim.Net.Ethernet;

/// <summary>The tag control information of an IEEE 802.1Q tag: priority (PCP), drop eligibility (DEI) and VLAN id.</summary>
public readonly record struct VlanTag
{
    /// <summary>Highest VLAN id a tag may carry (4095 is reserved by IEEE 802.1Q).</summary>
    public const ushort MaxVlanId = 4094;

    /// <summary>Creates a tag; <paramref name="vlanId"/> 0 means "priority tag only".</summary>
    public VlanTag(ushort vlanId, byte priority = 0, bool dropEligible = false)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(vlanId, (ushort)0x0FFF);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(priority, (byte)7);
        VlanId = vlanId;
        Priority = priority;
        DropEligible = dropEligible;
    }

    /// <summary>The VLAN identifier (12 bits).</summary>
    public ushort VlanId { get; }

    /// <summary>The priority code point (3 bits, IEEE 802.1p).</summary>
    public byte Priority { get; }

    /// <summary>The drop eligible indicator.</summary>
    public bool DropEligible { get; }

    /// <summary>The 16-bit tag control information as on the wire.</summary>
    public ushort ControlInformation => (ushort)((Priority << 13) | (DropEligible ? 0x1000 : 0) | VlanId);

    /// <summary>Splits a 16-bit tag control information field.</summary>
    public static VlanTag FromControlInformation(ushort tci) =>
        new((ushort)(tci & 0x0FFF), (byte)(tci >> 13), (tci & 0x1000) != 0);

    /// <inheritdoc />
    public override string ToString() => Priority == 0 ? $"vlan {VlanId}" : $"vlan {VlanId} pcp {Priority}";
}
