using System.Diagnostics;
using System.Text.Json;
using Sitrep.Ingest;

namespace Sitrep.Evaluation;

/// <summary>
/// Runs an extractor over a benchmark folder laid out like the Scrapinghub/Zyte article-extraction benchmark
/// (<c>html/ID.html.gz</c> plus <c>ground-truth*.json</c> = {ID: {"articleBody": …}}) and scores it with
/// <see cref="ShingleMetric"/>.
/// </summary>
public static class ExtractionBenchmark
{
    /// <summary>Scores <paramref name="extract"/> (HTML in, body text out) on every page of <paramref name="dataDir"/>.</summary>
    /// <param name="dataDir">The benchmark folder.</param>
    /// <param name="extract">The extractor under test.</param>
    /// <param name="onPage">Called with each page id and its extracted text (e.g. to save it), or null.</param>
    /// <param name="cancellation">Stops the run between pages.</param>
    /// <exception cref="IngestException">The folder has no ground truth or no pages, or a file cannot be read.</exception>
    public static BenchmarkResult Run(string dataDir, Func<string, string> extract, Action<string, string>? onPage = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(dataDir);
        ArgumentNullException.ThrowIfNull(extract);
        var truth = ReadTruth(dataDir);
        string htmlDir = Path.Combine(dataDir, "html");
        if (!Directory.Exists(htmlDir))
        {
            throw new IngestException($"{dataDir}: no html/ folder");
        }

        var reader = new ArticleReader(new IngestOptions { MaxBytes = 64L * 1024 * 1024 });
        var pages = new List<PageResult>();
        var counts = new List<PageCounts>();
        var exact = new List<bool>();
        long ticks = 0;
        long chars = 0;
        foreach (var (id, body) in truth.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            cancellation.ThrowIfCancellationRequested();
            string path = Path.Combine(htmlDir, id + ".html.gz");
            string predicted = "";
            string? failure = null;
            if (File.Exists(path))
            {
                var (html, _) = reader.ReadText(path, allowEmpty: true);
                chars += html.Length;
                long start = Stopwatch.GetTimestamp();
                try
                {
                    predicted = extract(html);
                }
                catch (IngestException ex)
                {
                    failure = ex.Message;
                }

                ticks += Stopwatch.GetTimestamp() - start;
            }
            else
            {
                failure = "page missing";
            }

            onPage?.Invoke(id, predicted);
            var t = ShingleMetric.Tokenize(body);
            var p = ShingleMetric.Tokenize(predicted);
            var c = ShingleMetric.Compare(t, p);
            counts.Add(c);
            exact.Add(t.SequenceEqual(p, StringComparer.Ordinal));
            pages.Add(new PageResult(id, c, failure));
        }

        if (pages.Count == 0)
        {
            throw new IngestException($"{dataDir}: the ground truth lists no pages");
        }

        double seconds = (double)ticks / Stopwatch.Frequency;
        return new BenchmarkResult(ExtractionScore.From(counts, exact), pages, seconds, chars);
    }

    private static Dictionary<string, string> ReadTruth(string dataDir)
    {
        if (!Directory.Exists(dataDir))
        {
            throw new IngestException($"{dataDir}: no such folder");
        }

        string? file = Directory.EnumerateFiles(dataDir, "ground-truth*.json").Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new IngestException($"{dataDir}: no ground-truth*.json");
        try
        {
            using var stream = File.OpenRead(file);
            using var json = JsonDocument.Parse(stream);
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in json.RootElement.EnumerateObject())
            {
                string body = item.Value.ValueKind == JsonValueKind.Object && item.Value.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String
                    ? b.GetString() ?? ""
                    : "";
                result[item.Name] = body;
            }

            return result;
        }
        catch (JsonException ex)
        {
            throw new IngestException($"{file}: not valid JSON ({ex.Message})", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new IngestException($"{file}: expected a JSON object id -> {{articleBody}} ({ex.Message})", ex);
        }
    }
}
