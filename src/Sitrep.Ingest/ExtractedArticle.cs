using Sitrep.Core.Documents;

namespace Sitrep.Ingest;

/// <summary>What main-content extraction found in a page.</summary>
/// <param name="Title">The headline, or null.</param>
/// <param name="Published">The publication date from the page's metadata, or null.</param>
/// <param name="Author">The author from the page's metadata or byline, or null.</param>
/// <param name="Text">The main content, one block (paragraph, heading, list item) per line.</param>
/// <param name="Headings">The lines of <paramref name="Text"/> that were headings in the page.</param>
public sealed record ExtractedArticle(string? Title, DateOnly? Published, string? Author, string Text, IReadOnlyList<CharRange> Headings);
