using System.Reflection;
using System.Xml.Linq;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Device.Tests;

public class DocumentationTests
{
    [Fact]
    public void Every_public_type_of_the_Device_assembly_has_a_summary()
    {
        var assembly = typeof(AdapterConfiguration).Assembly;
        var xml = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.True(File.Exists(xml), $"{xml} is missing: GenerateDocumentationFile must be on for src projects.");
        var documented = XDocument.Load(xml).Descendants("member")
            .Where(m => m.Element("summary") is { } s && !string.IsNullOrWhiteSpace(s.Value))
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);
        var missing = assembly.GetExportedTypes()
            .Select(t => "T:" + t.FullName!.Replace('+', '.'))
            .Where(id => !documented.Contains(id))
            .ToArray();
        Assert.Empty(missing);
    }
}
