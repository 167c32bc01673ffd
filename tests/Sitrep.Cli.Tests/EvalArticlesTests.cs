namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep eval articles</c> on an article and readings written here.</summary>
public sealed class EvalArticlesTests
{
    private const string Article = """
        Harbour talks resume

        PARIS - Foreign minister Ann Lee met her Danish counterpart in Paris on Monday.

        "We will keep talking until the harbour is open," Ms Lee said after the meeting.
        """;

    private static string Reading(string file, string split) => $$"""
        {"file": "{{file}}", "split": "{{split}}", "published": "2024-03-05",
         "quotes": [{"text": "We will keep talking until the harbour is open", "kind": "direct", "speaker": ["Ann Lee", "Ms Lee", "Lee"]}],
         "events": [{"type": "CONSULT", "source": ["Ann Lee", "Ms Lee", "FRA"], "target": [], "evidence_contains": "met her Danish counterpart"}],
         "places": [{"name": "Paris", "mentions": ["PARIS"], "country": "FRA"}]}
        """;

    // A folder with the article and gold/NAME.json readings (name, article file, split).
    private static TempDir Folder(params (string Name, string File, string Split)[] readings)
    {
        var dir = new TempDir();
        dir.File("harbour.txt", Article);
        Directory.CreateDirectory(Path.Combine(dir.Path, "gold"));
        foreach (var (name, file, split) in readings)
        {
            dir.File(Path.Combine("gold", name), Reading(file, split));
        }

        return dir;
    }

    [Fact]
    public void Scores_the_chosen_half_and_ends_with_the_summary_line()
    {
        using var dir = Folder(("a.json", "harbour.txt", "tune"), ("b.json", "harbour.txt", "check"), ("c.json", "harbour.txt", "check"));

        var run = CliRun.Of("eval", "articles", "--data", dir.Path, "--corpus", dir.Path, "--split", "check");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.TrimEnd().Split('\n');
        Assert.Equal("split: check; 2 reference readings, 0 failed", lines[0]);
        Assert.StartsWith("articles: 2 ", lines[^1], StringComparison.Ordinal);
        Assert.Contains("quotes R=1.00", lines[^1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("quotes     R=1.00 (2/2)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("places     R=1.00 (2/2)", StringComparison.Ordinal));
    }

    [Fact]
    public void Details_print_each_articles_score_line_as_the_python_scorer_words_it()
    {
        using var dir = Folder(("a.json", "harbour.txt", "tune"));

        var run = CliRun.Of("eval", "articles", "--data", dir.Path, "--corpus", dir.Path, "--details");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("== a.json", run.Output, StringComparison.Ordinal);
        Assert.Contains("\nscore: entities R=0.00 person-P=", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_readings_is_a_one_line_usage_error()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("eval", "articles", "--data", dir.Path);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("gold", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_of_a_missing_article_fails_with_its_name_and_the_rest_is_scored()
    {
        using var dir = Folder(("a.json", "harbour.txt", "tune"), ("b.json", "missing.txt", "tune"));

        var run = CliRun.Of("eval", "articles", "--data", dir.Path, "--corpus", dir.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("b.json", StringComparison.Ordinal) && l.Contains("missing.txt", StringComparison.Ordinal));
        Assert.StartsWith("articles: 1 ", run.Output.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }
}
