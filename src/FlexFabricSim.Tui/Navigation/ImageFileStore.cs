using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Tui.Navigation;

/// <summary>Saves to a firmware image file, atomically through the device model (<see cref="FirmwareImage.Write"/>).</summary>
public sealed class ImageFileStore(string path) : IConfigurationStore
{
    /// <summary>The image file.</summary>
    public string Path { get; } = string.IsNullOrEmpty(path) ? throw new ArgumentException("An image path is needed.", nameof(path)) : path;

    /// <inheritdoc />
    public string Description => "saved to " + System.IO.Path.GetFileName(Path);

    /// <inheritdoc />
    public void Save(AdapterConfiguration configuration) => FirmwareImage.Write(Path, configuration);
}
