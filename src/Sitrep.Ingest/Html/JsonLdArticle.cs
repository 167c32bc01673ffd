using System.Text.Json;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>What a page's schema.org JSON-LD says about its article (NewsArticle, BlogPosting, …).</summary>
/// <param name="Headline">The headline, or null.</param>
/// <param name="DatePublished">The datePublished value as written, or null.</param>
/// <param name="Author">The author names joined with ", ", or null.</param>
/// <param name="ArticleBody">The articleBody text, or null.</param>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Author, string? ArticleBody)
{
    private const int MaxScriptChars = 2_000_000;

    /// <summary>The first article object in the page's ld+json scripts, or null (malformed JSON is ignored).</summary>
    public static JsonLdArticle? Find(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            string json = script.TextContent;
            if (json.Length is 0 or > MaxScriptChars)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                if (FindArticle(doc.RootElement, 0) is { } found)
                {
                    return found;
                }
            }
            catch (JsonException)
            {
                // A broken script is common on the web; the page's other metadata still counts.
            }
        }

        return null;
    }

    private static JsonLdArticle? FindArticle(JsonElement e, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                if (FindArticle(item, depth + 1) is { } a)
                {
                    return a;
                }
            }

            return null;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (IsArticleType(e))
        {
            return new JsonLdArticle(Text(e, "headline") ?? Text(e, "name"), Text(e, "datePublished") ?? Text(e, "dateCreated"), Names(e), Text(e, "articleBody"));
        }

        return e.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
    }

    private static bool IsArticleType(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return IsArticleName(type.GetString());
        }

        return type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleName(t.GetString()));
    }

    private static bool IsArticleName(string? name)
        => name is not null && (name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "Report" or "LiveBlogPosting" or "SocialMediaPosting");

    private static string? Text(JsonElement e, string property)
        => e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    private static string? Names(JsonElement e)
    {
        if (!e.TryGetProperty("author", out var author))
        {
            return null;
        }

        var names = new List<string>();
        void Add(JsonElement a)
        {
            if (a.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(a.GetString()))
            {
                names.Add(a.GetString()!.Trim());
            }
            else if (a.ValueKind == JsonValueKind.Object && Text(a, "name") is { } n)
            {
                names.Add(n);
            }
        }

        if (author.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in author.EnumerateArray())
            {
                Add(a);
            }
        }
        else
        {
            Add(author);
        }

        return names.Count == 0 ? null : string.Join(", ", names.Distinct(StringComparer.Ordinal));
    }
}
