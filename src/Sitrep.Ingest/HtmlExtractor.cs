using System.Text;
using AngleSharp.Html.Parser;
using Sitrep.Core.Documents;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest;

/// <summary>
/// Main-content extraction from an HTML page with a real HTML parser (AngleSharp). The page's text is cut into
/// blocks; each block is classed as prose, furniture or neither; the element with the most prose net of furniture
/// is the article (with same-class parts elsewhere); inside it, furniture-named elements are dropped and short lines
/// are kept where they sit among prose. Title, publication date and author come from meta tags, JSON-LD, the
/// headline and &lt;time&gt; elements.
/// </summary>
public static class HtmlExtractor
{
    /// <summary>The largest page accepted, in characters.</summary>
    public const int MaxChars = 32 * 1024 * 1024;

    private const int MaxDepth = 512;

    // JSON-LD articleBody is used instead when the page's own text comes out much shorter than it.
    private const int MinJsonLdBody = 500;

    /// <summary>The longest one page may take (pathological markup, e.g. tens of thousands of nested elements).</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    /// <summary>Extracts the article from <paramref name="html"/>.</summary>
    /// <returns>The article; its text is empty when the page holds no readable text.</returns>
    /// <exception cref="IngestException">The page is larger than <see cref="MaxChars"/> or takes longer than <see cref="TimeLimit"/>.</exception>
    public static ExtractedArticle Extract(string html, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > MaxChars)
        {
            throw new IngestException($"HTML page too large ({html.Length:N0} characters; the limit is {MaxChars:N0})");
        }

        // A watchdog: the HTML parser cannot be interrupted, so a page that takes too long is given up on.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var work = Task.Run(() => ExtractPage(html, stop.Token), stop.Token);
        if (!work.Wait(TimeLimit, cancellation))
        {
            stop.Cancel();
            throw new IngestException($"HTML page too complex: extraction took longer than {TimeLimit.TotalSeconds:0} s");
        }

        return work.GetAwaiter().GetResult();
    }

    private static ExtractedArticle ExtractPage(string html, CancellationToken cancellation)
    {

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, SkipComments = true, MaximumDepth = MaxDepth });
        using var page = parser.ParseDocument(html);
        var ld = JsonLdArticle.Find(page);
        var (title, published, author) = PageMetadata.Read(page, ld);

        var text = new StringBuilder();
        var headings = new List<CharRange>();
        var body = page.Body ?? page.DocumentElement;
        if (body is not null)
        {
            var blocks = ContentSelector.Select(body, BlockCollector.Collect(body, cancellation));
            Write(blocks, title, text, headings);
        }

        if (ld?.ArticleBody is { Length: >= MinJsonLdBody } ldBody && text.Length < ldBody.Length / 2)
        {
            text.Clear();
            headings.Clear();
            foreach (var line in ldBody.Split('\n'))
            {
                if (TextUtil.Collapse(line) is { } l)
                {
                    text.Append(l).Append('\n');
                }
            }
        }

        return new ExtractedArticle(title, published, author, text.ToString().TrimEnd('\n'), headings);
    }

    // One block per line; the headline and repeated lines are left out; headings are recorded.
    private static void Write(List<TextBlock> blocks, string? title, StringBuilder text, List<CharRange> headings)
    {
        string? last = null;
        foreach (var b in blocks)
        {
            if (string.Equals(b.Text, last, StringComparison.Ordinal)
                || (title is not null && b.Text.Length <= title.Length + 2 && string.Equals(b.Text.Trim(), title, StringComparison.OrdinalIgnoreCase)))
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
}
