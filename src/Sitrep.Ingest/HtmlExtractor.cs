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
    private static readonly string[] s_junk = ["script", "style", "noscript", "template", "svg", "iframe", "form", "nav", "header", "footer", "aside", "button", "select", "figure figcaption"];
    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase) { "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "DD", "DT", "TD" };

    /// <summary>Extracts the article from <paramref name="html"/>.</summary>
    public static ExtractedArticle Extract(string html)
    {
        var parser = new HtmlParser();
        using var doc = parser.ParseDocument(html);
        string? title = Meta(doc, "og:title") ?? doc.QuerySelector("h1")?.TextContent.Trim() ?? doc.Title?.Trim();
        DateOnly? published = ParseDate(Meta(doc, "article:published_time") ?? Meta(doc, "datePublished") ?? Meta(doc, "date")
            ?? doc.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content") ?? doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        string? author = Meta(doc, "author") ?? Meta(doc, "article:author") ?? doc.QuerySelector("[rel=author]")?.TextContent.Trim();

        foreach (var selector in s_junk)
        {
            foreach (var e in doc.QuerySelectorAll(selector).ToList())
            {
                e.Remove();
            }
        }

        var root = BestContainer(doc.Body) ?? doc.Body;
        var text = new StringBuilder();
        var headings = new List<CharRange>();
        if (root is not null)
        {
            Collect(root, text, headings);
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

    private static IElement? BestContainer(IElement? body)
    {
        if (body is null)
        {
            return null;
        }

        var scores = new Dictionary<IElement, double>();
        foreach (var p in body.QuerySelectorAll("p"))
        {
            int len = p.TextContent.Trim().Length;
            if (len < 25)
            {
                continue;
            }

            if (p.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + len;
                if (parent.ParentElement is { } grand)
                {
                    scores[grand] = scores.GetValueOrDefault(grand) + len / 2.0;
                }
            }
        }

        return scores.Count == 0 ? body : scores.MaxBy(kv => kv.Value).Key;
    }

    private static void Collect(IElement element, StringBuilder text, List<CharRange> headings)
    {
        foreach (var child in element.Children)
        {
            if (s_blocks.Contains(child.TagName) && !child.Children.Any(c => s_blocks.Contains(c.TagName)))
            {
                string block = Clean(child.TextContent);
                if (block.Length == 0)
                {
                    continue;
                }

                int start = text.Length;
                text.Append(block).Append('\n');
                if (child.TagName.Length == 2 && child.TagName[0] == 'H')
                {
                    headings.Add(new CharRange(start, start + block.Length));
                }
            }
            else
            {
                Collect(child, text, headings);
            }
        }
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
