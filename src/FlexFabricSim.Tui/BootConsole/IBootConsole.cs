using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Tui.BootConsole;

/// <summary>What the card prints while it boots without the setup key: the seam where the boot engine plugs into the screens.</summary>
/// <remarks>
/// An implementation paces itself on the <see cref="TimeProvider"/> it was built with (virtual in headless runs, so a
/// 30-second DHCP timeout costs no real time) and yields lines as they happen. The screens consume the lines on their
/// own thread; yielding from any thread is fine. The sequence ends when the boot agent gives up or hands over to the
/// operating system. Cancellation means the user powered the simulated server off or restarted it.
/// </remarks>
public interface IBootConsole
{
    /// <summary>Runs the option ROM's boot with the <paramref name="configuration"/> saved in NVRAM and yields its console lines.</summary>
    IAsyncEnumerable<BootConsoleLine> RunAsync(AdapterConfiguration configuration, CancellationToken cancellationToken);
}
