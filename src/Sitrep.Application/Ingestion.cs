using System.Diagnostics;
using Sitrep.Core.Record;
using Sitrep.Ingest;
using Sitrep.Ingest.Web;
using Sitrep.Store;

namespace Sitrep.Application;

/// <summary>Where an ingest is: input bytes read of the total, documents analysed, stored and skipped so far.</summary>
public readonly record struct IngestProgress(long BytesDone, long BytesTotal, int Analyzed, int Stored, int Skipped, int Failed);

/// <summary>What an ingest did, for its one-line summary.</summary>
public sealed record IngestSummary(int Added, int Replaced, int Skipped, int Failed, TimeSpan Elapsed)
{
    /// <summary>Of the documents added or replaced, those marked copies (near-duplicates) of a stored article.</summary>
    public int Copies { get; init; }

    /// <summary>Documents analysed and written per second.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? (Added + Replaced) / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Ingests articles into a store: documents already stored are skipped before analysis (by content id; with
/// <see cref="Reanalyze"/>, only those stored by this same pipeline), the rest are analysed on N cores and written in transactional batches, so that a killed ingest loses
/// at most the batch in flight and a rerun completes the store to what one clean run gives.
/// </summary>
public sealed class Ingestion(SitrepEngine engine, IRecordStore store, ArticleReader reader)
{
    /// <summary>Documents per transaction.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Analyse again the stored documents that another pipeline (models, knowledge base, code) produced, and replace them.</summary>
    public bool Reanalyze { get; init; }

    /// <summary>Reads http(s) pages and feeds among the paths; null: addresses are refused.</summary>
    public WebSource? Web { get; init; }

    /// <summary>Every path must be a feed (<c>sitrep watch</c>).</summary>
    public bool FeedsOnly { get; init; }

    public IngestSummary Run(IReadOnlyList<string> paths, int jobs, Action<IngestProgress>? progress, Action<string> onError, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(onError);
        long start = Stopwatch.GetTimestamp();
        var files = ArticleReader.Expand(paths).ToList();
        long[] sizes = [.. files.Select(f => f.Error is null && File.Exists(f.Path) ? new FileInfo(f.Path).Length : 0)];
        long total = sizes.Sum();
        var stored = store.StoredDocuments();
        string key = engine.Fingerprint.Key;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int skipped = 0, storeSkipped = 0, failed = 0, analyzed = 0, added = 0, replaced = 0, copies = 0;
        long bytesDone = 0;
        int fileDone = 0;

        void Advance(int fileIndex)
        {
            for (; fileDone < fileIndex; fileDone++)
            {
                bytesDone += sizes[fileDone];
            }
        }

        // Feed items are remembered as taken once their document is stored (or was already), or their error is final.
        var feedItems = new Dictionary<string, (string Feed, string Item)>(StringComparer.Ordinal);
        var taken = new List<(string Feed, string Item, string? DocumentId)>();
        var todo = SitrepEngine.Read(reader, files, byLine: false, Web, store.SeenItems, FeedsOnly).Where(item =>
        {
            if (item.Seen)
            {
                Interlocked.Increment(ref skipped);
                return false;
            }

            if (item.Input is not { } input)
            {
                if (item.FeedItem is { } failed && item.Final)
                {
                    lock (taken)
                    {
                        taken.Add((failed.Feed, failed.Item, null));
                    }
                }

                return true;
            }

            string id = RecordWriter.DocumentId(input.Text);
            if (!seen.Add(id) || (stored.TryGetValue(id, out var k) && (k == key || !Reanalyze)))
            {
                Interlocked.Increment(ref skipped);
                if (item.FeedItem is { } f)
                {
                    lock (taken)
                    {
                        taken.Add((f.Feed, f.Item, id));
                    }
                }

                return false;
            }

            if (item.FeedItem is { } fi)
            {
                lock (feedItems)
                {
                    feedItems[input.Source] = fi;
                }
            }

            return true;
        });

        var batch = new List<SitrepRecord>(BatchSize);
        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var r = store.Write(batch, Reanalyze);
            added += r.Added;
            replaced += r.Replaced;
            storeSkipped += r.Skipped;
            copies += r.Copies;
            lock (feedItems)
            {
                foreach (var record in batch)
                {
                    if (feedItems.Remove(record.Document.Source, out var fi))
                    {
                        taken.Add((fi.Feed, fi.Item, record.Document.Id));
                    }
                }
            }

            batch.Clear();
            Remember();
        }

        void Remember()
        {
            List<(string Feed, string Item, string? DocumentId)> now;
            lock (taken)
            {
                now = [.. taken];
                taken.Clear();
            }

            foreach (var g in now.GroupBy(t => t.Feed, StringComparer.Ordinal))
            {
                store.MarkSeen(g.Key, g.Select(t => (t.Item, t.DocumentId)));
            }
        }

        long lastReport = 0;
        foreach (var result in engine.AnalyzeMany(todo, jobs, cancellationToken))
        {
            Advance(result.FileIndex);
            if (result.Error is { } error)
            {
                failed++;
                onError(error);
            }
            else
            {
                analyzed++;
                batch.Add(result.Record!);
                if (batch.Count >= BatchSize)
                {
                    Flush();
                }
            }

            long now = Stopwatch.GetTimestamp();
            if (progress is not null && Stopwatch.GetElapsedTime(lastReport, now).TotalMilliseconds >= 100)
            {
                lastReport = now;
                progress(new IngestProgress(bytesDone, total, analyzed, added + replaced, Volatile.Read(ref skipped) + storeSkipped, failed));
            }
        }

        Flush();
        Remember();
        Advance(files.Count);
        progress?.Invoke(new IngestProgress(bytesDone, total, analyzed, added + replaced, skipped + storeSkipped, failed));
        return new IngestSummary(added, replaced, skipped + storeSkipped, failed, Stopwatch.GetElapsedTime(start)) { Copies = copies };
    }
}
