namespace Sitrep.Core.Documents;

/// <summary>What ingest hands to the pipeline: the normalized text and what the source said about it.</summary>
/// <param name="Text">The normalized text every offset will point into.</param>
/// <param name="Source">File name or URL the article came from.</param>
public sealed record ArticleInput(string Text, string Source)
{
    /// <summary>Publication date given by the caller (<c>--published</c>); it wins over anything stated.</summary>
    public DateOnly? GivenPublished { get; init; }

    /// <summary>Title found by ingest (HTML metadata); plain text leaves it null and the structure finder reads the first line.</summary>
    public string? Title { get; init; }

    /// <summary>Publication date found by ingest (HTML metadata), if any.</summary>
    public DateOnly? StatedPublished { get; init; }

    /// <summary>Author found by ingest, if any.</summary>
    public string? Author { get; init; }

    /// <summary>True when the text was extracted from HTML (its lines are blocks of the page).</summary>
    public bool FromHtml { get; init; }

    /// <summary>Character ranges of lines that the source marked as headings (HTML h2–h6).</summary>
    public IReadOnlyList<CharRange> HeadingHints { get; init; } = [];
}
