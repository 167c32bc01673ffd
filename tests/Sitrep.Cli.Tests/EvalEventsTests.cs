namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep eval events</c> on small gold files written here.</summary>
public sealed class EvalEventsTests
{
    [Fact]
    public void Prints_the_scorers_last_line_for_plover_gold()
    {
        using var dir = new TempDir();
        string gold = dir.File("gsr.json", """
            [{"event": "DOCUMENT", "text": "header"},
             {"id": "G1", "event": "THREATEN", "text": "Iran threatened to cut off aid to Iraq on Tuesday.", "source": [{"actorText": "Iran", "code": "IRN"}], "target": [{"actorText": "Iraq", "code": "IRQ"}]},
             {"id": "G2", "event": "FIGHT", "text": "Russian troops shelled the city of Kharkiv on Monday.", "source": [{"actorText": "Russian troops", "code": "RUS"}], "target": ""}]
            """);
        var run = CliRun.Of("eval", "events", "--data", gold);
        Assert.Equal(0, run.ExitCode);
        var last = run.Output.TrimEnd().Split('\n')[^1];
        Assert.Equal("events: accuracy=100.00% macroF1=100.00 source=100.00% target=100.00% (2 records)", last);
    }

    [Fact]
    public void A_file_that_is_no_gold_is_a_one_line_error()
    {
        using var dir = new TempDir();
        string bad = dir.File("bad.json", "{\"not\": \"records\"}");
        var run = CliRun.Of("eval", "events", "--data", bad);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("bad.json", line, StringComparison.Ordinal);
    }
}
