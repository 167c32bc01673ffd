using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>The sitrep/1 record: schema, every top-level array present, offsets pointing into document.text.</summary>
public sealed class RecordContractTests
{
    private static readonly string[] s_arrays = ["entities", "quotes", "times", "quantities", "events", "places", "findings"];

    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    [Theory]
    [InlineData("harbour-ceasefire.txt")]
    [InlineData("grain-deal.txt")]
    [InlineData("council-vote.html")]
    public void Every_example_gives_a_valid_record(string name)
    {
        var run = CliRun.Of("analyze", Example(name), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("sitrep/1", root.GetProperty("schema").GetString());
        foreach (var a in s_arrays)
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(a).ValueKind);
        }

        var doc = root.GetProperty("document");
        string text = doc.GetProperty("text").GetString()!;
        Assert.Equal(16, doc.GetProperty("id").GetString()!.Length);
        foreach (var a in new[] { "sections", "embedded_posts", "pull_quotes" })
        {
            foreach (var item in doc.GetProperty(a).EnumerateArray())
            {
                int start = item.GetProperty("start").GetInt32(), end = item.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, text.Length);
            }
        }
    }

    [Fact]
    public void Plain_text_record_keeps_the_text_itself_with_only_crlf_normalized()
    {
        using var dir = new TempDir();
        string path = dir.File("crlf.txt", "Floods Recede\r\nWater levels fell on Sunday, officials said.\r\n");
        var run = CliRun.Of("analyze", path, "--format", "json", "--published", "2025-03-02");
        using var json = JsonDocument.Parse(run.Output);
        var doc = json.RootElement.GetProperty("document");
        Assert.Equal("Floods Recede\nWater levels fell on Sunday, officials said.\n", doc.GetProperty("text").GetString());
        Assert.Equal("Floods Recede", doc.GetProperty("title").GetString());
        Assert.Equal("2025-03-02", doc.GetProperty("published").GetString());
    }

    [Fact]
    public void Lines_mode_makes_one_record_per_line()
    {
        using var dir = new TempDir();
        string path = dir.File("lines.txt", "Rebels attacked the base.\nThe ministers agreed a deal.\n");
        var run = CliRun.Of("analyze", "--lines", path, "--format", "jsonl");
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("Rebels attacked the base.", first.RootElement.GetProperty("document").GetProperty("text").GetString());
    }

    [Fact]
    public void Text_report_names_the_article_and_its_structure()
    {
        var run = CliRun.Of("analyze", Example("harbour-ceasefire.txt"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Port City Ceasefire Holds as Envoys Meet in Valletta", run.Output, StringComparison.Ordinal);
        Assert.Contains("Aid Still Blocked", run.Output, StringComparison.Ordinal);
        Assert.Contains("@UNEnvoyMC", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
    }
}
