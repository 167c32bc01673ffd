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
public readonly record struct ArticleItem(int FileIndex, ArticleInput? Input, string? Error, string Source);
