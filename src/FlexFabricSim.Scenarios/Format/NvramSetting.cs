namespace FlexFabricSim.Scenarios.Format;

/// <summary>One NVRAM value a scenario sets, by stable key (<c>iscsi.target1.boot-lun: 254</c>), with where it was written.</summary>
/// <param name="Key">The stable field key.</param>
/// <param name="Value">The value as written; the device model's rules read it.</param>
/// <param name="Location">Where the value was written.</param>
public sealed record NvramSetting(string Key, string Value, SourceLocation Location)
{
    /// <summary><c>key=value</c>, as <c>nvram set</c> takes it.</summary>
    public override string ToString() => $"{Key}={Value}";
}
