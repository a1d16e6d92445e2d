using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Tui.Screens;

namespace FlexFabricSim.Tui.Navigation;

/// <summary>What a <see cref="CardSession"/> simulates: the card's NVRAM, where saves go, the clock, the boot console.</summary>
/// <param name="Configuration">The NVRAM the card powers on with.</param>
/// <param name="Store">Where the utility's saves go.</param>
/// <param name="Time">The clock: <see cref="TimeProvider.System"/> in a terminal, a virtual clock headless.</param>
/// <param name="BootConsole">What runs when nobody presses the setup key.</param>
public sealed record CardSessionOptions(
    AdapterConfiguration Configuration, IConfigurationStore Store, TimeProvider Time, IBootConsole BootConsole)
{
    /// <summary>Open this port's MBA menu directly instead of the device list (<c>--port N</c>).</summary>
    public int? Port { get; init; }

    /// <summary>The banner's wording.</summary>
    public BannerDefinition Banner { get; init; } = BannerDefinition.HpBootAgent;
}
