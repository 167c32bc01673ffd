using System.Diagnostics;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Sitrep.Application;
using Sitrep.Core.Record;
using Sitrep.Ingest;

namespace Sitrep.Cluster;

/// <summary>Where a publish is: input bytes read of the total, documents published, dropped as duplicates, failed.</summary>
public readonly record struct PublishProgress(long BytesDone, long BytesTotal, int Published, int Duplicates, int Failed);

/// <summary>What a publish did, for its one-line summary.</summary>
public sealed record PublishSummary(int Published, int Duplicates, int Failed, TimeSpan Elapsed)
{
    public double Rate => Elapsed.TotalSeconds > 0 ? Published / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// <c>sitrep ingest PATH... --queue nats://…</c>: reads the articles as a one-process ingest does and publishes each
/// one (<see cref="DocumentMessage"/>) to the feed's work-queue stream with its content id as the message id, waiting
/// for JetStream's acknowledgement, so that a published document is stored on the server before it counts.
/// </summary>
public sealed class FeedPublisher(QueueAddress address, ArticleReader reader)
{
    public async Task<PublishSummary> RunAsync(IReadOnlyList<string> paths, Action<PublishProgress>? progress, Action<string> onError, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(onError);
        long start = Stopwatch.GetTimestamp();
        var files = ArticleReader.Expand(paths).ToList();
        long[] sizes = [.. files.Select(f => f.Error is null && File.Exists(f.Path) ? new FileInfo(f.Path).Length : 0)];
        long total = sizes.Sum(), done = 0;
        int fileDone = 0, published = 0, duplicates = 0, failed = 0;
        long lastReport = 0;
        await using var queue = await FeedQueue.ConnectAsync(address, "sitrep-ingest", cancellationToken).ConfigureAwait(false);
        await queue.EnsureStreamsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var item in SitrepEngine.Read(reader, files, byLine: false))
        {
            for (; fileDone < item.FileIndex; fileDone++)
            {
                done += sizes[fileDone];
            }

            if (item.Input is not { } input)
            {
                failed++;
                onError(item.Error ?? $"{item.Source}: unreadable input");
                continue;
            }

            string id = RecordWriter.DocumentId(input.Text);
            try
            {
                var ack = await queue.JetStream.PublishAsync(
                    address.Subject, DocumentMessage.Of(input).ToBytes(), opts: new NatsJSPubOpts { MsgId = id }, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (ack.Duplicate)
                {
                    duplicates++; // queued already within the duplicate window (EnsureSuccess would call it an error)
                }
                else
                {
                    ack.EnsureSuccess();
                    published++;
                }
            }
            catch (NatsJSApiException ex)
            {
                failed++;
                onError($"{input.Source}: not queued: {ex.Error.Description}");
            }
            catch (NatsException ex)
            {
                failed++;
                onError($"{input.Source}: not queued: {ex.Message.TrimEnd('.')}");
            }

            long now = Stopwatch.GetTimestamp();
            if (progress is not null && Stopwatch.GetElapsedTime(lastReport, now).TotalMilliseconds >= 100)
            {
                lastReport = now;
                progress(new PublishProgress(done, total, published, duplicates, failed));
            }
        }

        progress?.Invoke(new PublishProgress(total, total, published, duplicates, failed));
        return new PublishSummary(published, duplicates, failed, Stopwatch.GetElapsedTime(start));
    }
}
