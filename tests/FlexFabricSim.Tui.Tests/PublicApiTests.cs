using System.Reflection;
using System.Xml.Linq;
using FlexFabricSim.Tui.Headless;

namespace FlexFabricSim.Tui.Tests;

/// <summary>The Tui assembly's public surface is documented and depends only downwards (Device, Boot; never Scenarios or Cli).</summary>
public class PublicApiTests
{
    private static readonly Assembly Tui = typeof(HeadlessSession).Assembly;

    [Fact]
    public void Every_public_type_has_a_summary()
    {
        var xml = XDocument.Load(Path.ChangeExtension(Tui.Location, ".xml"));
        var documented = xml.Descendants("member")
            .Where(m => !string.IsNullOrWhiteSpace(m.Element("summary")?.Value))
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);

        var missing = Tui.GetExportedTypes()
            .Select(t => "T:" + t.FullName!.Replace('+', '.'))
            .Where(name => !documented.Contains(name))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Tui_references_no_layer_above_it()
    {
        var references = Tui.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain("FlexFabricSim.Scenarios", references);
        Assert.DoesNotContain("flexfabric", references);
        Assert.DoesNotContain("FlexFabricSim.Net", references);
    }
}
