using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Boot.Engine;

// A boot on a real Linux interface: the adapter's own stack on an AF_PACKET link, in real time, against whatever DHCP
// servers and targets that network has (the NVRAM names the targets).
public static partial class BootEngine
{
    private static async Task<BootResult> RunOnInterfaceAsync(BootRequest request, IBootObserver? observer, CancellationToken cancellationToken)
    {
        var config = EffectiveConfiguration.For(request.Configuration, request.At);
        using var link = RawInterfaceLink.Open(request.Interface!);
        using var scheduler = new EventLoopScheduler($"adapter on {request.Interface}");
        return await scheduler.InvokeAsync(async () =>
        {
            using var port = new AdapterPort(config, scheduler, link, request.Capture, Lab.LabWorld.SeedFor(config.WireMac.Value));
            var session = new BootSession(request, config, port, scheduler.TimeProvider, observer);
            try
            {
                var result = await session.RunAsync(cancellationToken);
                return Finish(result, port, session.StartedAt);
            }
            finally
            {
                await session.CloseAsync();
            }
        });
    }
}
