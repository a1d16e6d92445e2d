using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Rom;
using FlexFabricSim.Device.Rules;

namespace FlexFabricSim.Device.Nvram;

// Whole-state validity, for configurations read from files rather than built change by change.
public sealed partial record AdapterConfiguration
{
    /// <summary>
    /// Every way this configuration breaks the card's value rules: each stored value must be the canonical form of a
    /// valid value for its field, under the IP Version of its function and the model's media. (Order-dependent rules
    /// such as "VLAN ID is read-only while VLAN Mode is disabled" govern changes, not states, and are not checked.)
    /// </summary>
    public IReadOnlyList<RuleViolation> Validate()
    {
        var problems = new List<RuleViolation>();
        if (MacPlan.CheckBase(BaseMac, ModelInfo) is { } macProblem)
        {
            problems.Add(new RuleViolation(RuleId.InvalidMacAddress, "base-mac", macProblem, null));
        }
        if (OptionRom.Check() is { } romProblem)
        {
            problems.Add(new RuleViolation(RuleId.ReadOnlyField, FieldKeys.Rom.IscsiBootFirmware, romProblem, null));
        }
        CheckLevel(problems, AdapterValues, FieldScope.Adapter, new NvramAddress(0, 0));
        for (var port = 0; port < Ports.Count; port++)
        {
            CheckLevel(problems, Ports[port].Values, FieldScope.Port, NvramAddress.OfPort(port));
            for (var function = 0; function < Ports[port].Functions.Count; function++)
            {
                CheckLevel(problems, Ports[port].Functions[function].Values, FieldScope.Function, new NvramAddress(port, function));
            }
        }
        return problems;
    }

    /// <summary>
    /// Builds a configuration from stored values (e.g. a decoded image) and checks it with <see cref="Validate"/>. A field
    /// missing from the values (added to the catalog after they were saved) takes its factory default, so adding a field
    /// never invalidates existing images.
    /// </summary>
    /// <exception cref="InvalidDataException">The values do not form a valid configuration; the message says why.</exception>
    internal static AdapterConfiguration FromStored(
        AdapterModel model,
        MacAddress baseMac,
        OptionRom optionRom,
        FieldValues adapterValues,
        IReadOnlyList<(FieldValues Port, IReadOnlyList<FieldValues> Functions)> ports)
    {
        var info = AdapterCatalog.Get(model);
        if (ports.Count != info.PortCount)
        {
            throw new InvalidDataException($"The {info.Key} has {info.PortCount} ports, not {ports.Count}.");
        }
        if (ports.Any(p => p.Functions.Count != PortConfiguration.StoredFunctions))
        {
            throw new InvalidDataException($"Every port stores {PortConfiguration.StoredFunctions} functions.");
        }
        var config = new AdapterConfiguration(model, baseMac, optionRom, WithDefaults(adapterValues, FieldScope.Adapter, info),
            new ValueList<PortConfiguration>(ports.Select(p => new PortConfiguration(
                WithDefaults(p.Port, FieldScope.Port, info),
                new ValueList<FunctionConfiguration>(p.Functions.Select(f => new FunctionConfiguration(
                    WithDefaults(f, FieldScope.Function, info))))))));
        if (config.Validate() is [var first, ..] problems)
        {
            throw new InvalidDataException($"{problems.Count} invalid value(s); first: {first.Key}: {first.Message}");
        }
        return config;
    }

    /// <summary>Adds the factory default of every <paramref name="scope"/> field missing from <paramref name="values"/>.</summary>
    private static FieldValues WithDefaults(FieldValues values, FieldScope scope, AdapterModelInfo model)
    {
        var missing = FieldCatalog.Stored.Where(f => f.Scope == scope && !values.Contains(f.Key)).ToArray();
        if (missing.Length == 0)
        {
            return values;
        }
        // IP-dependent defaults (0.0.0.0 or ::) follow the IP Version stored beside them.
        var ipv6 = values.TryGetValue(FieldKeys.General.IpVersion, out var stored) && stored == Choices.IpVersion.ToValue(IpVersion.Ipv6);
        var ipVersion = ipv6 ? IpVersion.Ipv6 : IpVersion.Ipv4;
        return FieldValues.From(values.Concat(missing.Select(f => KeyValuePair.Create(f.Key, f.DefaultFor(model, ipVersion)))));
    }

    /// <summary>The rule a value of <paramref name="kind"/> breaks when it is valid but not written the way the card stores it.</summary>
    private static RuleId FormatRule(FieldKind kind) => kind switch
    {
        FieldKind.Integer => RuleId.NotAnInteger,
        FieldKind.IpAddress => RuleId.InvalidIpAddress,
        FieldKind.SubnetMask => RuleId.InvalidSubnetMask,
        FieldKind.MacAddress => RuleId.InvalidMacAddress,
        FieldKind.IscsiName => RuleId.InvalidIscsiName,
        _ => RuleId.NotAChoice,
    };

    private void CheckLevel(List<RuleViolation> problems, FieldValues values, FieldScope scope, NvramAddress at)
    {
        var expected = FieldCatalog.Stored.Where(f => f.Scope == scope).ToArray();
        foreach (var key in values.Keys.Where(k => !expected.Any(f => f.Key == k)))
        {
            var level = scope.ToString().ToLowerInvariant();
            problems.Add(new RuleViolation(RuleId.UnknownKey, key, $"'{key}' is not stored at the {level} level.", null) { At = at });
        }
        var missing = expected.Where(f => !values.Contains(f.Key)).ToArray();
        foreach (var field in missing)
        {
            problems.Add(new RuleViolation(RuleId.UnknownKey, field.Key, $"No value stored for {field.Key}.", null) { At = at });
        }
        if (missing.Length > 0 || (scope == FieldScope.Function && !values.Contains(FieldKeys.General.IpVersion)))
        {
            return;
        }
        var ipVersion = scope == FieldScope.Function
            ? (values[FieldKeys.General.IpVersion] == Choices.IpVersion.ToValue(IpVersion.Ipv6) ? IpVersion.Ipv6 : IpVersion.Ipv4)
            : IpVersion.Ipv4;
        foreach (var field in expected)
        {
            var stored = values[field.Key];
            if (ValueRules.Canonicalize(field, stored, ipVersion, ModelInfo, out var canonical) is { } violation)
            {
                problems.Add(violation with { At = at });
            }
            else if (canonical != stored)
            {
                var message = $"'{stored}' is not stored in canonical form ('{canonical}').";
                problems.Add(new RuleViolation(FormatRule(field.Kind), field.Key, message, null) { At = at });
            }
        }
    }
}
