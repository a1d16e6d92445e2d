using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Rom;

namespace FlexFabricSim.Device.Nvram;

/// <summary>
/// The whole NVRAM of one card, immutable. Values are held per field key as canonical strings at adapter, port or
/// function level (see <see cref="FieldDefinition.Scope"/>); typed views are produced from them. The only way to change
/// it is <see cref="TryChange"/>, which enforces the card's rules. Addresses (<c>mac.*</c>) are derived from
/// <see cref="BaseMac"/> by <see cref="MacPlan"/> and option ROM facts (<c>rom.*</c>) come from <see cref="OptionRom"/>;
/// neither is stored as a value.
/// </summary>
public sealed partial record AdapterConfiguration
{
    private AdapterConfiguration(
        AdapterModel model, MacAddress baseMac, OptionRom optionRom, FieldValues adapterValues, ValueList<PortConfiguration> ports)
    {
        Model = model;
        BaseMac = baseMac;
        OptionRom = optionRom;
        AdapterValues = adapterValues;
        Ports = ports;
    }

    /// <summary>The adapter model.</summary>
    public AdapterModel Model { get; }

    /// <summary>The model's fixed facts.</summary>
    public AdapterModelInfo ModelInfo => AdapterCatalog.Get(Model);

    /// <summary>Port 0 / function 0's Ethernet MAC; every other address follows from it (<see cref="MacPlan"/>).</summary>
    public MacAddress BaseMac { get; }

    /// <summary>What is programmed in the option ROM.</summary>
    public OptionRom OptionRom { get; }

    /// <summary>Adapter-scope values (the Multi-Function mode).</summary>
    public FieldValues AdapterValues { get; }

    /// <summary>One entry per physical port.</summary>
    public ValueList<PortConfiguration> Ports { get; }

    /// <summary>Single-function or Multi-Function (NPAR).</summary>
    public MultiFunctionMode MultiFunctionMode =>
        Choices.MultiFunctionMode.Parse(AdapterValues[FieldKeys.Adapter.MultiFunctionMode]);

    /// <summary>Whether the card is in Multi-Function (NPAR) mode.</summary>
    public bool IsMultiFunction => MultiFunctionMode == MultiFunctionMode.MultiFunction;

    /// <summary>Functions a port presents in the current mode: 1, or 4 in Multi-Function mode.</summary>
    public int FunctionsPerPort => IsMultiFunction ? ModelInfo.MaxFunctionsPerPort : 1;

    /// <summary>Every port/function that exists in the current mode, port by port.</summary>
    public IReadOnlyList<NvramAddress> Addresses =>
        [.. Enumerable.Range(0, Ports.Count).SelectMany(p => Enumerable.Range(0, FunctionsPerPort).Select(f => new NvramAddress(p, f)))];

    /// <summary>Whether <paramref name="at"/> exists in the current mode.</summary>
    public bool IsAddressable(NvramAddress at) =>
        at.Port >= 0 && at.Port < Ports.Count && at.Function >= 0 && at.Function < FunctionsPerPort;

    /// <summary>A factory-fresh card: every field at its default, single-function mode, IPv4.</summary>
    /// <param name="model">The adapter model.</param>
    /// <param name="baseMac">Port 0 / function 0's Ethernet MAC (see <see cref="MacPlan"/>).</param>
    /// <param name="iscsiBootFirmware">Whether iSCSI boot firmware is programmed (G p.6, T8 p.27).</param>
    /// <exception cref="ArgumentException"><paramref name="baseMac"/> cannot be a card's base MAC.</exception>
    public static AdapterConfiguration CreateFactory(AdapterModel model, MacAddress baseMac, bool iscsiBootFirmware = true)
    {
        var info = AdapterCatalog.Get(model);
        if (MacPlan.CheckBase(baseMac, info) is { } problem)
        {
            throw new ArgumentException(problem, nameof(baseMac));
        }
        FieldValues Defaults(FieldScope scope) =>
            FieldValues.From(FieldCatalog.Stored.Where(f => f.Scope == scope)
                .Select(f => KeyValuePair.Create(f.Key, f.DefaultFor(info, IpVersion.Ipv4))));

        var function = new FunctionConfiguration(Defaults(FieldScope.Function));
        var port = new PortConfiguration(
            Defaults(FieldScope.Port),
            new ValueList<FunctionConfiguration>(Enumerable.Repeat(function, PortConfiguration.StoredFunctions)));
        return new AdapterConfiguration(
            model, baseMac, OptionRom.Factory(iscsiBootFirmware), Defaults(FieldScope.Adapter),
            new ValueList<PortConfiguration>(Enumerable.Repeat(port, info.PortCount)));
    }

    /// <summary>The canonical value of <paramref name="key"/> at <paramref name="at"/> (stored functions 1-3 can be read in any
    /// mode).</summary>
    /// <exception cref="KeyNotFoundException">No such field.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No such port, or a function beyond the four stored.</exception>
    public string Get(NvramAddress at, string key)
    {
        var field = FieldCatalog.Get(key);
        RequireStored(at);
        return field.Key switch
        {
            FieldKeys.Mac.Ethernet => EthernetMac(at).ToString(),
            FieldKeys.Mac.Iscsi => IscsiMac(at).ToString(),
            FieldKeys.Rom.IscsiBootFirmware => Choices.IscsiBootFirmware.ToValue(OptionRom.IscsiBootFirmware),
            FieldKeys.Rom.MbaVersion => OptionRom.MbaVersion,
            FieldKeys.Rom.IscsiBootVersion => OptionRom.IscsiBootVersion,
            _ => ValuesFor(field.Scope, at)[field.Key],
        };
    }

    /// <summary>The label of a choice value, or the value itself, for display.</summary>
    public string GetDisplay(NvramAddress at, string key) => FieldCatalog.Get(key).DisplayValue(Get(at, key));

    /// <summary>The factory value of <paramref name="key"/> on this model under the IP Version selected at <paramref name="at"/>.</summary>
    public string DefaultOf(NvramAddress at, string key) => FieldCatalog.Get(key).DefaultFor(ModelInfo, IpVersionAt(at));

    /// <summary>The Ethernet MAC of <paramref name="at"/> (<see cref="MacPlan"/>).</summary>
    public MacAddress EthernetMac(NvramAddress at) => MacPlan.Ethernet(BaseMac, at.Port, at.Function);

    /// <summary>The iSCSI MAC of <paramref name="at"/> (<see cref="MacPlan"/>).</summary>
    public MacAddress IscsiMac(NvramAddress at) => MacPlan.Iscsi(BaseMac, at.Port, at.Function);

    /// <summary>The IP Version selected at <paramref name="at"/>.</summary>
    public IpVersion IpVersionAt(NvramAddress at) => Choices.IpVersion.Parse(Get(at, FieldKeys.General.IpVersion));

    /// <summary>The MBA Configuration menu of <paramref name="at"/>.</summary>
    public MbaSettings GetMba(NvramAddress at) => MbaSettings.From(k => Get(at, k));

    /// <summary>The iSCSI General Parameters of <paramref name="at"/>.</summary>
    public IscsiGeneralSettings GetGeneral(NvramAddress at) => IscsiGeneralSettings.From(k => Get(at, k));

    /// <summary>The iSCSI Initiator Parameters of <paramref name="at"/>.</summary>
    public InitiatorSettings GetInitiator(NvramAddress at) => InitiatorSettings.From(k => Get(at, k));

    /// <summary>The 1st (<paramref name="number"/> = 1) or 2nd target's parameters at <paramref name="at"/>.</summary>
    public TargetSettings GetTarget(NvramAddress at, int number) =>
        TargetSettings.From(number == 1 ? FieldKeys.Target1 : number == 2 ? FieldKeys.Target2
            : throw new ArgumentOutOfRangeException(nameof(number), number, "Targets are numbered 1 and 2."), k => Get(at, k));

    /// <summary>The Secondary Device Parameters of <paramref name="at"/>.</summary>
    public SecondaryDeviceSettings GetSecondaryDevice(NvramAddress at) => SecondaryDeviceSettings.From(k => Get(at, k));

    /// <summary>The Multi-Function (NPAR) settings of function <paramref name="at"/>.</summary>
    public NparFunctionSettings GetNparFunction(NvramAddress at) => NparFunctionSettings.From(k => Get(at, k));

    private FieldValues ValuesFor(FieldScope scope, NvramAddress at) => scope switch
    {
        FieldScope.Adapter => AdapterValues,
        FieldScope.Port => Ports[at.Port].Values,
        FieldScope.Function => Ports[at.Port].Functions[at.Function].Values,
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    private void RequireStored(NvramAddress at)
    {
        if (at.Port < 0 || at.Port >= Ports.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"The {ModelInfo.Key} has ports 0-{Ports.Count - 1}.");
        }
        if (at.Function < 0 || at.Function >= PortConfiguration.StoredFunctions)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Functions are numbered 0-{PortConfiguration.StoredFunctions - 1}.");
        }
    }

    /// <summary>A copy with one stored value replaced; the caller has checked the rules.</summary>
    private AdapterConfiguration WithStored(NvramAddress at, FieldDefinition field, string value) => field.Scope switch
    {
        FieldScope.Adapter => new(Model, BaseMac, OptionRom, AdapterValues.With(field.Key, value), Ports),
        FieldScope.Port => new(Model, BaseMac, OptionRom, AdapterValues,
            Ports.SetItem(at.Port, Ports[at.Port].WithValue(field.Key, value))),
        FieldScope.Function => new(Model, BaseMac, OptionRom, AdapterValues, Ports.SetItem(at.Port,
            Ports[at.Port].WithFunction(at.Function, Ports[at.Port].Functions[at.Function].With(field.Key, value)))),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field.Scope, null),
    };
}
