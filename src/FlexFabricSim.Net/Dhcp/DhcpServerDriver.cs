using System.Net;
using System.Net.Sockets;

namespace FlexFabricSim.Net.Dhcp;

/// <summary>
/// The I/O loop shared by the simulated DHCPv4 and DHCPv6 servers: receive, decide, answer (late when the profile says so).
/// </summary>
internal static class DhcpServerDriver
{
    /// <summary>A decision: the reply's bytes and destination, or a drop.</summary>
    internal readonly record struct Answer(
        byte[]? Payload, IPEndPoint? Destination, string Summary, DhcpDropReason? Dropped, string? Detail);

    /// <summary>
    /// Serves until <paramref name="cancellationToken"/> is cancelled, then returns once pending late replies are abandoned.
    /// </summary>
    public static async Task RunAsync(
        IDhcpTransport transport,
        TimeProvider time,
        TimeSpan replyDelay,
        Action<DhcpEvent>? trace,
        Func<DhcpDatagram, Answer> decide,
        CancellationToken cancellationToken)
    {
        void Trace(DhcpEventKind kind, string summary, DhcpDropReason? reason = null, string? detail = null) =>
            trace?.Invoke(new DhcpEvent(time.GetUtcNow(), kind, summary, reason, detail));

        var late = new List<Task>();
        try
        {
            while (true)
            {
                var datagram = await transport.ReceiveAsync(cancellationToken);
                var answer = decide(datagram);
                if (answer.Dropped is { } reason)
                {
                    Trace(DhcpEventKind.Dropped, $"from {datagram.Source}", reason, answer.Detail);
                    continue;
                }
                Trace(DhcpEventKind.Received, $"from {datagram.Source}", detail: answer.Detail);
                if (answer.Payload is not { } payload || answer.Destination is not { } destination)
                {
                    continue;
                }
                if (replyDelay <= TimeSpan.Zero)
                {
                    await SendAsync(payload, destination, answer.Summary, $"to {destination}");
                    continue;
                }
                late.RemoveAll(t => t.IsCompleted);
                late.Add(SendLateAsync(payload, destination, answer.Summary));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping is the normal end of a server.
        }
        finally
        {
            foreach (var task in late)
            {
                try
                {
                    await task;
                }
                catch (OperationCanceledException)
                {
                    // A late reply the stop overtook.
                }
            }
        }

        async Task SendLateAsync(byte[] payload, IPEndPoint destination, string summary)
        {
            await Task.Delay(replyDelay, time, cancellationToken);
            await SendAsync(payload, destination, summary, $"to {destination}, {replyDelay.TotalSeconds:0.###} s late");
        }

        async Task SendAsync(byte[] payload, IPEndPoint destination, string summary, string detail)
        {
            try
            {
                await transport.SendAsync(payload, destination, cancellationToken);
                Trace(DhcpEventKind.Sent, summary, detail: detail);
            }
            catch (SocketException error)
            {
                // A reply that cannot leave is a lost reply: the client retransmits. The server keeps serving.
                Trace(DhcpEventKind.SendFailed, summary, detail: $"{detail}: {error.Message}");
            }
        }
    }
}
