using System.Globalization;
using AngleSharp.Dom;
using Sitrep.Core.Documents;
using Sitrep.Core.Text;

namespace Sitrep.Ingest.Html;

/// <summary>The title, publication date and author of a page, from its meta tags, JSON-LD, headline and &lt;time&gt; elements.</summary>
internal static class PageMetadata
{
    private static readonly string[] s_dateMeta =
    [
        "article:published_time", "og:published_time", "og:pubdate", "pubdate", "publishdate", "publish-date", "publish_date",
        "datepublished", "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created",
        "dcterms.date", "citation_publication_date", "date", "article:modified_time",
    ];

    private static readonly string[] s_authorMeta = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator"];

    /// <summary>Reads the metadata of <paramref name="page"/> (before any element is removed).</summary>
    public static (string? Title, DateOnly? Published, string? Author) Read(IDocument page, JsonLdArticle? ld)
    {
        var meta = MetaValues(page);
        return (Title(page, meta, ld), Published(page, meta, ld), Author(page, meta, ld));
    }

    private static Dictionary<string, string> MetaValues(IDocument page)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in page.QuerySelectorAll("meta[content]"))
        {
            string? key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            string? content = m.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
            {
                values.TryAdd(key.Trim(), content.Trim());
            }
        }

        return values;
    }

    private static string? Title(IDocument page, Dictionary<string, string> meta, JsonLdArticle? ld)
    {
        string? og = meta.GetValueOrDefault("og:title") ?? meta.GetValueOrDefault("twitter:title");
        string? documentTitle = TextUtil.Collapse(page.Title);
        string? h1 = page.Body?.QuerySelector("h1") is { } e ? TextUtil.Collapse(e.TextContent) : null;
        if (h1 is { Length: > 0 } && new[] { og, ld?.Headline, documentTitle }.Any(t => t is not null && t.Contains(h1, StringComparison.OrdinalIgnoreCase)))
        {
            return h1;
        }

        string? title = TextUtil.Collapse(og) ?? TextUtil.Collapse(ld?.Headline) ?? (h1 is { Length: > 0 } ? h1 : null) ?? documentTitle;
        return title is null ? null : StripSiteName(title);
    }

    // "Headline - Site Name" / "Headline | Site": keep the longest part.
    private static string StripSiteName(string title)
    {
        foreach (string sep in (string[])[" | ", " - ", " — ", " – ", " :: "])
        {
            int at = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (at > 0 && title.Length - at - sep.Length < at && title.Length - at - sep.Length <= 40)
            {
                return title[..at].Trim();
            }
        }

        return title;
    }

    private static DateOnly? Published(IDocument page, Dictionary<string, string> meta, JsonLdArticle? ld)
    {
        foreach (string key in s_dateMeta)
        {
            if (meta.TryGetValue(key, out var v) && ParseDate(v) is { } d)
            {
                return d;
            }
        }

        if (ParseDate(ld?.DatePublished) is { } fromLd)
        {
            return fromLd;
        }

        foreach (var e in page.QuerySelectorAll("[itemprop=datePublished], time[pubdate], time[datetime]"))
        {
            if (ParseDate(e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent) is { } d)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>A date from an ISO timestamp ("2019-11-18T10:45:00Z"), "2019/11/18", "20191118" or a written date ("Nov. 18, 2019").</summary>
    internal static DateOnly? ParseDate(string? value)
        => ParseAnyDate(value) is { } d && DocumentDates.IsPlausible(d) ? d : null; // "0001-01-01" placeholders are no date

    private static DateOnly? ParseAnyDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var s = value.AsSpan().Trim();
        if (s.Length >= 10 && char.IsAsciiDigit(s[0]) && (s[4] == '-' || s[4] == '/')
            && DateOnly.TryParseExact(s[..10], s[4] == '-' ? "yyyy-MM-dd" : "yyyy/MM/dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        if (s.Length == 8 && DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact))
        {
            return compact;
        }

        if (CalendarText.TryParseFullDate(s, out var written))
        {
            return written;
        }

        return s.Length <= 64 && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var any)
            ? DateOnly.FromDateTime(any.Date)
            : null;
    }

    private static string? Author(IDocument page, Dictionary<string, string> meta, JsonLdArticle? ld)
    {
        if (CleanAuthor(ld?.Author) is { } fromLd)
        {
            return fromLd;
        }

        foreach (string key in s_authorMeta)
        {
            if (meta.TryGetValue(key, out var v) && CleanAuthor(v) is { } a)
            {
                return a;
            }
        }

        foreach (var e in page.QuerySelectorAll("[itemprop=author], [rel=author], .byline, .author-name, .byline__name"))
        {
            string? text = e.GetAttribute("content") ?? e.QuerySelector("[itemprop=name]")?.TextContent ?? e.TextContent;
            if (CleanAuthor(text) is { } a)
            {
                return a;
            }
        }

        return null;
    }

    // "humans.txt", "example.com": not a person.
    private static bool LooksLikeFileOrHost(string s)
    {
        int dot = s.LastIndexOf('.');
        return dot > 0 && s.Length - dot - 1 is >= 2 and <= 4 && !s.Contains(' ', StringComparison.Ordinal) && !s.AsSpan(dot + 1).ContainsAnyExceptInRange('a', 'z');
    }

    private static string? CleanAuthor(string? value)
    {
        string? s = TextUtil.Collapse(value);
        if (s is null || s.StartsWith("http", StringComparison.OrdinalIgnoreCase) || s.StartsWith('@') || s.Contains("://", StringComparison.Ordinal)
            || LooksLikeFileOrHost(s))
        {
            return null;
        }

        if (s.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[3..].TrimStart();
        }

        return s.Length is 0 or > 100 ? null : s;
    }
}
