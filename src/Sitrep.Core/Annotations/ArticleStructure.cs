using Sitrep.Core.Documents;

namespace Sitrep.Core.Annotations;

/// <summary>The article's furniture: headline, standfirst, sections, dateline, posts and pull quotes.</summary>
public sealed record ArticleStructure
{
    public TextSpan? Title { get; init; }

    public TextSpan? Subtitle { get; init; }

    public IReadOnlyList<Section> Sections { get; init; } = [];

    public IReadOnlyList<EmbeddedPost> EmbeddedPosts { get; init; } = [];

    public IReadOnlyList<PullQuote> PullQuotes { get; init; } = [];

    /// <summary>A dateline such as "KYIV, Aug 7 (Reuters) -", if the article opens with one.</summary>
    public TextSpan? Dateline { get; init; }

    /// <summary>A publication date the article states ("Published 7 August 2025"), with its evidence.</summary>
    public StatedDate? Published { get; init; }

    /// <summary>A byline ("By Jane Doe"), if any.</summary>
    public TextSpan? Byline { get; init; }

    /// <summary>The character ranges that are the article's running prose (not title, headings, post footers…).</summary>
    public IReadOnlyList<CharRange> Body { get; init; } = [];
}

/// <summary>A piece of text and where it stands.</summary>
public sealed record TextSpan(string Text, CharRange Range);

/// <summary>A date the text states, with the words that state it.</summary>
public sealed record StatedDate(DateOnly Value, CharRange Evidence);

/// <summary>A section: its heading and the range from the heading to the next heading or the end.</summary>
public sealed record Section(TextSpan Heading, CharRange Range);

/// <summary>A social-media post quoted in the article, with its signature line.</summary>
public sealed record EmbeddedPost
{
    public required CharRange Range { get; init; }

    /// <summary>The post's own words.</summary>
    public required CharRange TextRange { get; init; }

    public TextSpan? Author { get; init; }

    public TextSpan? Handle { get; init; }

    public DateOnly? Date { get; init; }

    public CharRange? DateRange { get; init; }

    /// <summary>The platform the signature or the text names ("Truth Social", "X"), if any.</summary>
    public string? Platform { get; init; }
}

/// <summary>A pull quote set off from the prose, with its attribution line.</summary>
public sealed record PullQuote(CharRange Range, CharRange TextRange, TextSpan? Attribution);
