namespace FlexFabricSim.Tui.Headless;

/// <summary>A key script that cannot be read; names the offending token and its character position.</summary>
public sealed class KeyScriptException(string message, int position) : FormatException(message)
{
    /// <summary>Zero-based character offset of the offending token in the script.</summary>
    public int Position { get; } = position;
}
