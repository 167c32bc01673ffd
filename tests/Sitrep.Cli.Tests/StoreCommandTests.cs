using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>sitrep ingest / query / export end to end over a temporary SQLite store.</summary>
public sealed class StoreCommandTests
{
    private static string Examples => Path.Combine(AppContext.BaseDirectory, "examples");

    [Fact]
    public void Ingest_query_and_export_round_trip_the_records()
    {
        using var dir = new TempDir();
        string db = Path.Combine(dir.Path, "s.db");
        var first = CliRun.Of("ingest", Examples, "--store", db, "--jobs", "2");
        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("sitrep ingest: 3 added, 0 replaced, 0 skipped, 0 failed", first.Output, StringComparison.Ordinal);
        var again = CliRun.Of("ingest", Examples, "--store", db);
        Assert.StartsWith("sitrep ingest: 0 added, 0 replaced, 3 skipped", again.Output, StringComparison.Ordinal);

        var people = CliRun.Of("query", "people", "--store", db, "--format", "json");
        Assert.Equal(0, people.ExitCode);
        using var json = JsonDocument.Parse(people.Output);
        Assert.True(json.RootElement.GetArrayLength() > 0);
        Assert.All(json.RootElement.EnumerateArray(), p => Assert.True(p.GetProperty("mentions").GetInt64() > 0));

        // The stored record of each example is the record analyze prints (same pipeline, same bytes).
        var analyzed = CliRun.Of("analyze", Examples, "--format", "jsonl").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        var exported = CliRun.Of("export", "--store", db, "--format", "jsonl").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        Assert.Equal(analyzed, exported);

        string id = JsonDocument.Parse(exported.First()).RootElement.GetProperty("document").GetProperty("id").GetString()!;
        var doc = CliRun.Of("query", "doc", id, "--store", db, "--format", "jsonl");
        Assert.Equal(exported.First(), doc.Output.TrimEnd('\n'));

        var csv = CliRun.Of("query", "events", "--store", db, "--format", "csv");
        Assert.StartsWith("doc_id,event_date,type,", csv.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_store_is_one_line_and_exit_1()
    {
        using var dir = new TempDir();
        string notes = dir.File("notes.db", "not a database");
        var run = CliRun.Of("query", "people", "--store", notes);
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("not a Sitrep store", run.Error, StringComparison.Ordinal);
        var missing = CliRun.Of("ingest", Examples, "--store", Path.Combine(dir.Path, "no", "dir", "s.db"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Single(missing.ErrorLines);
        Assert.Equal(2, CliRun.Of("query", "events", "--format", "xml").ExitCode);
    }

    [Fact]
    public void Serve_refuses_a_bad_store_or_limits_in_one_line_before_listening()
    {
        using var dir = new TempDir();
        var notes = CliRun.Of("serve", "--store", dir.File("notes.db", "not a database"), "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, notes.ExitCode);
        Assert.StartsWith("sitrep serve: ", Assert.Single(notes.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("not a Sitrep store", notes.Error, StringComparison.Ordinal);
        var limits = CliRun.Of("serve", "--max-bytes", "10", "--store", Path.Combine(dir.Path, "s.db"));
        Assert.Equal(2, limits.ExitCode);
        Assert.Contains("--max-bytes", Assert.Single(limits.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "s.db")));
    }
}
