namespace Sitrep.Store;

/// <summary>The queries over a store (<c>sitrep query …</c>).</summary>
public enum QueryKind
{
    Search,
    People,
    Orgs,
    Quotes,
    Events,
    Timeline,
    Findings,
    Places,

    /// <summary>Copies (near-duplicates) with the original each copies and the similarity.</summary>
    Duplicates,

    /// <summary>Stories: one row per story, largest first (<c>Sql/StoryQueries.cs</c>).</summary>
    Stories,

    /// <summary>One story's timeline (<see cref="StoreQuery.Story"/>): its events by date, and its quotes.</summary>
    Story,

    /// <summary>Incidents (one happening, many reports), most sources first; filters: who, where, since, until, type, <see cref="StoreQuery.MinSources"/>.</summary>
    Incidents,

    /// <summary>The reports of incident <see cref="StoreQuery.Text"/>: document, event, evidence and figures per source.</summary>
    Incident,

    /// <summary>Contradictions between sources (source_conflict, superseded_figure); <see cref="StoreQuery.Type"/> a kind, <see cref="StoreQuery.Text"/> an incident.</summary>
    SourceFindings,
}

/// <summary>One query with its filters; unused filters are null. Dates are YYYY-MM-DD (a prefix such as 2025-08 works).</summary>
public sealed record StoreQuery(QueryKind Kind)
{
    public string? Text { get; init; }

    public string? Who { get; init; }

    public string? About { get; init; }

    public string? Type { get; init; }

    public string? Where { get; init; }

    public string? Since { get; init; }

    public string? Until { get; init; }

    /// <summary>A story id (the lowest content id of its articles; a unique prefix works).</summary>
    public string? Story { get; init; }

    public int Limit { get; init; } = 50;

    /// <summary>Incidents: at least this many sources (distinct original documents).</summary>
    public int MinSources { get; init; } = 2;
}

/// <summary>A query's answer as a table: column names and rows of values (string, long, double or null).</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
