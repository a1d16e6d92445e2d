using System.Globalization;

namespace FlexFabricSim.Scenarios.Format;

/// <summary>Where something was written in a scenario file: the file as named, and the 1-based line and column.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line; 0 when unknown.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary><c>file:line:col</c>, the form editors and compilers use.</summary>
    public override string ToString() =>
        $"{File}:{Line.ToString(CultureInfo.InvariantCulture)}:{Column.ToString(CultureInfo.InvariantCulture)}";
}
