using Sitrep.Core.Record;
using Sitrep.Ingest;

namespace Sitrep.Application.Tests;

/// <summary>AnalyzeMany on several threads gives the records of a one-thread run, in input order; failures keep their place.</summary>
public sealed class AnalyzeManyTests
{
    private static List<ArticleItem> Items()
    {
        var reader = new ArticleReader();
        var names = new[] { "harbour-ceasefire.txt", "grain-deal.txt", "council-vote.html" };
        var items = new List<ArticleItem>();
        for (int round = 0; round < 4; round++)
        {
            foreach (string n in names)
            {
                var input = reader.Read(RecordRoundTripTests.Example(n));
                items.Add(new ArticleItem(items.Count, input with { Source = $"{round}/{n}" }, null, n));
            }
        }

        items.Insert(5, new ArticleItem(5, null, "missing.txt: no such file", "missing.txt"));
        return items;
    }

    [Fact]
    public void Parallel_run_keeps_input_order_and_equals_the_sequential_run()
    {
        var engine = SitrepEngine.Create();
        var items = Items();
        var one = engine.AnalyzeMany(items, jobs: 1).ToList();
        var four = engine.AnalyzeMany(items, jobs: 4).ToList();
        Assert.Equal(items.Count, four.Count);
        Assert.Equal(Enumerable.Range(0, items.Count), four.Select(r => r.Item));
        Assert.Equal(items.Select(i => i.Input?.Source ?? i.Source), four.Select(r => r.Source));
        Assert.Equal("missing.txt: no such file", four[5].Error);
        Assert.Equal(
            one.Select(r => r.Record is null ? r.Error : RecordWriter.ToJson(r.Record, indented: false)),
            four.Select(r => r.Record is null ? r.Error : RecordWriter.ToJson(r.Record, indented: false)));
    }
}
