using System.Text;
using Sitrep.Core.Documents;

namespace Sitrep.Ingest;

/// <summary>
/// Main-content extraction by SmartReader (a C# port of Mozilla's Readability), kept as a comparison engine
/// for <c>sitrep eval extraction --engine smartreader</c>. The HTML is passed in; nothing is fetched.
/// </summary>
public static class SmartReaderExtractor
{
    // SmartReader resolves relative links against this; it is never requested.
    private const string PlaceholderUri = "https://example.invalid/article";

    /// <summary>Extracts the article from <paramref name="html"/> with SmartReader.</summary>
    public static ExtractedArticle Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var article = new SmartReader.Reader(PlaceholderUri, html).GetArticle();
        string text = article.IsReadable ? Lines(article.TextContent ?? "") : "";
        DateOnly? published = article.PublicationDate is { } d ? DateOnly.FromDateTime(d) : null;
        string? author = string.IsNullOrWhiteSpace(article.Author) ? article.Byline : article.Author;
        return new ExtractedArticle(NullIfBlank(article.Title), published, NullIfBlank(author), text, []);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    // One non-empty, trimmed line per block of text.
    private static string Lines(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            var t = line.AsSpan().Trim();
            if (!t.IsEmpty)
            {
                sb.Append(t).Append('\n');
            }
        }

        return sb.ToString().TrimEnd('\n');
    }
}
