namespace FlexFabricSim.Net.Capture;

/// <summary>A file written under a temporary name and renamed into place on <see cref="Commit"/>, so readers never see half a file.</summary>
public sealed class AtomicFile : IDisposable
{
    private readonly FileStream _stream;
    private bool _done;

    private AtomicFile(string path, string temporaryPath, FileStream stream)
    {
        Path = path;
        TemporaryPath = temporaryPath;
        _stream = stream;
    }

    /// <summary>Where the file ends up.</summary>
    public string Path { get; }

    /// <summary>Where it is written meanwhile (same directory, so the rename is atomic).</summary>
    public string TemporaryPath { get; }

    /// <summary>The stream to write to; do not dispose it yourself.</summary>
    public Stream Stream => _stream;

    /// <summary>Creates the temporary file next to <paramref name="path"/>.</summary>
    public static AtomicFile Create(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full) ?? ".";
        var temporary = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 65536);
        return new AtomicFile(full, temporary, stream);
    }

    /// <summary>Flushes to disk and renames the file into place (replacing an older one).</summary>
    public void Commit()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        File.Move(TemporaryPath, Path, overwrite: true);
    }

    /// <summary>Discards the temporary file unless <see cref="Commit"/> ran.</summary>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        _stream.Dispose();
        File.Delete(TemporaryPath);
    }
}
