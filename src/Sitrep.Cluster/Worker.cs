using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Sitrep.Application;
using Sitrep.Core.Record;
using Sitrep.Store;

namespace Sitrep.Cluster;

/// <summary>How a worker runs.</summary>
public sealed record WorkerOptions
{
    /// <summary>Articles analysed at once.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Messages fetched, analysed and written in one transaction (0: 8 per job, at least 16).</summary>
    public int BatchSize { get; init; }

    /// <summary>Deliveries a message gets before it goes to the dead-letter subject with its last error.</summary>
    public int MaxDeliver { get; init; } = 5;

    /// <summary>How long the server waits for an ack before it delivers a message again (to any worker).</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Stories kept as documents are written (null: none).</summary>
    public StoryOptions? Stories { get; init; }

    /// <summary>Stop when the queue is empty and nothing is in flight (for batch runs and benchmarks).</summary>
    public bool ExitWhenIdle { get; init; }

    /// <summary>The worker's name in the store's ledger and in logs.</summary>
    public string Name { get; init; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    internal int Batch => BatchSize > 0 ? BatchSize : Math.Max(16, 8 * Jobs);
}

/// <summary>What a worker did so far; <see cref="StoreTime"/> is the time spent in the store's write transactions.</summary>
public readonly record struct WorkerProgress(long Stored, long Skipped, long Retried, long DeadLettered, TimeSpan Elapsed, TimeSpan StoreTime)
{
    public double Rate => Elapsed.TotalSeconds > 0 ? (Stored + Skipped) / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// <c>sitrep worker</c>: pulls documents from the feed's durable consumer, analyses them through
/// <see cref="SitrepEngine"/> and writes their records to the store in one transaction with the messages' ids
/// (<see cref="IMessageLedger"/>), and acknowledges them only after that transaction commits. So a worker killed at any
/// moment loses nothing (unacknowledged messages are delivered again) and duplicates nothing (a redelivered message
/// whose id is recorded is acknowledged without writing; a document stored already is skipped by its content id).
/// A message that fails <see cref="WorkerOptions.MaxDeliver"/> times — or is delivered more often than that without an
/// outcome, because the workers handling it died — goes to the dead-letter subject with its error and is acknowledged.
/// A store or server that goes away is waited for (the batch is retried, its messages kept in progress).
/// <paramref name="stop"/> (the first SIGTERM) finishes the batch in hand and stops fetching; <paramref name="abort"/>
/// (a second one) gives back (naks) what is not committed.
/// </summary>
public sealed class Worker(SitrepEngine engine, QueueAddress address, string store, WorkerOptions options)
{
    private long _stored, _skipped, _retried, _dead, _storeTicks;
    private long _retryDue; // Stopwatch timestamp until which a message this worker gave back may still come back
    private long _started;
    private IRecordStore? _store;

    public WorkerProgress Progress => new(Interlocked.Read(ref _stored), Interlocked.Read(ref _skipped), Interlocked.Read(ref _retried), Interlocked.Read(ref _dead), Stopwatch.GetElapsedTime(_started), TimeSpan.FromTicks(Interlocked.Read(ref _storeTicks)));

    public async Task<WorkerProgress> RunAsync(Action<string> log, CancellationToken stop, CancellationToken abort)
    {
        ArgumentNullException.ThrowIfNull(log);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, abort);
        _started = Stopwatch.GetTimestamp();
        _store = StoreFactory.OpenShared(store, options.Stories); // a store that cannot be opened at the start is an error, not a wait
        Task commit = Task.CompletedTask;
        string? lastFetchError = null;
        try
        {
            await using var queue = await FeedQueue.ConnectAsync(address, "sitrep-worker " + options.Name, abort).ConfigureAwait(false);
            await queue.EnsureStreamsAsync(abort).ConfigureAwait(false);
            var consumer = await queue.ConsumerAsync(options.AckWait, abort).ConfigureAwait(false);
            while (!linked.IsCancellationRequested)
            {
                var messages = new List<INatsJSMsg<byte[]>>(options.Batch);
                try
                {
                    await foreach (var m in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = options.Batch, Expires = TimeSpan.FromSeconds(1) }, cancellationToken: linked.Token).ConfigureAwait(false))
                    {
                        messages.Add(m);
                    }

                    lastFetchError = null;
                }
                catch (OperationCanceledException) when (linked.IsCancellationRequested)
                {
                    await GiveBack(messages, log).ConfigureAwait(false);
                    break;
                }
                catch (Exception ex) when (ex is NatsException or TimeoutException or OperationCanceledException)
                {
                    if (ex.Message != lastFetchError)
                    {
                        log($"{address}: fetch failed ({ex.Message.TrimEnd('.')}); retrying");
                        lastFetchError = ex.Message;
                    }

                    await GiveBack(messages, log).ConfigureAwait(false);
                    await Delay(TimeSpan.FromSeconds(1), abort).ConfigureAwait(false);
                    continue;
                }

                if (messages.Count == 0)
                {
                    if (options.ExitWhenIdle)
                    {
                        await commit.ConfigureAwait(false);
                        if (Stopwatch.GetTimestamp() > Interlocked.Read(ref _retryDue) && await IdleAsync(consumer).ConfigureAwait(false))
                        {
                            break;
                        }
                    }

                    continue;
                }

                var work = await Prepare(queue, messages, commit, log).ConfigureAwait(false);
                List<Analysis> results;
                try
                {
                    results = await Task.Run(() => engine.AnalyzeMany(work.Select(w => new ArticleItem(0, w.Input, null, w.Input.Source)), options.Jobs, abort).ToList(), abort).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (abort.IsCancellationRequested)
                {
                    await GiveBack(work.Select(w => w.Message), log).ConfigureAwait(false);
                    break;
                }

                var done = new List<(INatsJSMsg<byte[]> Message, SitrepRecord Record)>(results.Count);
                for (int i = 0; i < results.Count; i++)
                {
                    if (results[i].Record is { } record)
                    {
                        done.Add((work[i].Message, record));
                    }
                    else
                    {
                        await Fail(queue, work[i].Message, results[i].Error ?? "analysis failed", log).ConfigureAwait(false);
                    }
                }

                await commit.ConfigureAwait(false);
                commit = Task.Run(() => Commit(queue, done, log, abort), CancellationToken.None); // written while the next batch is analysed
            }

            await commit.ConfigureAwait(false); // its acks need the connection, which closes at the end of this block
        }
        finally
        {
            _store?.Dispose();
        }

        return Progress;
    }

    /// <summary>The batch's messages as articles: a message delivered too often goes to the dead letters, an unreadable
    /// one is failed, and a redelivered one whose id the store has recorded is acknowledged at once.</summary>
    private async Task<List<(INatsJSMsg<byte[]> Message, Core.Documents.ArticleInput Input)>> Prepare(FeedQueue queue, List<INatsJSMsg<byte[]>> messages, Task commit, Action<string> log)
    {
        var work = new List<(INatsJSMsg<byte[]> Message, Core.Documents.ArticleInput Input)>(messages.Count);
        foreach (var m in messages)
        {
            long delivered = Delivered(m);
            if (delivered > options.MaxDeliver)
            {
                await DeadLetter(queue, m, $"delivered {delivered} times without an outcome (the workers handling it stopped)", log).ConfigureAwait(false);
                continue;
            }

            try
            {
                work.Add((m, DocumentMessage.Read(m.Data ?? [])));
            }
            catch (FormatException ex)
            {
                await Fail(queue, m, ex.Message, log).ConfigureAwait(false);
            }
        }

        var redelivered = work.Where(w => Delivered(w.Message) > 1).Select(w => MessageId(w.Message)).ToList();
        if (redelivered.Count == 0)
        {
            return work;
        }

        await commit.ConfigureAwait(false); // the previous batch may hold some of them
        IReadOnlySet<string> recorded;
        try
        {
            recorded = Ledger().Received(redelivered);
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            return work; // written again if need be: the write itself skips what is stored
        }

        foreach (var w in work.Where(w => recorded.Contains(MessageId(w.Message))))
        {
            Interlocked.Increment(ref _skipped);
            await Ack(w.Message, log).ConfigureAwait(false);
        }

        return [.. work.Where(w => !recorded.Contains(MessageId(w.Message)))];
    }

    /// <summary>Writes the batch and its receipts in one transaction, retrying while the store is away, then acks.</summary>
    private async Task Commit(FeedQueue queue, List<(INatsJSMsg<byte[]> Message, SitrepRecord Record)> done, Action<string> log, CancellationToken abort)
    {
        if (done.Count == 0)
        {
            return;
        }

        var delay = TimeSpan.FromMilliseconds(250);
        for (int attempt = 1; ; attempt++)
        {
            long began = Stopwatch.GetTimestamp();
            try
            {
                var result = Ledger().Write([.. done.Select(d => d.Record)], [.. done.Select(d => Receipt(d.Message, d.Record))]);
                Interlocked.Add(ref _storeTicks, Stopwatch.GetElapsedTime(began).Ticks);
                Interlocked.Add(ref _stored, result.Added + result.Replaced);
                Interlocked.Add(ref _skipped, result.Skipped);
            }
            catch (Exception ex) when (IsStoreFailure(ex))
            {
                Interlocked.Increment(ref _retried);
                _store?.Dispose();
                _store = null;
                if (attempt >= 2 && TryOpenStore())
                {
                    // The store answers, yet the batch fails twice: one of its documents cannot be written. Write them
                    // one by one, so that only that one fails (and, after MaxDeliver attempts, becomes a dead letter).
                    await CommitOneByOne(queue, done, log).ConfigureAwait(false);
                    return;
                }

                log($"{ex.Message.TrimEnd('.')}; retrying the batch of {done.Count} in {delay.TotalSeconds:F1} s");
                foreach (var (m, _) in done)
                {
                    await InProgress(m).ConfigureAwait(false);
                }

                if (!await Delay(delay, abort).ConfigureAwait(false))
                {
                    await GiveBack(done.Select(d => d.Message), log).ConfigureAwait(false);
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(4).Ticks));
                continue;
            }

            foreach (var (m, _) in done)
            {
                await Ack(m, log).ConfigureAwait(false);
            }

            return;
        }
    }

    private async Task CommitOneByOne(FeedQueue queue, List<(INatsJSMsg<byte[]> Message, SitrepRecord Record)> done, Action<string> log)
    {
        foreach (var (m, record) in done)
        {
            try
            {
                var result = Ledger().Write([record], [Receipt(m, record)]);
                Interlocked.Add(ref _stored, result.Added + result.Replaced);
                Interlocked.Add(ref _skipped, result.Skipped);
                await Ack(m, log).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsStoreFailure(ex))
            {
                _store?.Dispose();
                _store = null;
                if (TryOpenStore())
                {
                    await Fail(queue, m, ex.Message, log).ConfigureAwait(false);
                }
                else
                {
                    await GiveBack([m], log).ConfigureAwait(false); // the store went away: delivered again later
                }
            }
        }
    }

    /// <summary>A failed message: delivered again after a pause, or, at its last delivery, a dead letter.</summary>
    private async Task Fail(FeedQueue queue, INatsJSMsg<byte[]> m, string error, Action<string> log)
    {
        long delivered = Delivered(m);
        if (delivered >= options.MaxDeliver)
        {
            await DeadLetter(queue, m, error, log).ConfigureAwait(false);
            return;
        }

        log($"message {Sequence(m)} ({MessageId(m)}): {error} (delivery {delivered} of {options.MaxDeliver}; it will be retried)");
        var delay = TimeSpan.FromSeconds(Math.Min(30, delivered));
        Interlocked.Exchange(ref _retryDue, Stopwatch.GetTimestamp() + (long)((delay.TotalSeconds + 2) * Stopwatch.Frequency));
        try
        {
            await m.NakAsync(new AckOpts { NakDelay = delay }).ConfigureAwait(false);
        }
        catch (NatsException)
        {
            // Not acknowledged either way: the server delivers it again after the ack wait.
        }
    }

    /// <summary>Publishes the message with its error to the dead-letter subject, then acknowledges it.</summary>
    private async Task DeadLetter(FeedQueue queue, INatsJSMsg<byte[]> m, string error, Action<string> log)
    {
        var headers = new NatsHeaders
        {
            ["Sitrep-Error"] = error.ReplaceLineEndings(" "),
            ["Sitrep-Deliveries"] = Delivered(m).ToString(CultureInfo.InvariantCulture),
            ["Sitrep-Stream-Sequence"] = Sequence(m).ToString(CultureInfo.InvariantCulture),
            ["Sitrep-Message-Id"] = MessageId(m),
            ["Sitrep-Worker"] = options.Name,
        };
        try
        {
            var ack = await queue.JetStream.PublishAsync(
                address.DeadSubject, m.Data ?? [], opts: new NatsJSPubOpts { MsgId = "dead-" + Sequence(m).ToString(CultureInfo.InvariantCulture) }, headers: headers).ConfigureAwait(false);
            if (!ack.Duplicate)
            {
                ack.EnsureSuccess(); // a duplicate: another worker dead-lettered it already
            }
        }
        catch (Exception ex) when (ex is NatsException or NatsJSException)
        {
            log($"message {Sequence(m)}: cannot publish it to {address.DeadSubject} ({ex.Message.TrimEnd('.')}); it will be delivered again");
            return;
        }

        Interlocked.Increment(ref _dead);
        log($"message {Sequence(m)} ({MessageId(m)}) -> {address.DeadSubject} after {Delivered(m)} deliveries: {error}");
        await Ack(m, log).ConfigureAwait(false);
    }

    private static async Task<bool> IdleAsync(INatsJSConsumer consumer)
    {
        try
        {
            await consumer.RefreshAsync().ConfigureAwait(false);
            return consumer.Info.NumPending == 0 && consumer.Info.NumAckPending == 0;
        }
        catch (Exception ex) when (ex is NatsException or NatsJSException)
        {
            return false;
        }
    }

    private MessageReceipt Receipt(INatsJSMsg<byte[]> m, SitrepRecord record)
        => new(MessageId(m), record.Document.Id, (long)Sequence(m), options.Name);

    private IMessageLedger Ledger()
    {
        _store ??= StoreFactory.OpenShared(store, options.Stories);
        return _store as IMessageLedger ?? throw new StoreException($"{store}: this store cannot record queue messages");
    }

    private bool TryOpenStore()
    {
        try
        {
            _store = StoreFactory.OpenShared(store, options.Stories);
            return true;
        }
        catch (StoreException)
        {
            return false;
        }
    }

    private static bool IsStoreFailure(Exception ex)
        => ex is StoreException or DbException or IOException or TimeoutException or (InvalidOperationException and not ObjectDisposedException);

    private static string MessageId(INatsJSMsg<byte[]> m)
        => m is NatsJSMsg<byte[]> { Headers: { } h } && h.TryGetValue("Nats-Msg-Id", out var id) && id.Count > 0 ? id[0]! : "seq-" + Sequence(m).ToString(CultureInfo.InvariantCulture);

    private static long Delivered(INatsJSMsg<byte[]> m) => (long)(m.Metadata?.NumDelivered ?? 1);

    private static ulong Sequence(INatsJSMsg<byte[]> m) => m.Metadata?.Sequence.Stream ?? 0;

    private static async Task Ack(INatsJSMsg<byte[]> m, Action<string> log)
    {
        try
        {
            await m.AckAsync().ConfigureAwait(false);
        }
        catch (NatsException ex)
        {
            // The record is committed with the message's id: a redelivery is recognised and acknowledged then.
            log($"message {Sequence(m)}: ack failed ({ex.Message.TrimEnd('.')}); a redelivery will be recognised");
        }
    }

    private static async Task InProgress(INatsJSMsg<byte[]> m)
    {
        try
        {
            await m.AckProgressAsync().ConfigureAwait(false);
        }
        catch (NatsException)
        {
            // Only extends the ack wait; a redelivery to another worker is harmless.
        }
    }

    private static async Task GiveBack(IEnumerable<INatsJSMsg<byte[]>> messages, Action<string> log)
    {
        foreach (var m in messages)
        {
            try
            {
                await m.NakAsync().ConfigureAwait(false);
            }
            catch (NatsException ex)
            {
                log($"message {Sequence(m)}: nak failed ({ex.Message.TrimEnd('.')}); it is delivered again after the ack wait");
            }
        }
    }

    /// <summary>Waits; false when <paramref name="cancellationToken"/> ended the wait.</summary>
    private static async Task<bool> Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
