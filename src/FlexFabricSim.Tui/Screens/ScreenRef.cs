using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Tui.Screens;

/// <summary>Which screen, for which port and function: enough to rebuild its <see cref="ScreenDefinition"/> at any time.</summary>
public readonly record struct ScreenRef(ScreenKind Kind, NvramAddress At);
