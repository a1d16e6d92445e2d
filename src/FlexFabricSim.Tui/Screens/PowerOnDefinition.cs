using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Tui.Screens;

/// <summary>What the simulated server prints before the card's option ROM runs, and when.</summary>
/// <remarks>
/// The server's own BIOS is not simulated; these lines set the scene and say so. The pacing is a plausible
/// power-on, kept short so exercises do not wait: everything shows within <see cref="Duration"/>.
/// </remarks>
public static class PowerOnDefinition
{
    /// <summary>Time between two power-on lines.</summary>
    public static readonly TimeSpan LineInterval = TimeSpan.FromMilliseconds(300);

    /// <summary>The power-on lines for <paramref name="config"/>, top to bottom.</summary>
    public static IReadOnlyList<string> Lines(AdapterConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return
        [
            "FlexFabricSim - simulated server power-on",
            "(the server's own BIOS is not simulated; the adapter's option ROM is)",
            "",
            "Initializing PCI devices ...",
            $"  {config.ModelInfo.DisplayName} ({config.ModelInfo.Chip}), {config.Ports.Count} ports",
            "Initializing option ROMs ...",
            "",
        ];
    }

    /// <summary>How long the power-on lines take before the option ROM starts.</summary>
    public static TimeSpan Duration(AdapterConfiguration config) => LineInterval * Lines(config).Count;
}
