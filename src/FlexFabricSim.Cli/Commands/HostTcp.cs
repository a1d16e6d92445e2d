using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Net.Iscsi;

namespace FlexFabricSim.Cli.Commands;

/// <summary>The host's own TCP stack as an <see cref="Net.Iscsi.Initiator.IscsiConnect"/> for CLI commands (the lab uses the simulated one).</summary>
public static class HostTcp
{
    /// <summary>Connects to <paramref name="portal"/> with Nagle off, as iSCSI initiators do, and hands the connection over as a
    /// <see cref="BlockingSocketStream"/>: the command's single session reads faster with blocking calls.</summary>
    /// <remarks>The connect itself blocks too (an asynchronous one would turn the socket non-blocking for good); a cancelled
    /// token (the session's connect time-out) closes the socket to end it. Each address of a host name is tried in turn, each
    /// with a socket of its own family, so errors name the address as the user typed it.</remarks>
    public static ValueTask<Stream> ConnectAsync(IscsiPortal portal, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var addresses = IPAddress.TryParse(portal.Host, out var literal) ? [literal] : Dns.GetHostAddresses(portal.Host);
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                using (cancellationToken.UnsafeRegister(static s => ((Socket)s!).Dispose(), socket))
                {
                    socket.Connect(new IPEndPoint(address, portal.Port));
                }
                cancellationToken.ThrowIfCancellationRequested();
                return ValueTask.FromResult<Stream>(new BlockingSocketStream(socket));
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException && cancellationToken.IsCancellationRequested)
            {
                socket.Dispose();
                throw new OperationCanceledException(cancellationToken);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }
}
