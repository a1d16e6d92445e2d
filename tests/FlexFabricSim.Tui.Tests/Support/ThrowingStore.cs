using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.Navigation;

namespace FlexFabricSim.Tui.Tests.Support;

/// <summary>A store whose disk is full: every save fails as an I/O error does.</summary>
internal sealed class ThrowingStore : IConfigurationStore
{
    public string Description => "a full disk";

    public void Save(AdapterConfiguration configuration) => throw new IOException("No space left on device.");
}
