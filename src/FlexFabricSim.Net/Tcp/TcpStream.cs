namespace FlexFabricSim.Net.Tcp;

/// <summary>A <see cref="TcpConnection"/> as a <see cref="Stream"/>, for protocol code that also runs over host sockets (iSCSI).</summary>
/// <remarks>Asynchronous only: a synchronous read would block the stack's own thread, so <see cref="Read(byte[], int, int)"/>
/// and <see cref="Write(byte[], int, int)"/> throw. Disposing closes the connection gracefully (FIN after queued data).</remarks>
public sealed class TcpStream : Stream
{
    private readonly TcpConnection _connection;

    internal TcpStream(TcpConnection connection) => _connection = connection;

    /// <summary>The connection underneath.</summary>
    public TcpConnection Connection => _connection;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException("a TCP stream has no length");

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException("a TCP stream has no position");
        set => throw new NotSupportedException("a TCP stream has no position");
    }

    /// <inheritdoc />
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _connection.ReadAsync(buffer, cancellationToken);

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _connection.ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        _connection.WriteAsync(buffer, cancellationToken);

    /// <inheritdoc />
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _connection.WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Nothing to flush: written data is sent as soon as the windows allow.</summary>
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Not supported: use <see cref="ReadAsync(Memory{byte}, CancellationToken)"/>.</summary>
    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("the stack's TCP stream is asynchronous only; use ReadAsync");

    /// <summary>Not supported: use <see cref="WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/>.</summary>
    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("the stack's TCP stream is asynchronous only; use WriteAsync");

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("a TCP stream cannot seek");

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException("a TCP stream has no length");

    /// <summary>Closes the connection gracefully.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection.Close();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
