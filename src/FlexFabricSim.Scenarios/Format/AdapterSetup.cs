using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Scenarios.Format;

/// <summary>
/// The adapter a scenario starts with: a factory image or image file, the port (and function) that boots, and NVRAM
/// overrides applied in the order written, each through the device model's rules.
/// </summary>
public sealed record AdapterSetup
{
    /// <summary>What the file named: a factory image name, an image path, or a model's factory image.</summary>
    public required string Source { get; init; }

    /// <summary>The boot port and function; overrides and <c>set</c> steps without their own port apply here.</summary>
    public NvramAddress At { get; init; } = NvramAddress.OfPort(0);

    /// <summary>The overrides, in file order.</summary>
    public IReadOnlyList<NvramSetting> Overrides { get; init; } = [];

    /// <summary>The configuration the scenario starts with: the image with every override applied.</summary>
    public required AdapterConfiguration Configuration { get; init; }
}
