namespace Sitrep.Cli.Tests;

/// <summary>The cluster commands refuse bad input with one line naming it (no server needed).</summary>
public sealed class ClusterCommandTests
{
    [Fact]
    public void A_queue_that_is_not_a_nats_url_is_refused()
    {
        var run = CliRun.Of("worker", "--queue", "http://feeds.example/x", "--store", "unused.db");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("sitrep worker: http://feeds.example/x: not a nats://host[:port][/name] URL", Assert.Single(run.ErrorLines));
        Assert.Contains("may hold only letters", CliRun.Of("status", "--queue", "nats://127.0.0.1/a.b").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_queue_server_that_does_not_answer_is_one_line()
    {
        using var dir = new TempDir();
        string article = dir.File("a.txt", "Quiet day\n\nNothing happened in the capital on Monday.\n");
        var run = CliRun.Of("ingest", article, "--queue", "nats://127.0.0.1:1");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("sitrep ingest: nats://127.0.0.1:1: cannot reach the NATS server", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_worker_needs_its_queue_and_its_store()
    {
        var run = CliRun.Of("worker", "--queue", "nats://127.0.0.1:4222");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--store", run.Error, StringComparison.Ordinal);
    }
}
