using System.Globalization;
using CodeHollow.FeedReader;
using Sitrep.Core.Documents;

namespace Sitrep.Ingest.Web;

/// <summary>One article from a web source, or the one-line reason it could not be read.</summary>
/// <param name="Feed">The feed it came from (null for a page given directly).</param>
/// <param name="Item">Its key in that feed: the item's id, else its link.</param>
/// <param name="Seen">The feed item was taken before: nothing was fetched.</param>
/// <param name="Final">The error will not change on a retry (another language, no text): remember the item as taken.</param>
public readonly record struct WebArticle(ArticleInput? Input, string? Error, string Source, string? Feed = null, string? Item = null, bool Seen = false, bool Final = false);

/// <summary>
/// Reads articles from the web: a page (HTML or plain text) is one article; an RSS, Atom or JSON feed
/// (CodeHollow.FeedReader, from the text we fetched: it never downloads itself) gives one article per item, read from
/// the item's link, else from the item's own content. Items a store has seen are skipped before any fetch. A page in a
/// language other than English is refused, naming the language (<see cref="LanguageIdentifier"/>).
/// </summary>
public sealed class WebSource(WebFetcher fetcher, ArticleReader reader, LanguageIdentifier? languages = null)
{
    private readonly LanguageIdentifier _languages = languages ?? LanguageIdentifier.Shared;

    /// <summary>
    /// The articles at <paramref name="url"/>. <paramref name="seen"/> gives a feed's items taken before;
    /// with <paramref name="feedsOnly"/> an address that is not a feed is an error (what <c>sitrep watch</c> polls).
    /// </summary>
    public IEnumerable<WebArticle> Read(string url, Func<string, IReadOnlySet<string>>? seen = null, bool feedsOnly = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        FetchedResource fetched;
        Feed? feed = null;
        try
        {
            fetched = fetcher.Fetch(url, cancellationToken);
            if (IsFeed(fetched))
            {
                feed = Parse(fetched.Text, url);
            }
            else if (feedsOnly)
            {
                throw new IngestException($"{url}: not a feed ({(fetched.MediaType is { Length: > 0 } m ? m : "no content type")}, not RSS/Atom XML)");
            }
        }
        catch (IngestException ex)
        {
            return [new WebArticle(null, ex.Message, url)];
        }

        return feed is null ? [Page(fetched, url, null)] : Items(url, feed, seen?.Invoke(url), cancellationToken);
    }

    private IEnumerable<WebArticle> Items(string url, Feed feed, IReadOnlySet<string>? seen, CancellationToken cancellationToken)
    {
        foreach (var item in feed.Items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? link = item.Link is { Length: > 0 } l && Uri.TryCreate(new Uri(url), l.Trim(), out var abs) ? abs.ToString() : null;
            string key = item.Id is { Length: > 0 } id ? id.Trim() : link ?? (item.Title ?? "").Trim();
            string source = link ?? url + "#" + key;
            if (key.Length == 0)
            {
                yield return new WebArticle(null, $"{url}: an item with neither id, link nor title", url, url);
                continue;
            }

            if (seen?.Contains(key) == true)
            {
                yield return new WebArticle(null, null, source, url, key, Seen: true);
                continue;
            }

            DateOnly? date = item.PublishingDate is { } d ? DateOnly.FromDateTime(d) : null;
            WebArticle article;
            if (link is not null && WebFetcher.IsUrl(link))
            {
                try
                {
                    article = Page(fetcher.Fetch(link, cancellationToken), link, date);
                }
                catch (IngestException ex)
                {
                    article = new WebArticle(null, ex.Message, link);
                }
            }
            else if ((item.Content ?? item.Description) is { Length: > 0 } html)
            {
                article = Article(() => reader.FromHtml(html, source), source, date);
            }
            else
            {
                article = new WebArticle(null, $"{source}: a feed item with no link and no content", source, Final: true);
            }

            yield return article with { Feed = url, Item = key };
        }
    }

    private WebArticle Page(FetchedResource page, string source, DateOnly? date)
        => Article(() => page.MediaType == "text/plain" ? reader.FromPlainText(page.Text, source) : reader.FromHtml(page.Text, source), source, date);

    private WebArticle Article(Func<ArticleInput> read, string source, DateOnly? date)
    {
        try
        {
            var input = read();
            if (_languages.Identify(input.Text) is { } language && language.Code != "en")
            {
                return new WebArticle(null, $"{source}: the page is in {language.Name} ({language.Code}); Sitrep reads English", source, Final: true);
            }

            return new WebArticle(date is { } d && input.StatedPublished is null ? input with { StatedPublished = d } : input, null, source);
        }
        catch (IngestException ex)
        {
            return new WebArticle(null, ex.Message, source, Final: true);
        }
    }

    private static bool IsFeed(FetchedResource r)
    {
        if (r.MediaType is "application/rss+xml" or "application/atom+xml" or "application/rdf+xml" or "application/feed+json")
        {
            return true;
        }

        var head = r.Text.AsSpan(0, Math.Min(r.Text.Length, 1024)).TrimStart();
        if (head.Contains("<html", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return r.MediaType is "application/xml" or "text/xml" || head.StartsWith("<?xml", StringComparison.Ordinal) || head.StartsWith("<rss", StringComparison.Ordinal)
            || head.StartsWith("<feed", StringComparison.Ordinal) || head.StartsWith("<rdf:RDF", StringComparison.Ordinal);
    }

    private static Feed Parse(string text, string url)
    {
        try
        {
            return FeedReader.ReadFromString(text);
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or FormatException or ArgumentException or InvalidOperationException or NullReferenceException
            or CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException)
        {
            return ex is System.Xml.XmlException x
                ? throw new IngestException(string.Create(CultureInfo.InvariantCulture, $"{url}: not a valid feed (XML error at line {x.LineNumber}: {x.Message.Split(" Line ")[0].TrimEnd('.')})"), ex)
                : throw new IngestException($"{url}: not a valid feed ({ex.Message.TrimEnd('.')})", ex);
        }
    }
}
