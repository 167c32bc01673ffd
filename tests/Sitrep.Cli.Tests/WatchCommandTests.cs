using Sitrep.Cli.Commands;
using Sitrep.Ingest.Tests;

namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep watch</c> and <c>sitrep ingest URL</c> against a local server.</summary>
public sealed class WatchCommandTests
{
    [Fact]
    public async Task Watch_ingests_new_items_once_and_survives_a_failing_feed()
    {
        await using var web = await LocalWeb.StartAsync();
        using var dir = new TempDir();
        string db = Path.Combine(dir.Path, "w.db");
        var run = CliRun.Of("watch", web.Url("/feed.xml"), web.Url("/error"), "--every", "1s", "--polls", "2", "--store", db, "--jobs", "2");
        Assert.Equal(1, run.ExitCode);
        var polls = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, polls.Length);
        Assert.Contains("poll 1 at ", polls[0], StringComparison.Ordinal);
        Assert.Contains(": 3 added", polls[0], StringComparison.Ordinal);
        Assert.Contains(": 0 added", polls[1], StringComparison.Ordinal);
        Assert.Contains("3 skipped", polls[1], StringComparison.Ordinal);
        Assert.Equal(2, run.ErrorLines.Count(l => l == $"sitrep watch: {web.Url("/error")}: HTTP 500 Internal Server Error"));
    }

    [Fact]
    public async Task Ingest_reads_a_page_url_and_names_a_page_in_another_language()
    {
        await using var web = await LocalWeb.StartAsync();
        using var dir = new TempDir();
        string db = Path.Combine(dir.Path, "u.db");
        var run = CliRun.Of("ingest", web.Url("/page.html"), web.Url("/german.html"), "--store", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 added", run.Output, StringComparison.Ordinal);
        Assert.Equal($"sitrep ingest: {web.Url("/german.html")}: the page is in German (de); Sitrep reads English", Assert.Single(run.ErrorLines));
        Assert.Contains("Council closes ferry terminal", CliRun.Of("query", "search", "ferry", "--store", db).Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10m", 600)]
    [InlineData("30s", 30)]
    [InlineData("1h30m", 5400)]
    [InlineData("00:02:00", 120)]
    public void Intervals_read_as_people_write_them(string text, int seconds)
        => Assert.Equal(TimeSpan.FromSeconds(seconds), WatchCommand.Interval(text));

    [Fact]
    public void A_bad_interval_or_a_file_path_is_a_usage_error()
    {
        Assert.Equal(2, CliRun.Of("watch", "http://127.0.0.1:9/feed", "--every", "soon").ExitCode);
        var run = CliRun.Of("watch", "feeds.txt");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("sitrep watch: feeds.txt: not an http:// or https:// feed address", Assert.Single(run.ErrorLines));
    }
}
