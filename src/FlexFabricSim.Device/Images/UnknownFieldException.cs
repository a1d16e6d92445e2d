namespace FlexFabricSim.Device.Images;

/// <summary>A stored field this build does not know: the image was written by a newer FlexFabricSim that added it.</summary>
/// <remarks>Only thrown inside payload decoding, which turns it into <see cref="FirmwareImageReason.NewerFormat"/>.</remarks>
internal sealed class UnknownFieldException(string key, string where)
    : Exception($"The values of {where} include the field '{key}', which this FlexFabricSim does not know.")
{
    /// <summary>The unknown field key.</summary>
    public string Key { get; } = key;
}
