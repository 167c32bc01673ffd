#if !SITREP_NO_EMBEDDINGS
using System.CommandLine;
using System.Globalization;
using Sitrep.Application;
using Sitrep.Core.Documents;
using Sitrep.Core.Record;
using Sitrep.Core.Text;
using Sitrep.Evaluation.Stories;
using Sitrep.Ingest;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval stories --data eval/stories --split tune|check [--corpus DIR] [--sweep] [--details]</c>: the labelled
/// articles are analysed, written into a fresh SQLite store that keeps stories (the same step as an ingest), and the
/// stories found are scored against the labels (purity, inverse purity, F1).
/// </summary>
internal static class EvalStoriesCommand
{
    private static readonly int[] SweepLeads = [0, 30, 60, 120];
    private static readonly double[] SweepSimilarities = [0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "The labelled story set (a folder with labels.tsv)" };
        var replay = new Option<string>("--store") { Description = "Instead of the labelled set: the stories a store's articles make under the rule (from their stored vectors), their sizes and the largest" };
        var split = new Option<string>("--split") { Description = "tune (to choose the rule) or check (to report; never tuned on)", DefaultValueFactory = _ => "tune" };
        split.AcceptOnlyFromAmong("tune", "check");
        var corpus = new Option<string>("--corpus") { Description = "The folder the labels' file paths are relative to", DefaultValueFactory = _ => "../shared/data" };
        var similarity = new Option<double?>("--similarity") { Description = "Link at this similarity alone (default: the rule's)" };
        var withEntity = new Option<double?>("--with-entity") { Description = "Link at this similarity with a shared person or organisation" };
        var days = new Option<int?>("--days") { Description = "At most this many days apart" };
        var lead = new Option<int?>("--lead") { Description = "Words of the body embedded after the headline" };
        var template = new Option<double?>("--template") { Description = "Template similarity from which articles whose figures disagree are not linked (above 1: never)" };
        var neighbours = new Option<int?>("--neighbours") { Description = "Link only mutual nearest neighbours among this many (0: every related pair)" };
        var sweep = new Option<bool>("--sweep") { Description = "Also score a grid of rules (similarity, with-entity, lead words)" };
        var details = new Option<bool>("--details") { Description = "List each found story's articles with their labels" };
        var command = new Command("stories", "Story clustering purity and inverse purity on the labelled set (eval/stories)")
        {
            data, split, corpus, similarity, withEntity, days, lead, neighbours, template, sweep, details, replay,
        };
        command.SetAction(parse =>
        {
            var defaults = new StoryRule();
            var rule = defaults with
            {
                Similarity = parse.GetValue(similarity) ?? defaults.Similarity,
                SimilarityWithEntity = parse.GetValue(withEntity) ?? defaults.SimilarityWithEntity,
                Days = parse.GetValue(days) ?? defaults.Days,
                LeadWords = parse.GetValue(lead) ?? defaults.LeadWords,
                Neighbours = parse.GetValue(neighbours) ?? defaults.Neighbours,
                TemplateSimilarity = parse.GetValue(template) ?? defaults.TemplateSimilarity,
            };
            if (parse.GetValue(replay) is { } stored)
            {
                return StorySizes.Print(stored, rule, parse.GetValue(details), output, error);
            }

            if (parse.GetValue(data) is null)
            {
                error.WriteLine("sitrep eval stories: give --data (the labelled set) or --store (a store to replay)");
                return 2;
            }

            IReadOnlyList<StoryEvaluation.Label> labels;
            try
            {
                labels = StoryEvaluation.Load(Path.Combine(parse.GetValue(data)!, "labels.tsv"), parse.GetValue(split)!);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                error.WriteLine($"sitrep eval stories: {ex.Message}");
                return 2;
            }

            var records = Analyze(labels, parse.GetValue(corpus)!, error);
            if (records is null)
            {
                return 1;
            }

            var gold = labels.ToDictionary(l => l.File, l => l.Story, StringComparer.Ordinal);
            using var embedder = new CachingEmbedder(new Sitrep.Embeddings.MiniLmEmbedder(Math.Min(2, Environment.ProcessorCount)));
            if (parse.GetValue(sweep))
            {
                foreach (int words in SweepLeads)
                {
                    // What each choice of text costs: the articles embedded once more for this lead length, on their own.
                    var texts = records.Values.Select(r => (rule with { LeadWords = words }).Text(r.Document.Title, r.Document.Text)).ToList();
                    using var fresh = new Sitrep.Embeddings.MiniLmEmbedder(Math.Min(2, Environment.ProcessorCount));
                    fresh.Embed([texts[0]]); // load the model first
                    long started = System.Diagnostics.Stopwatch.GetTimestamp();
                    foreach (var chunk in texts.Chunk(64))
                    {
                        fresh.Embed(chunk);
                    }

                    double ms = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lead {words}: {texts.Count} articles embedded in {ms / 1000:F1} s ({ms / texts.Count:F1} ms each, batches of 64)"));

                    foreach (double s in SweepSimilarities)
                    {
                        foreach (double e in SweepSimilarities.Prepend(0.45).Prepend(0.40).Prepend(0.35))
                        {
                            if (e > s)
                            {
                                continue;
                            }

                            var r = rule with { LeadWords = words, Similarity = s, SimilarityWithEntity = e };
                            var score = StoryEvaluation.Measure(gold, Cluster(records, r, embedder));
                            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  lead {words,3} similarity {s:F2} with-entity {e:F2} days {r.Days}: purity {score.Purity:F3} inverse {score.InversePurity:F3} F1 {score.F1:F3} ({score.FoundStories} found)"));
                        }
                    }
                }
            }

            var found = Cluster(records, rule, embedder);
            var result = StoryEvaluation.Measure(gold, found);
            if (parse.GetValue(details))
            {
                foreach (var g in found.GroupBy(kv => kv.Value, StringComparer.Ordinal).OrderByDescending(g => g.Count()))
                {
                    output.WriteLine($"story {g.Key}: " + string.Join(", ", g.Select(kv => $"{kv.Key} [{gold[kv.Key]}]").Order(StringComparer.Ordinal)));
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rule: similarity {rule.Similarity:F2}, with a shared person/organisation {rule.SimilarityWithEntity:F2}, within {rule.Days} days, headline + {rule.LeadWords} words, mutual {rule.Neighbours} nearest, templates apart from {rule.TemplateSimilarity:F2}"));
            output.WriteLine(result.SummaryLine);
            return 0;
        });
        return command;
    }

    /// <summary>The labelled articles' records, keyed by the label's file; null (errors written) when one cannot be read.</summary>
    private static Dictionary<string, SitrepRecord>? Analyze(IReadOnlyList<StoryEvaluation.Label> labels, string corpus, TextWriter error)
    {
        var engine = SitrepEngine.Create();
        var inputs = new Dictionary<string, List<ArticleInput>>(StringComparer.Ordinal);
        var items = new List<ArticleItem>();
        foreach (var label in labels)
        {
            int hash = label.File.LastIndexOf('#');
            string path = Path.Combine(corpus, hash < 0 ? label.File : label.File[..hash]);
            try
            {
                if (!inputs.TryGetValue(path, out var all))
                {
                    inputs[path] = all = [.. new ArticleReader(new IngestOptions { Published = label.Published }).ReadAll(path, byLine: false)];
                }

                var input = hash < 0 ? all.FirstOrDefault() : all.FirstOrDefault(i => i.Source == path + label.File[hash..]);
                items.Add(input is null
                    ? new ArticleItem(items.Count, null, $"{path}: no story {label.File[(hash + 1)..]}", label.File)
                    : new ArticleItem(items.Count, input, null, label.File));
            }
            catch (IngestException ex)
            {
                items.Add(new ArticleItem(items.Count, null, ex.Message, label.File));
            }
        }

        var records = new Dictionary<string, SitrepRecord>(StringComparer.Ordinal);
        bool failed = false;
        foreach (var a in engine.AnalyzeMany(items))
        {
            if (a.Record is null)
            {
                error.WriteLine($"sitrep eval stories: {labels[a.Item].File}: {a.Error}");
                failed = true;
            }
            else
            {
                records[labels[a.Item].File] = a.Record;
            }
        }

        return failed ? null : records;
    }

    /// <summary>Writes the records into a fresh store keeping stories by <paramref name="rule"/>; each label's file → its story.</summary>
    private static Dictionary<string, string> Cluster(Dictionary<string, SitrepRecord> records, StoryRule rule, ITextEmbedder embedder)
    {
        string path = Path.Combine(Path.GetTempPath(), $"sitrep-stories-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        try
        {
            using (var store = StoreFactory.Open(path, forWriting: true, new StoryOptions(embedder) { Rule = rule }))
            {
                // One batch per 64 articles, in the labels' order, as an ingest writes them.
                foreach (var chunk in records.Values.DistinctBy(r => r.Document.Id).Chunk(64))
                {
                    store.Write(chunk);
                }

                var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var row in store.Query(new StoreQuery(QueryKind.Stories) { Limit = int.MaxValue }).Rows)
                {
                    foreach (string doc in store.StoryDocuments((string)row[0]!))
                    {
                        storyOf[doc] = (string)row[0]!;
                    }
                }

                // An article whose text another label also names (the same text twice) is in that one's story.
                return records.Where(kv => storyOf.ContainsKey(kv.Value.Document.Id)).ToDictionary(kv => kv.Key, kv => storyOf[kv.Value.Document.Id], StringComparer.Ordinal);
            }
        }
        finally
        {
            foreach (string f in new[] { path, path + "-wal", path + "-shm", path + ".lock" })
            {
                File.Delete(f);
            }
        }
    }

    /// <summary>Embeds each text once (the sweep writes the same articles many times).</summary>
    private sealed class CachingEmbedder(Sitrep.Embeddings.MiniLmEmbedder inner) : ITextEmbedder, IDisposable
    {
        private readonly Dictionary<string, float[]> _cache = new(StringComparer.Ordinal);

        public string Name => inner.Name;

        public int Dimensions => inner.Dimensions;

        public float[][] Embed(IReadOnlyList<string> texts)
        {
            var missing = texts.Where(t => !_cache.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
            var made = inner.Embed(missing);
            for (int i = 0; i < missing.Count; i++)
            {
                _cache[missing[i]] = made[i];
            }

            return [.. texts.Select(t => _cache[t])];
        }

        public void Dispose() => inner.Dispose();
    }
}
#endif
