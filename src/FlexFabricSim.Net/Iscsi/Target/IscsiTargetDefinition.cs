using FlexFabricSim.Net.Chap;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi.Target;

/// <summary>One iSCSI target the fake target serves: its IQN, logical units and CHAP accounts.</summary>
/// <param name="Name">The target's iSCSI name (IQN or EUI).</param>
/// <param name="Units">Its logical units; LUN numbers must be unique.</param>
/// <param name="Chap">When set, initiators must log in with CHAP as this account (one-way CHAP).</param>
/// <param name="MutualChap">The name and secret the target answers an initiator's challenge with (mutual CHAP).</param>
public sealed record IscsiTargetDefinition(
    string Name, IReadOnlyList<ScsiLogicalUnit> Units, ChapCredentials? Chap = null, ChapCredentials? MutualChap = null)
{
    /// <summary>The unit with LUN number <paramref name="lun"/>, if any.</summary>
    public ScsiLogicalUnit? Find(ScsiLun lun) =>
        lun.TryGetNumber(out var n) ? Units.FirstOrDefault(u => u.Number == n) : null;
}
