using FlexFabricSim.Device.Catalog;

namespace FlexFabricSim.Device.Nvram;

/// <summary>The Secondary Device Parameters of one port/function, typed (B, D; no effect on the simulated boot).</summary>
/// <param name="DeviceMac">Secondary Device (<see cref="MacAddress.Zero"/> for none).</param>
/// <param name="IndependentTargetPortal">Use Independent Target Portal.</param>
/// <param name="IndependentTargetName">Use Independent Target Name.</param>
public sealed record SecondaryDeviceSettings(MacAddress DeviceMac, bool IndependentTargetPortal, bool IndependentTargetName)
{
    internal static SecondaryDeviceSettings From(Func<string, string> get) => new(
        MacAddress.Parse(get(FieldKeys.Secondary.DeviceMac)),
        Choices.IsEnabled(get(FieldKeys.Secondary.IndependentTargetPortal)),
        Choices.IsEnabled(get(FieldKeys.Secondary.IndependentTargetName)));
}
