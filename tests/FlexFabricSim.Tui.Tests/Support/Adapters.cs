using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;

namespace FlexFabricSim.Tui.Tests.Support;

/// <summary>Configurations the tests start from: the factory default adapter, changed through the device model's rules.</summary>
internal static class Adapters
{
    /// <summary>The built-in adapter of <c>flexfabric menu</c> (534FLR-SFP+, factory settings).</summary>
    public static AdapterConfiguration Default => FactoryImages.Default.Create();

    /// <summary>Port 0 (function 0).</summary>
    public static NvramAddress Port0 => NvramAddress.OfPort(0);

    /// <summary>The default adapter with <paramref name="changes"/> applied at port 0 in order; a refusal fails the test.</summary>
    public static AdapterConfiguration With(params (string Key, string Value)[] changes) => Default.WithChanges(Port0, changes);

    /// <summary><paramref name="config"/> with <paramref name="changes"/> applied at <paramref name="at"/>.</summary>
    public static AdapterConfiguration WithChanges(
        this AdapterConfiguration config, NvramAddress at, params (string Key, string Value)[] changes) =>
        config.TryChangeAll(at, changes) switch
        {
            ChangeOutcome.Accepted accepted => accepted.Result,
            ChangeOutcome.Refused refused => throw new InvalidOperationException($"Test setup refused: {refused.Violation}"),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };

    /// <summary>The default adapter in Multi-Function (NPAR) mode.</summary>
    public static AdapterConfiguration MultiFunction => With((FieldKeys.Adapter.MultiFunctionMode, "multi-function"));

    /// <summary>The 534FLR-SFP+ factory image without iSCSI boot firmware (G p.6, T8).</summary>
    public static AdapterConfiguration WithoutIscsiFirmware =>
        FactoryImages.All.First(f => !f.IscsiBootFirmware).Create();
}
