using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Tui.Navigation;

/// <summary>Where the configuration utility's saves go: the card's NVRAM, i.e. an image file, or memory for dry runs.</summary>
public interface IConfigurationStore
{
    /// <summary>For messages: the file name, or that nothing is written to disk.</summary>
    string Description { get; }

    /// <summary>
    /// Stores <paramref name="configuration"/>; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> on
    /// failure, leaving the old copy intact.
    /// </summary>
    void Save(AdapterConfiguration configuration);
}
