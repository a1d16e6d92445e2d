using System.Net.Sockets;
using FlexFabricSim.Net.Iscsi;

namespace FlexFabricSim.Cli.Commands;

/// <summary>The host's own TCP stack as an <see cref="Net.Iscsi.Initiator.IscsiConnect"/> for CLI commands (the lab uses the simulated one).</summary>
public static class HostTcp
{
    /// <summary>Connects to <paramref name="portal"/> with Nagle off, as iSCSI initiators do.</summary>
    public static async ValueTask<Stream> ConnectAsync(IscsiPortal portal, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(portal.Host, portal.Port, cancellationToken);
            return client.GetStream();
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
