using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;

namespace FlexFabricSim.Scenarios.Running;

/// <summary>What a scenario's expectations look at after a step: the NVRAM, the last boot, the last screen, the last refusal.</summary>
/// <param name="Configuration">The NVRAM now.</param>
/// <param name="At">The boot port and function.</param>
/// <param name="LastBoot">The most recent boot's result, or null before the first boot.</param>
/// <param name="LastScreen">The screen the most recent menu step ended on, or null.</param>
/// <param name="Refusal">The refusal of the step just run, when it was a refused set.</param>
public sealed record RunState(
    AdapterConfiguration Configuration, NvramAddress At, BootResult? LastBoot, string? LastScreen, RuleViolation? Refusal);
