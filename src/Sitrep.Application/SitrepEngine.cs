using System.Collections.Concurrent;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Record;
using Sitrep.Core.Tagging;
using Sitrep.Ingest;
using Sitrep.Ingest.Web;
using Sitrep.Models;

namespace Sitrep.Application;

/// <summary>
/// The composition root: the one place that builds the pipeline from the embedded models and the knowledge base.
/// The models are loaded once and shared; each article borrows a pipeline instance over them from a pool, so that
/// a component never sees two documents at once. <see cref="AnalyzeMany"/> runs on N cores and yields in input order.
/// </summary>
public sealed class SitrepEngine
{
    private readonly ModelSet _models;
    private readonly ConcurrentBag<SitrepPipeline> _idle = [];
    private readonly Lock _timingsLock = new();

    private SitrepEngine(ModelSet models, string modelsFingerprint)
    {
        _models = models;
        var first = DefaultPipeline.Create(models);
        _idle.Add(first);
        Fingerprint = PipelineFingerprint.Of(first.Fingerprint, modelsFingerprint);
    }

    /// <summary>The engine over the embedded models (read once per process, on first use).</summary>
    public static SitrepEngine Create() => s_default.Value;

    private static readonly Lazy<SitrepEngine> s_default = new(() => new SitrepEngine(EmbeddedModels.Load(), EmbeddedModels.Fingerprint));

    /// <summary>
    /// Starts building the engine and reading every model on the thread pool and returns at once, so that a command
    /// that will analyse can overlap the loading with its own start-up (argument parsing, reading the input, the
    /// first components). <see cref="Create"/> then waits only for what is not ready yet.
    /// </summary>
    /// <remarks>
    /// The knowledge base's two large tables (the office-holders and the gazetteer) are built on their own threads
    /// while the models are read, rather than one after the other by the pipeline's constructors.
    /// </remarks>
    public static void Preload()
    {
        ThreadPool.UnsafeQueueUserWorkItem(static _ => _ = Sitrep.Core.Knowledge.OfficeHolders.Shared, null);
        ThreadPool.UnsafeQueueUserWorkItem(static _ => _ = Sitrep.Core.Knowledge.Gazetteer.Shared, null);
        ThreadPool.UnsafeQueueUserWorkItem(static _ =>
        {
            var models = s_default.Value._models;
            _ = models.Lexicon;
            _ = models.Pos;
            _ = models.Ner;
        }, null);
    }

    /// <summary>What every record of this engine is stamped with.</summary>
    public PipelineFingerprint Fingerprint { get; }

    /// <summary>Component name → total time, filled when not null (thread-safe).</summary>
    public IDictionary<string, TimeSpan>? Timings { get; set; }

    /// <summary>Analyses one article; a component failure becomes the result's <see cref="Analysis.Error"/>.</summary>
    public Analysis Analyze(ArticleInput input, int item = 0, int fileIndex = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var local = Timings is null ? null : new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var pipeline = _idle.TryTake(out var p) ? p : DefaultPipeline.Create(_models);
        try
        {
            var document = pipeline.Process(input, local, cancellationToken);
            return new Analysis(item, fileIndex, input.Source, document, RecordMapper.Map(document, Fingerprint), null);
        }
        catch (PipelineComponentException ex)
        {
            return new Analysis(item, fileIndex, input.Source, null, null, ex.Message);
        }
        finally
        {
            _idle.Add(pipeline);
            if (local is not null && Timings is { } all)
            {
                lock (_timingsLock)
                {
                    foreach (var (name, time) in local)
                    {
                        all[name] = all.TryGetValue(name, out var sum) ? sum + time : time;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Analyses <paramref name="items"/> on <paramref name="jobs"/> threads (0: all cores) and yields one result per
    /// item in input order; an unreadable input yields its error in its place. Streams: memory stays bounded.
    /// </summary>
    public IEnumerable<Analysis> AnalyzeMany(IEnumerable<ArticleItem> items, int jobs = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        int n = jobs > 0 ? jobs : Environment.ProcessorCount;
        var numbered = items.Select((x, i) => (Item: x, Index: i));
        if (n == 1)
        {
            return numbered.Select(x => Run(x.Item, x.Index, cancellationToken));
        }

        return numbered.AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Min(n, 512))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancellationToken)
            .Select(x => Run(x.Item, x.Index, cancellationToken));
    }

    private Analysis Run(ArticleItem item, int index, CancellationToken cancellationToken)
        => item.Input is { } input
            ? Analyze(input, index, item.FileIndex, cancellationToken)
            : new Analysis(index, item.FileIndex, item.Source, null, null, item.Error ?? "unreadable input");

    /// <summary>
    /// The articles in <paramref name="paths"/> (files, directories, .gz, .sgm, - for standard input, and with
    /// <paramref name="web"/> http(s) pages and feeds), in order; an input that cannot be read is an item with its
    /// error. <paramref name="files"/> is <see cref="ArticleReader.Expand"/>'s list; <paramref name="seen"/> gives a
    /// feed's items taken before.
    /// </summary>
    public static IEnumerable<ArticleItem> Read(
        ArticleReader reader, IReadOnlyList<(string Path, IngestException? Error)> files, bool byLine, WebSource? web = null, Func<string, IReadOnlySet<string>>? seen = null,
        bool feedsOnly = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(files);
        for (int i = 0; i < files.Count; i++)
        {
            var (path, listError) = files[i];
            if (listError is not null)
            {
                yield return new ArticleItem(i, null, listError.Message, path);
                continue;
            }

            if (WebFetcher.IsUrl(path))
            {
                if (web is null)
                {
                    yield return new ArticleItem(i, null, $"{path}: web addresses are read by 'sitrep ingest' and 'sitrep watch'", path);
                    continue;
                }

                foreach (var a in web.Read(path, seen, feedsOnly))
                {
                    yield return new ArticleItem(i, a.Input, a.Error, a.Source)
                    {
                        FeedItem = a.Feed is { } feed && a.Item is { } key ? (feed, key) : null, Seen = a.Seen, Final = a.Final,
                    };
                }

                continue;
            }

            List<ArticleInput> articles;
            string? error = null;
            try
            {
                articles = [.. reader.ReadAll(path, byLine)];
            }
            catch (IngestException ex)
            {
                articles = [];
                error = ex.Message;
            }

            if (error is not null)
            {
                yield return new ArticleItem(i, null, error, path);
            }

            foreach (var a in articles)
            {
                yield return new ArticleItem(i, a, null, a.Source);
            }
        }
    }
}
