using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;
using FlexFabricSim.Scenarios.Format;
using YamlDotNet.RepresentationModel;

namespace FlexFabricSim.Scenarios.Loading;

// The adapter section: which image, which port boots, and NVRAM overrides through the device model's rules.
public static partial class ScenarioLoader
{
    private static AdapterSetup ReadAdapter(ScenarioMap map, LoadContext context)
    {
        map.AllowOnly("model", "image", "port", "function", "nvram");
        var model = ReadModel(map);
        var (source, configuration) = map.OptionalString("image") is { } image
            ? ReadImage(map, image, model, context)
            : model is not null
                ? FactoryOf(model)
                : throw map.Fail("needs 'model' (the model's factory image) or 'image' (a factory image name or an .ffimg file)");

        var port = map.Int("port", 0, 0, configuration.Ports.Count - 1);
        var function = map.Int("function", 0, 0, configuration.ModelInfo.MaxFunctionsPerPort - 1);
        var at = new NvramAddress(port, function);
        var overrides = new List<NvramSetting>();
        if (map.OptionalMap("nvram") is { } nvram)
        {
            foreach (var (key, keyNode, valueNode) in nvram.Entries())
            {
                var setting = ReadSetting(nvram, key, keyNode, valueNode);
                configuration = Apply(configuration, at, setting, nvram, keyNode, valueNode);
                overrides.Add(setting);
            }
        }
        if (!configuration.IsAddressable(at))
        {
            throw map.FailAt("function", $"{at} is not addressable: the card is in single-function mode "
                + "(set adapter.multi-function-mode: multi-function under nvram)");
        }
        return new AdapterSetup { Source = source, At = at, Overrides = overrides, Configuration = configuration };
    }

    private static AdapterModelInfo? ReadModel(ScenarioMap map)
    {
        var name = map.OptionalString("model");
        if (name is null)
        {
            return null;
        }
        return AdapterCatalog.TryFind(name, out var model)
            ? model
            : throw map.FailAt("model", $"'{name}' is not a known adapter. {AdapterCatalog.DescribeValidNames()}");
    }

    private static (string Source, AdapterConfiguration Configuration) FactoryOf(AdapterModelInfo model)
    {
        var factory = FactoryImages.All.First(f => f.Model == model.Model && f.IscsiBootFirmware);
        return ($"factory image {factory.FileName}", factory.Create());
    }

    private static (string Source, AdapterConfiguration Configuration) ReadImage(
        ScenarioMap map, string image, AdapterModelInfo? model, LoadContext context)
    {
        if (FactoryImages.Find(image) is { } factory)
        {
            if (model is not null && factory.Model != model.Model)
            {
                throw map.FailAt("image",
                    $"factory image {factory.FileName} holds a {AdapterCatalog.Get(factory.Model).Key}, not a {model.Key}");
            }
            return ($"factory image {factory.FileName}", factory.Create());
        }
        var path = Path.GetFullPath(Path.Combine(context.BaseDirectory, image));
        if (!File.Exists(path))
        {
            var names = string.Join(", ", FactoryImages.All.Select(f => Path.GetFileNameWithoutExtension(f.FileName)));
            throw map.FailAt("image", $"'{image}' is neither a factory image ({names}) nor a file beside the scenario");
        }
        try
        {
            return (image, FirmwareImage.Read(path, model?.Model));
        }
        catch (FirmwareImageException e)
        {
            throw map.FailAt("image", $"'{image}': {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw map.FailAt("image", $"cannot read '{image}': {e.Message}");
        }
    }

    private static NvramSetting ReadSetting(ScenarioMap map, string key, YamlNode keyNode, YamlNode valueNode)
    {
        var value = map.Scalar(valueNode, map.Child(key));
        var location = map.LocationOf(FieldCatalog.TryGet(key, out _) ? valueNode : keyNode);
        return new NvramSetting(key, value, location);
    }

    /// <summary>Applies one setting through the device model; a refusal is a load error at the key (unknown) or value.</summary>
    private static AdapterConfiguration Apply(
        AdapterConfiguration configuration, NvramAddress at, NvramSetting setting, ScenarioMap map, YamlNode keyNode, YamlNode valueNode)
    {
        var where = AddressFor(setting.Key, at);
        return configuration.TryChange(where, setting.Key, setting.Value) switch
        {
            ChangeOutcome.Accepted accepted => accepted.Result,
            ChangeOutcome.Refused refused => throw ScenarioMap.Fail(map.File,
                refused.Violation.Rule == RuleId.UnknownKey ? keyNode : valueNode, map.Child(setting.Key), refused.Violation.ToString()),
            _ => throw new InvalidOperationException("unknown change outcome"),
        };
    }

    /// <summary>
    /// Where a key is set: adapter- and port-wide fields at the port's function 0, so they can be set before Multi-Function
    /// mode makes the boot function addressable.
    /// </summary>
    internal static NvramAddress AddressFor(string key, NvramAddress at) =>
        FieldCatalog.TryGet(key, out var field) && field.Scope != FieldScope.Function ? NvramAddress.OfPort(at.Port) : at;
}
