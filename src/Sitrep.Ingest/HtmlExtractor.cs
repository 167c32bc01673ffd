using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Core.Documents;

namespace Sitrep.Ingest;

/// <summary>
/// Main-content extraction from an HTML page with a real HTML parser (AngleSharp): drops page furniture,
/// picks the element whose paragraphs hold the most text, and returns its blocks one per line, with the
/// title, publication date and author from the page's metadata.
/// </summary>
public static class HtmlExtractor
{

    /// <summary>Extracts the article from <paramref name="html"/>.</summary>
    public static ExtractedArticle Extract(string html)
    {
        var parser = new HtmlParser();
        using var doc = parser.ParseDocument(html);
        string? title = Meta(doc, "og:title") ?? doc.QuerySelector("h1")?.TextContent.Trim() ?? doc.Title?.Trim();
        DateOnly? published = ParseDate(Meta(doc, "article:published_time") ?? Meta(doc, "datePublished") ?? Meta(doc, "date")
            ?? doc.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content") ?? doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        string? author = Meta(doc, "author") ?? Meta(doc, "article:author") ?? doc.QuerySelector("[rel=author]")?.TextContent.Trim();

        var body = doc.Body ?? doc.DocumentElement;
        var text = new StringBuilder();
        var headings = new List<CharRange>();
        if (body is not null)
        {
            var blocks = Html.ContentSelector.Select(body, Html.BlockCollector.Collect(body));
            string? last = null;
            foreach (var b in blocks)
            {
                if (b.Text == last || (b.HeadingLevel > 0 && title is not null && string.Equals(Clean(b.Text), Clean(title), StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                last = b.Text;
                int start = text.Length;
                text.Append(b.Text).Append('\n');
                if (b.HeadingLevel > 0)
                {
                    headings.Add(new CharRange(start, start + b.Text.Length));
                }
            }
        }

        return new ExtractedArticle(string.IsNullOrWhiteSpace(title) ? null : Clean(title), published, string.IsNullOrWhiteSpace(author) ? null : Clean(author), text.ToString().TrimEnd('\n'), headings);
    }

    private static string? Meta(IDocument doc, string name)
    {
        var e = doc.QuerySelector($"meta[property='{name}'], meta[name='{name}'], meta[itemprop='{name}']");
        var v = e?.GetAttribute("content");
        return string.IsNullOrWhiteSpace(v) ? null : v.Trim();
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (value is null || value.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    private static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
            }
            else
            {
                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
