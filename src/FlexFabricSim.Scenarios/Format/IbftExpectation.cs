namespace FlexFabricSim.Scenarios.Format;

/// <summary><c>ibft:</c> fields of the iBFT the last boot published (the first target, and its NIC), or <c>ibft: none</c>.</summary>
/// <param name="Fields">The fields and their expected values; empty with <paramref name="Absent"/>.</param>
/// <param name="Absent">True for <c>ibft: none</c>: no table was published.</param>
public sealed record IbftExpectation(IReadOnlyList<IbftFieldValue> Fields, bool Absent) : Expectation
{
    /// <inheritdoc />
    public override string Key => "ibft";

    /// <inheritdoc />
    public override string Describe() =>
        Absent ? "no iBFT published" : "iBFT " + string.Join(", ", Fields.Select(f => $"{YamlNames.Of(f.Field)} {f.Expected}"));
}

/// <summary>One iBFT field and the value expected, written as the scenario wrote it (addresses, names, numbers, choice names).</summary>
/// <param name="Field">Which field.</param>
/// <param name="Expected">The expected value; <c>none</c> for an absent one.</param>
public sealed record IbftFieldValue(IbftField Field, string Expected);

/// <summary>The iBFT fields a scenario can check (iBFT v1.03 §3.5-3.7): initiator, first NIC, first target.</summary>
public enum IbftField
{
    /// <summary>Initiator structure: the initiator's iSCSI name.</summary>
    InitiatorName,

    /// <summary>NIC structure: the initiator's IP address.</summary>
    Address,

    /// <summary>NIC structure: the prefix length.</summary>
    PrefixLength,

    /// <summary>NIC structure: the default gateway.</summary>
    Gateway,

    /// <summary>NIC structure: the primary DNS server.</summary>
    PrimaryDns,

    /// <summary>NIC structure: the secondary DNS server.</summary>
    SecondaryDns,

    /// <summary>NIC structure: the DHCP server.</summary>
    DhcpServer,

    /// <summary>NIC structure: the VLAN id (0 untagged).</summary>
    Vlan,

    /// <summary>NIC structure: the MAC address.</summary>
    Mac,

    /// <summary>NIC structure: the address origin (manual, dhcp, well-known, router-advertisement).</summary>
    Origin,

    /// <summary>Target structure: the portal's IP address.</summary>
    TargetAddress,

    /// <summary>Target structure: the portal's TCP port.</summary>
    TargetPort,

    /// <summary>Target structure: the boot LUN, as a number.</summary>
    Lun,

    /// <summary>Target structure: the target's iSCSI name.</summary>
    TargetName,

    /// <summary>Target structure: the CHAP type (none, one-way, mutual).</summary>
    Chap,

    /// <summary>Target structure: the CHAP name the initiator sends.</summary>
    ChapName,

    /// <summary>Target structure: the CHAP name the target sends (mutual CHAP).</summary>
    ReverseChapName,

    /// <summary>How many target structures the table holds.</summary>
    Targets,
}
