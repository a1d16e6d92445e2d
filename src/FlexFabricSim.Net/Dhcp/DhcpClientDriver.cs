using System.Net;
using System.Net.Sockets;

namespace FlexFabricSim.Net.Dhcp;

/// <summary>
/// The I/O loop shared by the DHCPv4 and DHCPv6 clients: feeds datagrams and timeouts to the protocol logic, acts on its steps.
/// </summary>
/// <remarks>
/// The logic never sees a socket or a clock; the loop never makes a protocol decision. Time is the injected
/// <see cref="TimeProvider"/> only (FakeTimeProvider in tests), and every step is traced as a <see cref="DhcpEvent"/>.
/// Cancellation uses the synchronous <c>Cancel</c>: <c>CancelAsync</c> runs the callbacks on the thread pool, out of sight of
/// a lab scheduler, which would then see no work and report a deadlock.
/// </remarks>
internal static class DhcpClientDriver
{
    /// <summary>One protocol step, reduced to what the loop acts on.</summary>
    internal readonly record struct Step<TLease>(
        string? SendSummary,
        byte[]? Payload,
        TimeSpan? TimeoutAfter,
        TLease? Lease,
        DhcpFailure? Failure,
        DhcpDropReason? Dropped,
        string? Detail)
        where TLease : class;

    /// <summary>The protocol logic's three inputs.</summary>
    internal sealed record Logic<TLease>(
        Func<TimeSpan, Step<TLease>> Start,
        Func<TimeSpan, Step<TLease>> Timeout,
        Func<ReadOnlyMemory<byte>, TimeSpan, Step<TLease>> Receive,
        Func<string> State)
        where TLease : class;

    /// <summary>Runs one exchange to a lease or a failure.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<DhcpResult<TLease>> RunAsync<TLease>(
        IDhcpTransport transport,
        IPEndPoint destination,
        TimeProvider time,
        Action<DhcpEvent>? trace,
        Logic<TLease> logic,
        CancellationToken cancellationToken)
        where TLease : class
    {
        var started = time.GetTimestamp();
        TimeSpan Elapsed() => time.GetElapsedTime(started);
        void Trace(DhcpEventKind kind, string summary, DhcpDropReason? reason = null, string? detail = null) =>
            trace?.Invoke(new DhcpEvent(time.GetUtcNow(), kind, summary, reason, detail));

        using var exchange = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<DhcpDatagram>? receive = null;
        var deadline = TimeSpan.Zero;
        var state = logic.State();
        try
        {
            var step = logic.Start(Elapsed());
            while (true)
            {
                if (logic.State() != state)
                {
                    Trace(DhcpEventKind.StateChanged, $"{state} -> {logic.State()}", detail: step.Detail);
                    state = logic.State();
                }
                if (step.Dropped is { } reason)
                {
                    Trace(DhcpEventKind.Dropped, "datagram ignored", reason, step.Detail);
                }
                if (step.Lease is { } lease)
                {
                    Trace(DhcpEventKind.Bound, step.Detail ?? "bound");
                    return new DhcpResult<TLease>(lease, null, step.Detail);
                }
                if (step.Failure is { } failure)
                {
                    Trace(DhcpEventKind.Failed, failure.ToString(), detail: step.Detail);
                    return new DhcpResult<TLease>(null, failure, step.Detail);
                }
                if (step.Payload is { } payload)
                {
                    try
                    {
                        await transport.SendAsync(payload, destination, exchange.Token);
                        Trace(DhcpEventKind.Sent, step.SendSummary ?? "datagram", detail: step.Detail);
                    }
                    catch (SocketException error)
                    {
                        // As a lost datagram: the timer below retransmits, and the attempt counts as made.
                        Trace(DhcpEventKind.SendFailed, step.SendSummary ?? "datagram", detail: error.Message);
                    }
                }
                if (step.TimeoutAfter is { } after)
                {
                    deadline = Elapsed() + after;
                }

                receive ??= transport.ReceiveAsync(exchange.Token).AsTask();
                using var timer = CancellationTokenSource.CreateLinkedTokenSource(exchange.Token);
                var remaining = deadline - Elapsed();
                var delay = Task.Delay(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, time, timer.Token);
                if (await Task.WhenAny(receive, delay) == receive)
                {
                    timer.Cancel();
                    var datagram = await receive;
                    receive = null;
                    step = logic.Receive(datagram.Payload, Elapsed());
                    if (step.Dropped is null)
                    {
                        Trace(DhcpEventKind.Received, $"from {datagram.Source}", detail: step.Detail);
                    }
                    continue;
                }

                // The delay finished or was cancelled by the caller: a cancelled delay throws here.
                await delay;
                Trace(DhcpEventKind.TimedOut, $"timeout in {logic.State()}");
                step = logic.Timeout(Elapsed());
            }
        }
        finally
        {
            exchange.Cancel();
            if (receive is not null)
            {
                try
                {
                    await receive;
                }
                catch (OperationCanceledException)
                {
                    // The wait this exchange no longer needs.
                }
            }
        }
    }
}
