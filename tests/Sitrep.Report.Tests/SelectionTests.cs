using Sitrep.Store;

namespace Sitrep.Report.Tests;

/// <summary>Which stored articles a briefing covers: search, actor, place and date filters, narrowing each other.</summary>
public sealed class SelectionTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "sitrep-report-" + Guid.NewGuid().ToString("N") + ".db");

    public SelectionTests()
    {
        using var store = StoreFactory.Open(_path, forWriting: true);
        store.Write([Story.A(), Story.B(), Other()]);
    }

    private static Core.Record.SitrepRecord Other()
    {
        var r = new RecordBuilder("dddd000000000004", "Harvest Festival Opens", "2025-04-10", "Harvest Festival Opens\nFarmers in Kars welcomed visitors on Thursday, the mayor Leyla Aksoy said.\n");
        string kars = r.Entity("GPE", "Kars", null, "Kars");
        string mayor = r.Entity("PERSON", "Leyla Aksoy", null, "Leyla Aksoy");
        r.Place(kars, "Kars", "TUR", 40.6, 43.1, 743952);
        r.Event("CONSULT", mayor, null, kars, "2025-04-10", "Farmers in Kars welcomed visitors on Thursday, the mayor Leyla Aksoy said.");
        return r.Build();
    }

    public void Dispose()
    {
        foreach (string f in Directory.GetFiles(Path.GetDirectoryName(_path)!, Path.GetFileName(_path) + "*"))
        {
            File.Delete(f);
        }
    }

    private List<string> Ids(BriefingSelection selection)
    {
        using var store = StoreFactory.Open(_path, forWriting: false);
        return [.. selection.Records(store).Select(r => r.Document.Id).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Each_filter_selects_its_articles_and_filters_narrow_each_other()
    {
        Assert.Equal(["aaaa000000000001", "bbbb000000000002"], Ids(new BriefingSelection { Text = "Marisol" }));
        Assert.Equal(["dddd000000000004"], Ids(new BriefingSelection { Where = "Kars" }));
        Assert.Equal(["aaaa000000000001", "bbbb000000000002"], Ids(new BriefingSelection { Who = "Ruiz" }));
        Assert.Equal(["dddd000000000004"], Ids(new BriefingSelection { Since = "2025-04" }));
        Assert.Equal(["aaaa000000000001", "bbbb000000000002"], Ids(new BriefingSelection { Until = "2025-03" }));
        Assert.Empty(Ids(new BriefingSelection { Text = "Marisol", Where = "Kars" }));
        Assert.Single(Ids(new BriefingSelection { Text = "Marisol", Limit = 1 }));
        Assert.Equal("query “Marisol”, where “Kars”", new BriefingSelection { Text = "Marisol", Where = "Kars" }.Describe());
    }

    [Fact]
    public void A_selection_without_a_filter_is_refused()
    {
        using var store = StoreFactory.Open(_path, forWriting: false);
        Assert.Throws<StoreException>(() => new BriefingSelection().Records(store));
    }
}
