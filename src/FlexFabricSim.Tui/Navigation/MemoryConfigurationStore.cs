using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Tui.Navigation;

/// <summary>A store that keeps saves in memory: the built-in adapter, and scripted runs without <c>--save</c>.</summary>
public sealed class MemoryConfigurationStore(string description = "memory only (no image file)") : IConfigurationStore
{
    /// <inheritdoc />
    public string Description { get; } = description;

    /// <summary>The configuration saved last, or null if nothing was saved.</summary>
    public AdapterConfiguration? Saved { get; private set; }

    /// <summary>How many times the utility saved.</summary>
    public int SaveCount { get; private set; }

    /// <inheritdoc />
    public void Save(AdapterConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Saved = configuration;
        SaveCount++;
    }
}
