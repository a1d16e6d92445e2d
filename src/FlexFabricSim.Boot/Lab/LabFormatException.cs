namespace FlexFabricSim.Boot.Lab;

/// <summary>A lab file that cannot be read: says which file, line and key, and what was expected.</summary>
public sealed class LabFormatException : Exception
{
    /// <summary>Creates the exception; <paramref name="line"/> is 1-based, 0 when unknown.</summary>
    public LabFormatException(string source, int line, string message)
        : base(line > 0 ? $"{source}:{line}: {message}" : $"{source}: {message}")
    {
        Source = source;
        Line = line;
        Detail = message;
    }

    /// <summary>The file name (or <c>lab</c> for text).</summary>
    public new string Source { get; }

    /// <summary>The 1-based line, 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The message without the location.</summary>
    public string Detail { get; }
}
