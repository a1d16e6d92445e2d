using Microsoft.Win32.SafeHandles;

namespace FlexFabricSim.Net.Scsi;

/// <summary>A logical unit backed by a file: created sparse when missing, positional I/O, flushed to disk on demand.</summary>
public sealed class FileBlockDevice : IScsiBlockDevice
{
    private readonly SafeFileHandle _handle;

    private FileBlockDevice(SafeFileHandle handle, string path, int blockSize, long length, bool readOnly)
    {
        _handle = handle;
        Path = path;
        BlockSize = blockSize;
        BlockCount = length / blockSize;
        IsReadOnly = readOnly;
    }

    /// <summary>The backing file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public int BlockSize { get; }

    /// <inheritdoc />
    public long BlockCount { get; }

    /// <inheritdoc />
    public bool IsReadOnly { get; }

    /// <summary>Opens <paramref name="path"/>; when <paramref name="createSize"/> is given and the file is missing or shorter, it is
    /// extended sparsely to that size (holes read as zeros and take no disk space).</summary>
    /// <exception cref="IOException">The file cannot be opened or is smaller than one block.</exception>
    public static FileBlockDevice Open(string path, bool readOnly, long? createSize = null, int blockSize = 512)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 512);
        var mode = createSize is null || readOnly ? FileMode.Open : FileMode.OpenOrCreate;
        var access = readOnly ? FileAccess.Read : FileAccess.ReadWrite;
        var handle = File.OpenHandle(path, mode, access, FileShare.ReadWrite);
        try
        {
            var length = RandomAccess.GetLength(handle);
            if (createSize is { } size && length < size && !readOnly)
            {
                RandomAccess.SetLength(handle, size);
                length = size;
            }
            if (length < blockSize)
            {
                throw new IOException($"{path}: {length} bytes is less than one {blockSize}-byte block");
            }
            return new FileBlockDevice(handle, path, blockSize, length, readOnly);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Read(long offset, Span<byte> destination)
    {
        while (!destination.IsEmpty)
        {
            var n = RandomAccess.Read(_handle, destination, offset);
            if (n == 0)
            {
                destination.Clear(); // the file shrank under us: read the rest as zeros rather than loop forever
                return;
            }
            destination = destination[n..];
            offset += n;
        }
    }

    /// <inheritdoc />
    public void Write(long offset, ReadOnlySpan<byte> source)
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException($"{Path} is read-only");
        }
        RandomAccess.Write(_handle, source, offset);
    }

    /// <inheritdoc />
    public void Flush()
    {
        if (!IsReadOnly)
        {
            RandomAccess.FlushToDisk(_handle);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Flush();
        _handle.Dispose();
    }
}
