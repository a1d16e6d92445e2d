using System.Collections.Immutable;

namespace FlexFabricSim.Net.Ibft;

/// <summary>
/// Everything an iSCSI Boot Firmware Table says, as plain values: the hand-off from the boot ROM to the OS (iBFT spec v1.03).
/// </summary>
/// <remarks>
/// <see cref="IbftBuilder"/> writes at most two NICs and only the first target (see the builder); <see cref="IbftParser"/>
/// returns whatever a table holds, up to two of each.
/// </remarks>
public sealed record IbftModel
{
    /// <summary>The OEM id in the ACPI header, up to 6 ASCII characters. "BRCM" is *unverified* for the 57810 ROM.</summary>
    public string OemId { get; init; } = "BRCM";

    /// <summary>The OEM table id in the ACPI header, up to 8 ASCII characters. "BCM57810" is *unverified*.</summary>
    public string OemTableId { get; init; } = "BCM57810";

    /// <summary>Control structure flag bit 0: log in only to the target marked boot-selected, not to all (iBFT §3.4).</summary>
    public bool SingleLoginOnly { get; init; }

    /// <summary>The initiator structure.</summary>
    public required IbftInitiator Initiator { get; init; }

    /// <summary>The NIC structures, index order; one or two.</summary>
    public ImmutableArray<IbftNic> Nics { get; init; } = [];

    /// <summary>The target structures, index order.</summary>
    public ImmutableArray<IbftTarget> Targets { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(IbftModel? other) =>
        other is not null && OemId == other.OemId && OemTableId == other.OemTableId && SingleLoginOnly == other.SingleLoginOnly
        && Initiator.Equals(other.Initiator) && Nics.AsSpan().SequenceEqual(other.Nics.AsSpan())
        && Targets.AsSpan().SequenceEqual(other.Targets.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OemId, OemTableId, Initiator, Nics.Length, Targets.Length);
}
