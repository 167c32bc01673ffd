using Sitrep.Core.Articles;
using Sitrep.Core.Documents;

namespace Sitrep.Fuzz;

/// <summary>
/// The structure finder (title, byline, dateline, posts, pull quotes, sections) on any text: every span is inside the
/// text and says what its range holds; the title is the first line; body lines, posts and sections are in order.
/// </summary>
internal static class StructureTarget
{
    public static void Run(ReadOnlySpan<byte> data)
    {
        string text = Check.Text(data).Replace("\r\n", "\n", StringComparison.Ordinal);
        var s = StructureFinder.Find(new ArticleInput(text, "fuzz"));
        if (s.Title is null)
        {
            return;
        }

        Check.Span(text, s.Title, "title");
        Check.That(s.Title.Range.End == text.Length || text.IndexOf('\n', s.Title.Range.Start, s.Title.Range.Length) < 0, "the title spans lines");
        foreach (var (what, span) in new[] { ("subtitle", s.Subtitle), ("dateline", s.Dateline), ("byline", s.Byline) })
        {
            Check.Span(text, span, what);
        }

        if (s.Published is { } p)
        {
            Check.Range(text, p.Evidence, "stated date");
        }

        foreach (var section in s.Sections)
        {
            Check.Span(text, section.Heading, "section heading");
            Check.Range(text, section.Range, "section");
            Check.That(section.Range.Contains(section.Heading.Range), $"section {section.Range} does not hold its heading");
        }

        Check.Ordered(s.Sections.Select(x => x.Range), "section");
        foreach (var post in s.EmbeddedPosts)
        {
            Check.Range(text, post.Range, "embedded post");
            Check.That(post.Range.Contains(post.TextRange), $"embedded post {post.Range} does not hold its text");
            Check.Span(text, post.Author, "post author");
            Check.Span(text, post.Handle, "post handle");
            if (post.DateRange is { } d)
            {
                Check.Range(text, d, "post date");
            }
        }

        Check.Ordered(s.EmbeddedPosts.Select(x => x.Range), "embedded post");
        foreach (var pull in s.PullQuotes)
        {
            Check.Range(text, pull.Range, "pull quote");
            Check.Span(text, pull.Attribution, "pull quote attribution");
        }

        Check.Ordered(s.PullQuotes.Select(x => x.Range), "pull quote");
        foreach (var b in s.Body)
        {
            Check.Range(text, b, "body line");
        }

        Check.Ordered(s.Body, "body line");
    }
}
