using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sitrep.Tamper;

/// <summary>One real article to tamper with: its id (source and file), plain text and publication date when the source gives one.</summary>
internal sealed record Article(string Id, string Source, string Text, DateOnly? Published);

/// <summary>Reads the news corpora under ../shared/data as plain-text articles (in name order, so runs are reproducible).</summary>
internal static partial class Sources
{
    public static IEnumerable<Article> All(string data, int reutersLimit)
        => Bbc(data).Concat(Reuters(data).Take(reutersLimit)).Concat(Polnear(data)).Concat(Benchmark(data));

    /// <summary>BBC News full text (2004–2005): no publication date in the files.</summary>
    public static IEnumerable<Article> Bbc(string data)
    {
        string root = Path.Combine(data, "news-bbc-fulltext", "bbc");
        foreach (var file in Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string rel = Path.GetRelativePath(root, file).Replace('\\', '/');
            string text = File.ReadAllText(file, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            yield return new Article("bbc/" + rel, "bbc", text + "\n", null);
        }
    }

    /// <summary>Reuters-21578: title and body of each story with a body of some length, hard line wraps joined into paragraphs.</summary>
    public static IEnumerable<Article> Reuters(string data)
    {
        string root = Path.Combine(data, "news-reuters21578");
        foreach (var file in Directory.EnumerateFiles(root, "*.sgm").Order(StringComparer.Ordinal))
        {
            string sgm = File.ReadAllText(file, Encoding.Latin1);
            foreach (Match m in ReutersRegex().Matches(sgm))
            {
                string body = m.Groups["body"].Value;
                if (body.Length < 800)
                {
                    continue;
                }

                var date = DateOnly.TryParseExact(m.Groups["date"].Value.Trim()[..11], "d-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
                string title = WebUtility.HtmlDecode(m.Groups["title"].Value).Trim();
                string dateline = WebUtility.HtmlDecode(m.Groups["dateline"].Value).Trim();
                var paragraphs = WebUtility.HtmlDecode(body).Replace("\r", "", StringComparison.Ordinal).Split("\n    ")
                    .Select(p => WhitespaceRegex().Replace(p, " ").Trim())
                    .Where(p => p.Length > 0)
                    .ToList();
                if (paragraphs.Count > 0)
                {
                    paragraphs[^1] = TrailerRegex().Replace(paragraphs[^1], "").Trim();
                    paragraphs[0] = dateline + " " + paragraphs[0];
                }

                string text = TitleCase(title) + "\n\n" + string.Join("\n\n", paragraphs.Where(p => p.Length > 0)) + "\n";
                yield return new Article("reuters/" + m.Groups["id"].Value, "reuters", text, date);
            }
        }
    }

    /// <summary>PolNeAR training texts (2015–2016 US politics) with their publication dates from metadata.tsv.</summary>
    public static IEnumerable<Article> Polnear(string data)
    {
        string root = Path.Combine(data, "polnear");
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(root, "metadata.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length > 5 && DateOnly.TryParseExact(f[5], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                dates[f[1]] = d;
            }
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "train", "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(file);
            string text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            yield return new Article("polnear/" + name, "polnear", text + "\n", dates.TryGetValue(name, out var d) ? d : null);
        }
    }

    /// <summary>The article-extraction-benchmark dev pages' gold article bodies (no reliable dates).</summary>
    public static IEnumerable<Article> Benchmark(string data)
    {
        using var stream = File.OpenRead(Path.Combine(data, "article-extraction-benchmark", "ground-truth.dev.json"));
        using var json = JsonDocument.Parse(stream);
        foreach (var p in json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            string body = p.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : "";
            if (body.Length >= 800)
            {
                yield return new Article("benchmark/" + p.Name[..16], "benchmark", body.Trim() + "\n", null);
            }
        }
    }

    private static string TitleCase(string title)
    {
        if (title.Any(char.IsLower))
        {
            return title;
        }

        var words = title.ToLowerInvariant().Split(' ');
        return string.Join(' ', words.Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    [GeneratedRegex(@"<REUTERS[^>]*NEWID=""(?<id>\d+)"">.*?<DATE>(?<date>[^<]+)</DATE>.*?(?:<TITLE>(?<title>[^<]*)</TITLE>)?\s*(?:<DATELINE>(?<dateline>[^<]*)</DATELINE>)?\s*<BODY>(?<body>.*?)</BODY>", RegexOptions.Singleline)]
    private static partial Regex ReutersRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex(@"\s*Reuter\s*(&#3;|\u0003)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailerRegex();
}
