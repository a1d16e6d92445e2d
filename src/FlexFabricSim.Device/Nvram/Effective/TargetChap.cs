namespace FlexFabricSim.Device.Nvram;

/// <summary>The CHAP a login to target 1 or 2 uses, whether the target comes from its screen or from DHCP.</summary>
/// <param name="Mode">None, one-way, or mutual (target CHAP secret set).</param>
/// <param name="TargetChapId">The name the target must answer with in mutual CHAP (may be empty).</param>
/// <param name="TargetChapSecret">The secret the target must prove in mutual CHAP (empty unless mutual).</param>
public sealed record TargetChap(ChapMode Mode, string TargetChapId, string TargetChapSecret);
