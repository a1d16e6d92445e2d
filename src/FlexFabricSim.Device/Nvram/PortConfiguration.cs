namespace FlexFabricSim.Device.Nvram;

/// <summary>One physical port: its port-scope values and always four functions (only function 0 is used in single-function mode).</summary>
public sealed record PortConfiguration
{
    /// <summary>Functions stored per port, whatever the mode, so switching modes loses nothing.</summary>
    public const int StoredFunctions = 4;

    internal PortConfiguration(FieldValues values, ValueList<FunctionConfiguration> functions)
    {
        if (functions.Count != StoredFunctions)
        {
            throw new ArgumentException($"A port stores {StoredFunctions} functions.", nameof(functions));
        }
        Values = values;
        Functions = functions;
    }

    /// <summary>Field key to canonical value, for every port-scope field (Link Speed, Pre-boot WoL, Flow Control).</summary>
    public FieldValues Values { get; }

    /// <summary>The four stored functions.</summary>
    public ValueList<FunctionConfiguration> Functions { get; }

    /// <summary>The port's flow control (Multi-Function configuration).</summary>
    public FlowControl FlowControl => Choices.FlowControl.Parse(Values[FieldKeys.Npar.FlowControl]);

    internal PortConfiguration WithValue(string key, string value) => new(Values.With(key, value), Functions);

    internal PortConfiguration WithFunction(int function, FunctionConfiguration configuration) =>
        new(Values, Functions.SetItem(function, configuration));
}
