using System.Net.Sockets;

namespace FlexFabricSim.Cli.Commands;

/// <summary>A connected host socket read and written with plain blocking calls, for a CLI command's one iSCSI connection.</summary>
/// <remarks>
/// A CLI session has one reader waiting on one socket, so asynchronous waits only add cost: each one that finds no data goes
/// through the runtime's epoll thread and then a thread-pool hop before the reader runs again, where a blocking <c>recv</c>
/// wakes the reader directly. On a bulk READ that difference is most of the gap to libiscsi's single poll loop. The socket must
/// never have been used asynchronously, or the runtime makes it non-blocking and emulates the blocking calls with the same
/// hops. A cancelled token (a receive time-out, Ctrl-C) shuts the socket down to wake the blocked call, and the call then
/// throws <see cref="OperationCanceledException"/>: the connection is finished, as the session is after a time-out.
/// Never for <c>target serve</c>, whose many connections must not each hold a thread.
/// </remarks>
public sealed class BlockingSocketStream : Stream
{
    private readonly Socket _socket;
    private int _disposed;

    /// <summary>Wraps a connected, blocking <paramref name="socket"/>; the stream owns it.</summary>
    public BlockingSocketStream(Socket socket) => _socket = socket;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(Span<byte> buffer) => Receive(buffer, default);

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Receive(buffer.Span, cancellationToken));

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer) => Send(buffer, default);

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Send(buffer.Span, cancellationToken);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _socket.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Receive(Span<byte> buffer, CancellationToken cancellationToken)
    {
        using var wake = Arm(cancellationToken);
        try
        {
            var received = buffer.IsEmpty ? 0 : _socket.Receive(buffer);
            // A shutdown to wake the call ends it like the peer closing: report the cancellation, not the end of the stream.
            cancellationToken.ThrowIfCancellationRequested();
            return received;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            throw Failed(e, cancellationToken);
        }
    }

    private void Send(ReadOnlySpan<byte> buffer, CancellationToken cancellationToken)
    {
        using var wake = Arm(cancellationToken);
        try
        {
            // A blocking send returns when every byte is queued; the loop only covers a send cut short by a signal.
            while (!buffer.IsEmpty)
            {
                buffer = buffer[_socket.Send(buffer)..];
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            throw Failed(e, cancellationToken);
        }
    }

    /// <summary>Makes <paramref name="cancellationToken"/> wake a blocked call by shutting the socket down.</summary>
    private CancellationTokenRegistration Arm(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        cancellationToken.ThrowIfCancellationRequested();
        return cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static s => ((BlockingSocketStream)s!).ShutDown(), this)
            : default;
    }

    /// <summary>A failed call as <see cref="NetworkStream"/> reports it (<see cref="IOException"/>), or as the cancellation that
    /// caused it.</summary>
    private static Exception Failed(Exception e, CancellationToken cancellationToken) => cancellationToken.IsCancellationRequested
        ? new OperationCanceledException(cancellationToken)
        : new IOException($"Unable to transfer data on the transport connection: {e.Message}", e);

    private void ShutDown()
    {
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed or never connected: the blocked call returns on its own.
        }
    }
}
