using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Record;
using Sitrep.Ingest;

namespace Sitrep.Evaluation;

/// <summary>A reference reading that cannot be read (the message names the file).</summary>
public sealed class ArticleReadingException(string message, Exception inner) : Exception(message, inner);

/// <summary>The hand-made reference readings of whole articles (<c>eval/articles/gold/*.json</c>) and the records they are scored on.</summary>
public static class ArticleReadings
{
    /// <summary>The readings of <paramref name="goldDir"/> in name order, only those of <paramref name="split"/> (tune or check) unless it is "all".</summary>
    public static IReadOnlyList<(string Name, JsonElement Gold)> Load(string goldDir, string split)
    {
        var readings = new List<(string Name, JsonElement Gold)>();
        foreach (string path in Directory.GetFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllText(path));
                var gold = json.RootElement.Clone();
                if (split == "all" || (gold.TryGetProperty("split", out var sp) && sp.ValueKind == JsonValueKind.String && sp.GetString() == split))
                {
                    readings.Add((Path.GetFileName(path), gold));
                }
            }
            catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
            {
                throw new ArticleReadingException($"{path}: {ex.Message}", ex);
            }
        }

        return readings;
    }

    /// <summary>
    /// Reads the article of a reading as <c>sitrep analyze</c> would ("FILE#NEWID" names one story of a Reuters .sgm file,
    /// relative to <paramref name="root"/>), with the reading's "published" date when it gives one, and returns its
    /// sitrep/1 record; null with the <paramref name="problem"/> when it cannot.
    /// </summary>
    public static JsonElement? Analyze(JsonElement gold, string root, SitrepPipeline pipeline, out string? problem)
    {
        problem = null;
        string? file = gold.TryGetProperty("file", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        if (string.IsNullOrEmpty(file))
        {
            problem = "no \"file\" naming the article";
            return null;
        }

        DateOnly? published = null;
        if (gold.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String)
        {
            if (!DateOnly.TryParseExact(p.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                problem = $"\"published\" '{p.GetString()}' is not a date of the form YYYY-MM-DD";
                return null;
            }

            published = d;
        }

        string path = Path.Combine(root, file);
        var reader = new ArticleReader(new IngestOptions { Published = published });
        try
        {
            var input = reader.ReadAll(path, byLine: false).First();
            var document = pipeline.Process(input);
            using var json = JsonDocument.Parse(RecordWriter.ToJson(RecordMapper.Map(document), indented: false));
            return json.RootElement.Clone();
        }
        catch (Exception ex) when (ex is IngestException or PipelineComponentException)
        {
            problem = ex.Message;
            return null;
        }
    }
}
