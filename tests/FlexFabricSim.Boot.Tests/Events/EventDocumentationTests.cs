using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Tests.Support;

namespace FlexFabricSim.Boot.Tests.Events;

/// <summary><c>docs/events.md</c> is exported from the catalogs, and the catalogs cover every code.</summary>
public sealed class EventDocumentationTests
{
    [Fact]
    public void EventsDocumentIsExported()
    {
        var markdown = EventDocumentation.Markdown();
        foreach (var code in Enum.GetValues<EngineCode>())
        {
            Assert.Contains($"`{BootEventId.Engine(code)}`", markdown);
        }
        foreach (var e in DriverEventCatalog.InBoot)
        {
            Assert.Contains($"`evt-{e.Id}`", markdown);
        }
        DocsFile.Export("events.md", markdown);
    }

    [Fact]
    public void EveryEngineCodeHasACatalogEntry() =>
        Assert.Equal(Enum.GetValues<EngineCode>().Order(), EngineCodeCatalog.All.Select(i => i.Code));

    [Fact]
    public void DriverIdsAreInTheGuidesTable()
    {
        Assert.All(DriverEventCatalog.InBoot, e => Assert.InRange(e.Id, 1, BootEventId.MaxDriverId));
        Assert.Equal(DriverEventCatalog.InBoot.Select(e => e.Id).Order(), DriverEventCatalog.InBoot.Select(e => e.Id));
    }

    [Theory]
    [InlineData("evt-17", BootEventSource.Driver, 17)]
    [InlineData("ffs-110", BootEventSource.Engine, 110)]
    [InlineData("EVT-1", BootEventSource.Driver, 1)]
    public void IdsParseAndPrint(string text, BootEventSource source, int number)
    {
        Assert.True(BootEventId.TryParse(text, out var id));
        Assert.Equal(new BootEventId(source, number), id);
        Assert.Equal(text.ToLowerInvariant(), id.ToString());
    }

    [Theory]
    [InlineData("evt-0")]
    [InlineData("evt-73")]
    [InlineData("ffs-999")]
    [InlineData("17")]
    [InlineData("ffs-")]
    [InlineData(null)]
    public void BadIdsDoNotParse(string? text) => Assert.False(BootEventId.TryParse(text, out _));

    [Theory]
    [InlineData(1, 30)]
    [InlineData(18, 30)]
    [InlineData(19, 31)]
    [InlineData(43, 32)]
    [InlineData(72, 33)]
    public void DriverIdsPointAtTheirPage(int id, int page) => Assert.Equal(page, GuideReference.DriverEventTable(id).Page);
}
