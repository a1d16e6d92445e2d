namespace FlexFabricSim.Device.Nvram;

/// <summary>The stored function-scope values of one function (MBA, iSCSI and NPAR function fields).</summary>
public sealed record FunctionConfiguration
{
    internal FunctionConfiguration(FieldValues values) => Values = values;

    /// <summary>Field key to canonical value, for every function-scope field.</summary>
    public FieldValues Values { get; }

    internal FunctionConfiguration With(string key, string value) => new(Values.With(key, value));
}
