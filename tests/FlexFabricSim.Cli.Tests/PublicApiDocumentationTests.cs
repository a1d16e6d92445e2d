using System.Reflection;
using System.Xml.Linq;

namespace FlexFabricSim.Cli.Tests;

/// <summary>Every public type of every product assembly carries an XML summary (the brief's rule, checked, not hoped for).</summary>
public sealed class PublicApiDocumentationTests
{
    public static TheoryData<string> ProductAssemblies => new()
    {
        "FlexFabricSim.Device", "FlexFabricSim.Net", "FlexFabricSim.Boot", "FlexFabricSim.Tui", "FlexFabricSim.Scenarios", "flexfabric",
    };

    [Theory]
    [MemberData(nameof(ProductAssemblies))]
    public void EveryPublicTypeHasASummary(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var xmlPath = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.True(File.Exists(xmlPath), $"no XML documentation beside {assembly.Location}");

        var documented = XDocument.Load(xmlPath)
            .Descendants("member")
            .Where(m => !string.IsNullOrWhiteSpace(m.Element("summary")?.Value))
            .Select(m => (string?)m.Attribute("name"))
            .ToHashSet();

        var missing = assembly.GetExportedTypes()
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .Select(t => "T:" + t.FullName!.Replace('+', '.'))
            .Where(id => !documented.Contains(id))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, $"public types without a <summary> in {assemblyName}:\n" + string.Join('\n', missing));
    }
}
