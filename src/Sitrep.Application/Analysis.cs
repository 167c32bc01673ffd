using Sitrep.Core.Documents;
using Sitrep.Core.Record;

namespace Sitrep.Application;

/// <summary>
/// One article's outcome: its document and record, or the one-line error that stopped it. <see cref="Item"/> is the
/// article's position in the run (0-based), <see cref="FileIndex"/> the input file it came from (for progress).
/// </summary>
public sealed record Analysis(int Item, int FileIndex, string Source, Document? Document, SitrepRecord? Record, string? Error)
{
    public bool Failed => Error is not null;
}

/// <summary>An article to analyse, or the reason one input could not be read.</summary>
public readonly record struct ArticleItem(int FileIndex, ArticleInput? Input, string? Error, string Source)
{
    /// <summary>The feed and the item's key in it, for an article from a feed (remembered as taken once stored).</summary>
    public (string Feed, string Item)? FeedItem { get; init; }

    /// <summary>A feed item taken before: neither fetched nor analysed.</summary>
    public bool Seen { get; init; }

    /// <summary>The error will not change on a retry: the feed item is remembered as taken all the same.</summary>
    public bool Final { get; init; }
}
