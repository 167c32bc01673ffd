using System.Text.Json;
using Sitrep.Core.Record;
using Sitrep.Ingest;

namespace Sitrep.Application.Tests;

/// <summary>The typed record: JSON written, read back and written again is the same text; the contract's shape holds.</summary>
public sealed class RecordRoundTripTests
{
    internal static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    internal static SitrepRecord Analyze(string name, DateOnly? published = null)
    {
        var input = new ArticleReader(new IngestOptions { Published = published }).Read(Example(name));
        var result = SitrepEngine.Create().Analyze(input);
        Assert.Null(result.Error);
        return result.Record!;
    }

    [Theory]
    [InlineData("harbour-ceasefire.txt", true)]
    [InlineData("grain-deal.txt", false)]
    [InlineData("council-vote.html", true)]
    public void Json_round_trips_to_the_same_text(string name, bool indented)
    {
        var record = Analyze(name);
        string json = RecordWriter.ToJson(record, indented);
        var back = RecordWriter.Read(json);
        Assert.Equal(json, RecordWriter.ToJson(back, indented));
        Assert.Equal(record.Document.Text, back.Document.Text);
        Assert.Equal(record.Entities.Count, back.Entities.Count);
    }

    [Fact]
    public void Nulls_are_written_kb_id_only_when_linked_and_arrays_always()
    {
        var record = new SitrepRecord
        {
            Document = new RecordDocument { Id = "0123456789abcdef", Source = "s.txt", Text = "Ann Lee spoke." },
            Entities =
            [
                new RecordEntity { Id = "e1", Type = "PERSON", Name = "Ann Lee", Mentions = [new RecordMention(0, 7, "Ann Lee")] },
                new RecordEntity { Id = "e2", Type = "PERSON", Name = "Bo", KbId = "Q1" },
            ],
        };
        using var json = JsonDocument.Parse(RecordWriter.ToJson(record, indented: false));
        var root = json.RootElement;
        Assert.Equal("sitrep/1", root.GetProperty("schema").GetString());
        foreach (string a in new[] { "entities", "quotes", "times", "quantities", "events", "places", "findings" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(a).ValueKind);
        }

        var doc = root.GetProperty("document");
        Assert.Equal(JsonValueKind.Null, doc.GetProperty("subtitle").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.GetProperty("published_inferred").ValueKind);
        Assert.Equal(JsonValueKind.Array, doc.GetProperty("embedded_posts").ValueKind);
        Assert.False(root.GetProperty("entities")[0].TryGetProperty("kb_id", out _));
        Assert.Equal("Q1", root.GetProperty("entities")[1].GetProperty("kb_id").GetString());
    }

    [Fact]
    public void Property_names_and_order_follow_the_contract()
    {
        var record = Analyze("harbour-ceasefire.txt");
        using var json = JsonDocument.Parse(RecordWriter.ToJson(record, indented: false));
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["schema", "document", "entities", "quotes", "times", "quantities", "events", "places", "findings", "pipeline"], names);
        var quote = json.RootElement.GetProperty("quotes")[0].EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["id", "text", "start", "end", "kind", "speaker", "speaker_name", "speaker_span", "cue", "confidence"], quote);
    }

    [Fact]
    public void Every_record_carries_the_pipeline_fingerprint()
    {
        var record = Analyze("grain-deal.txt");
        var p = record.Pipeline!;
        Assert.Contains("time-tagger", p.Components, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{16}$", p.Models);
        Assert.Matches("^[0-9a-f]{16}$", p.KnowledgeBase);
        Assert.NotEqual(p.Models, p.KnowledgeBase);
        Assert.False(string.IsNullOrEmpty(p.Code));
        Assert.Equal(p, SitrepEngine.Create().Fingerprint);
    }
}
