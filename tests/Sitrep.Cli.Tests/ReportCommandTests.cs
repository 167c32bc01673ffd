namespace Sitrep.Cli.Tests;

/// <summary>Issue 16, item 1: <c>sitrep report</c> from articles named and from a store query.</summary>
public sealed class ReportCommandTests
{
    private const string Article =
        "Clashes Near the Border\n" +
        "Rebels shelled the town of Kars on Monday, killing 12 people, officials said.\n" +
        "\"We will not retreat, whatever it costs,\" the rebel commander, Omar Said, said.\n";

    [Fact]
    public void Html_from_an_article_is_one_self_contained_file_with_the_map_and_citations()
    {
        using var dir = new TempDir();
        string html = Path.Combine(dir.Path, "b.html");
        var run = CliRun.Of("report", dir.File("kars.txt", Article), "--format", "html", "--out", html, "--jobs", "1");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"sitrep report: {html}: 1 articles, ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        string text = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", text, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", text, StringComparison.Ordinal);
        Assert.Contains("class=\"cite\" href=\"#source-1\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_from_a_store_query_writes_the_map_beside_it()
    {
        using var dir = new TempDir();
        string db = Path.Combine(dir.Path, "s.db");
        Assert.Equal(0, CliRun.Of("ingest", dir.File("kars.txt", Article), "--store", db, "--jobs", "1").ExitCode);
        string md = Path.Combine(dir.Path, "brief.md");
        var run = CliRun.Of("report", "--query", "Kars", "--store", db, "--out", md);
        Assert.Equal(0, run.ExitCode);
        string text = File.ReadAllText(md);
        Assert.StartsWith("# Briefing: query “Kars”\n", text, StringComparison.Ordinal);
        Assert.Contains("## What happened", text, StringComparison.Ordinal);
        Assert.Contains("1. **Clashes Near the Border**", text, StringComparison.Ordinal);
        Assert.Contains("![Map of the places named](brief.map.svg)", text, StringComparison.Ordinal);
        Assert.StartsWith("<svg ", File.ReadAllText(Path.Combine(dir.Path, "brief.map.svg")), StringComparison.Ordinal);

        var none = CliRun.Of("report", "--query", "Zanzibar", "--store", db);
        Assert.Equal(1, none.ExitCode);
        Assert.Equal($"sitrep report: no article to report on (query “Zanzibar” in {db})", Assert.Single(none.ErrorLines));
    }

    [Fact]
    public void Paths_with_a_store_selection_or_neither_are_usage_errors()
    {
        Assert.Equal(2, CliRun.Of("report", "a.txt", "--query", "x").ExitCode);
        Assert.Equal(2, CliRun.Of("report").ExitCode);
        Assert.Equal(2, CliRun.Of("report", "a.txt", "--store", "a.db").ExitCode);
        Assert.Equal(2, CliRun.Of("report", "--query", "x", "--format", "pdf").ExitCode);
        Assert.Equal(2, CliRun.Of("report", "--query", "x", "--limit", "0").ExitCode);
    }

    [Fact]
    public void A_missing_store_is_one_line()
    {
        var run = CliRun.Of("report", "--query", "x", "--store", "/no/such/dir/s.db");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("sitrep report: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
