using System.Diagnostics;
using System.Text;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Sitrep.Application;
using Sitrep.Ingest;
using Sitrep.Store;
using Xunit.Abstractions;

namespace Sitrep.Cluster.Tests;

/// <summary>
/// The feed end to end on real servers: documents published to JetStream, workers (in this process, or a child
/// process for kill -9) writing to PostgreSQL; every run must give the rows, people and organisations of one
/// process ingesting the same articles (<see cref="Corpus.Expected"/>).
/// </summary>
public sealed class ClusterTests(Corpus corpus, ITestOutputHelper output) : IClassFixture<Corpus>, IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);
    private readonly List<QueueAddress> _feeds = [];

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Deletes the streams of the feeds the test made on the shared server.</summary>
    public async Task DisposeAsync()
    {
        if (_feeds.Count == 0)
        {
            return;
        }

        await using var nats = new NatsConnection(new NatsOpts { Url = Services.Nats! });
        var js = new NatsJSContext(nats);
        foreach (var f in _feeds)
        {
            foreach (string stream in new[] { f.Stream, f.DeadStream })
            {
                try
                {
                    await js.DeleteStreamAsync(stream);
                }
                catch (NatsJSApiException)
                {
                    // Never created.
                }
            }
        }
    }

    private QueueAddress NewFeed()
    {
        var feed = Services.NewFeed();
        _feeds.Add(feed);
        return feed;
    }

    [ClusterFact]
    public async Task One_two_and_four_workers_give_the_rows_of_one_ingest()
    {
        foreach (int workers in new[] { 1, 2, 4 })
        {
            var feed = NewFeed();
            using var db = new TestDatabase(Services.Postgres!);
            var published = await Publish(feed);
            Assert.Equal(new[] { Corpus.Count, 0, 0 }, new[] { published.Published, published.Duplicates, published.Failed });
            if (workers == 1)
            {
                // Published twice: JetStream drops the second copies by message id (the content id).
                var again = await Publish(feed);
                Assert.Equal(new[] { 0, Corpus.Count }, new[] { again.Published, again.Duplicates });
            }

            var done = await RunWorkers(feed, db.Url, workers, new WorkerOptions { Jobs = 1, BatchSize = 8 });
            Assert.Equal(Corpus.Count, done.Sum(d => d.Stored + d.Skipped));
            Snapshot.Equal(corpus.Expected, Snapshot.Of(db.Url));
            await AssertStatus(feed, db.Url, done: Corpus.Count, failed: 0);
        }
    }

    [ClusterFact]
    public async Task A_worker_killed_mid_batch_loses_nothing_and_duplicates_nothing()
    {
        var feed = NewFeed();
        using var db = new TestDatabase(Services.Postgres!);
        await Publish(feed);
        var childError = new StringBuilder();
        using var child = StartWorkerProcess(feed, db.Url, childError);
        long committed = await WaitForCommitted(db.Url, 16, child);
        child.Kill(); // SIGKILL: no chance to ack, nak or roll anything back itself
        await child.WaitForExitAsync();
        output.WriteLine($"killed the child worker after {committed} committed documents; its log: {childError}");
        Assert.InRange(committed, 16, Corpus.Count - 1);

        var done = await RunWorkers(feed, db.Url, 1, new WorkerOptions { Jobs = 1, BatchSize = 8, AckWait = TimeSpan.FromSeconds(3) });
        output.WriteLine($"the second worker: {done[0]}");
        Snapshot.Equal(corpus.Expected, Snapshot.Of(db.Url));
        await AssertStatus(feed, db.Url, done: Corpus.Count, failed: 0);
    }

    [ClusterFact]
    public async Task Sigterm_finishes_the_batch_in_hand_and_gives_back_what_it_fetched()
    {
        var feed = NewFeed();
        using var db = new TestDatabase(Services.Postgres!);
        await Publish(feed);
        var childError = new StringBuilder();
        using var child = StartWorkerProcess(feed, db.Url, childError);
        var stdout = child.StandardOutput.ReadToEndAsync();
        long committed = await WaitForCommitted(db.Url, 8, child);
        Services.Run("kill", "-TERM", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await child.WaitForExitAsync().WaitAsync(Patience);
        output.WriteLine($"SIGTERM after {committed} committed; exit {child.ExitCode}; output: {await stdout}; error: {childError}");
        Assert.Equal(0, child.ExitCode);
        Assert.Contains("stopping after the batch in hand", childError.ToString(), StringComparison.Ordinal);

        // Right away: what it analysed is committed and acknowledged; a batch it was still fetching is given back
        // (a nak: JetStream counts it as in flight until it is delivered again) — nothing else is held.
        using (var s = StoreFactory.Open(db.Url, forWriting: false))
        {
            var status = await QueueStatus.ReadAsync(feed, (IMessageLedger)s);
            Assert.InRange(status.InFlight, 0, 8);
            Assert.Equal(Corpus.Count, status.Pending + status.InFlight + status.Done);
            Assert.Contains($"sitrep worker: {status.Done} stored", await stdout, StringComparison.Ordinal);
        }

        await RunWorkers(feed, db.Url, 1, new WorkerOptions { Jobs = 1, BatchSize = 8 });
        Snapshot.Equal(corpus.Expected, Snapshot.Of(db.Url));
    }

    [ClusterFact]
    public async Task Workers_reconnect_and_finish_when_nats_server_restarts()
    {
        using var nats = new PrivateNats();
        var feed = QueueAddress.Parse(nats.Url + "/restart");
        using var db = new TestDatabase(Services.Postgres!);
        await Publish(feed);
        var run = RunWorkers(feed, db.Url, 2, new WorkerOptions { Jobs = 1, BatchSize = 8, AckWait = TimeSpan.FromSeconds(5) });
        await WaitForCommitted(db.Url, 24, null);
        nats.Stop();
        await Task.Delay(1500);
        nats.Start();
        output.WriteLine("nats-server restarted");
        await run;
        Snapshot.Equal(corpus.Expected, Snapshot.Of(db.Url));
    }

    [ClusterWithPrivatePostgresFact]
    public async Task Workers_retry_and_finish_when_postgresql_restarts()
    {
        using var pg = new PrivatePostgres();
        using var db = new TestDatabase(pg.Url);
        var feed = NewFeed();
        await Publish(feed);
        var run = RunWorkers(feed, db.Url, 2, new WorkerOptions { Jobs = 1, BatchSize = 8 });
        await WaitForCommitted(db.Url, 24, null);
        pg.Stop();
        await Task.Delay(2000);
        pg.Start();
        output.WriteLine("PostgreSQL restarted");
        var done = await run;
        Assert.True(done.Sum(d => d.Retried) > 0, "no worker saw the store go away");
        Snapshot.Equal(corpus.Expected, Snapshot.Of(db.Url));
    }

    [ClusterFact]
    public async Task A_poison_message_ends_in_the_dead_letter_subject_with_its_error()
    {
        var feed = NewFeed();
        using var db = new TestDatabase(Services.Postgres!);
        var good = corpus.Files.Take(3).ToList();
        await new FeedPublisher(feed, new ArticleReader()).RunAsync(good, null, e => throw new InvalidOperationException(e));
        await using var nats = new NatsConnection(new NatsOpts { Url = feed.Url });
        var js = new NatsJSContext(nats);
        (await js.PublishAsync(feed.Subject, "{\"source\": \"broken.txt\""u8.ToArray(), opts: new NatsJSPubOpts { MsgId = "poison" })).EnsureSuccess();

        using var stop = new CancellationTokenSource();
        var worker = new Worker(SitrepEngine.Create(), feed, db.Url, new WorkerOptions { Jobs = 1, MaxDeliver = 2, Name = "w" });
        var run = worker.RunAsync(output.WriteLine, stop.Token, CancellationToken.None);
        var until = DateTime.UtcNow + Patience;
        while ((await js.GetStreamAsync(feed.DeadStream)).Info.State.Messages == 0 || worker.Progress.Stored < 3)
        {
            Assert.True(DateTime.UtcNow < until, "the poison message never reached the dead-letter stream");
            Assert.False(run.IsCompleted, "the worker stopped");
            await Task.Delay(200);
        }

        await stop.CancelAsync();
        var done = await run;
        Assert.Equal(1, done.DeadLettered);

        var dead = await js.CreateOrderedConsumerAsync(feed.DeadStream);
        var letters = new List<NatsJSMsg<byte[]>>();
        await foreach (var m in dead.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 10, Expires = TimeSpan.FromSeconds(1) }))
        {
            letters.Add((NatsJSMsg<byte[]>)m);
        }

        var letter = Assert.Single(letters);
        Assert.Equal("{\"source\": \"broken.txt\"", Encoding.UTF8.GetString(letter.Data!));
        Assert.StartsWith("not a Sitrep document message", letter.Headers!["Sitrep-Error"].ToString(), StringComparison.Ordinal);
        Assert.Equal("2", letter.Headers!["Sitrep-Deliveries"].ToString());
        Assert.Equal("poison", letter.Headers!["Sitrep-Message-Id"].ToString());
        await AssertStatus(feed, db.Url, done: 3, failed: 1);
    }

    /// <summary>A <c>sitrep worker</c> child process (one job, batches of 8, a 3 s ack wait); its standard error goes to <paramref name="error"/>.</summary>
    private static Process StartWorkerProcess(QueueAddress feed, string store, StringBuilder error)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[] { Path.Combine(AppContext.BaseDirectory, "sitrep.dll"), "worker", "--queue", feed.ToString(), "--store", store, "--jobs", "1", "--batch", "8", "--ack-wait", "3", "--name", "child" })
        {
            psi.ArgumentList.Add(a);
        }

        var child = Process.Start(psi)!;
        child.ErrorDataReceived += (_, e) =>
        {
            lock (error)
            {
                error.AppendLine(e.Data);
            }
        };
        child.BeginErrorReadLine();
        return child;
    }

    private async Task<PublishSummary> Publish(QueueAddress feed)
        => await new FeedPublisher(feed, new ArticleReader()).RunAsync([corpus.Dir], null, e => throw new InvalidOperationException(e));

    private async Task<WorkerProgress[]> RunWorkers(QueueAddress feed, string store, int count, WorkerOptions options)
    {
        var engine = SitrepEngine.Create();
        var runs = Enumerable.Range(0, count).Select(i =>
            new Worker(engine, feed, store, options with { Name = $"worker-{i}", ExitWhenIdle = true })
                .RunAsync(m => output.WriteLine($"worker-{i}: {m}"), CancellationToken.None, CancellationToken.None));
        return await Task.WhenAll(runs).WaitAsync(Patience);
    }

    /// <summary>Waits until the store's ledger holds at least <paramref name="count"/> messages; returns how many.</summary>
    private static async Task<long> WaitForCommitted(string store, long count, Process? worker)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            Assert.True(DateTime.UtcNow < until, $"fewer than {count} documents were committed in {Patience}");
            Assert.False(worker is { HasExited: true }, "the worker process ended");
            try
            {
                using var s = StoreFactory.Open(store, forWriting: false);
                long n = ((IMessageLedger)s).Ledger(TimeSpan.FromMinutes(1)).Total;
                if (n >= count)
                {
                    return n;
                }
            }
            catch (StoreException)
            {
                // Not created yet (the worker migrates it when it starts).
            }

            await Task.Delay(100);
        }
    }

    private static async Task AssertStatus(QueueAddress feed, string store, long done, long failed)
    {
        using var s = StoreFactory.Open(store, forWriting: false);
        var status = await QueueStatus.ReadAsync(feed, (IMessageLedger)s);
        Assert.Equal((0L, 0L, done, failed), (status.Pending, status.InFlight, status.Done, status.Failed));
        Assert.True(status.Rate > 0);
    }
}
