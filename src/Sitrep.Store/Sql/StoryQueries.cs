using System.Data.Common;
using System.Globalization;

namespace Sitrep.Store.Sql;

/// <summary>
/// The story queries: <c>stories</c> (one row per story: id, title = the headline of its earliest article, articles,
/// copies, sources, first and last date) and <c>story ID</c> (its timeline: events by date, and quotes). Copies count
/// as sources of their original's story; their items are not read (a copy is one article told again).
/// </summary>
internal static class StoryQueries
{
    public static readonly string[] StoryColumns = ["story_id", "title", "articles", "copies", "sources", "first_date", "last_date"];

    public static QueryResult Run(DbConnection connection, StoreQuery q)
    {
        try
        {
            return q.Kind == QueryKind.Stories ? Stories(connection, q.Limit) : Timeline(connection, Resolve(connection, q.Story), q.Limit);
        }
        catch (DbException ex)
        {
            throw new StoreException($"the query failed: {ex.Message.TrimEnd('.')}", ex);
        }
    }

    /// <summary>The documents of a story, originals then copies, each oldest first; none for an unknown story.</summary>
    public static IReadOnlyList<string> Documents(DbConnection connection, string story)
    {
        if (Resolve(connection, story, required: false) is not { } id)
        {
            return [];
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT d.doc_id AS doc_id, 0 AS copy, d.date AS date FROM story_docs s JOIN documents d ON d.doc_id = s.doc_id WHERE s.story_id = @story
            UNION ALL
            SELECT d.doc_id, 1, d.date FROM story_docs s JOIN duplicates c ON c.duplicate_of = s.doc_id JOIN documents d ON d.doc_id = c.doc_id WHERE s.story_id = @story
            ORDER BY copy, date, doc_id
            """;
        StoreQueries.Add(cmd, "@story", id);
        return [.. StoreQueries.Read(cmd).Rows.Select(r => (string)r[0]!)];
    }

    private static QueryResult Stories(DbConnection connection, int limit)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT s.story_id, count(*) AS articles, min(d.date) AS first_date, max(d.date) AS last_date
            FROM story_docs s JOIN documents d ON d.doc_id = s.doc_id
            GROUP BY s.story_id ORDER BY articles DESC, s.story_id LIMIT @limit
            """;
        StoreQueries.Add(cmd, "@limit", (long)limit);
        var stories = StoreQueries.Read(cmd).Rows;
        var rows = new List<object?[]>(stories.Count);
        using var members = connection.CreateCommand();
        members.CommandText = """
            SELECT d.title, d.source, d.date, d.doc_id, 0 AS copy FROM story_docs s JOIN documents d ON d.doc_id = s.doc_id WHERE s.story_id = @story
            UNION ALL
            SELECT d.title, d.source, d.date, d.doc_id, 1 FROM story_docs s JOIN duplicates c ON c.duplicate_of = s.doc_id
              JOIN documents d ON d.doc_id = c.doc_id WHERE s.story_id = @story
            """;
        var p = members.CreateParameter();
        p.ParameterName = "@story";
        members.Parameters.Add(p);
        foreach (var s in stories)
        {
            p.Value = s[0]!;
            var docs = StoreQueries.Read(members).Rows;
            var first = docs.Where(d => Convert.ToInt64(d[4], CultureInfo.InvariantCulture) == 0)
                .OrderBy(d => d[2] as string ?? "\uffff", StringComparer.Ordinal).ThenBy(d => (string)d[3]!, StringComparer.Ordinal).First();
            var sources = docs.Select(d => Outlet((string)d[1]!)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            rows.Add([s[0], first[0] as string ?? "", s[1], (long)docs.Count(d => Convert.ToInt64(d[4], CultureInfo.InvariantCulture) == 1), string.Join("; ", sources), s[2], s[3]]);
        }

        return new QueryResult(StoryColumns, rows);
    }

    /// <summary>
    /// The story's timeline: its events (date, category, actors, place, killed, evidence) and its quotes (speaker and
    /// words), by date, then article and position. The seam for incidents: they replace the event rows when they exist.
    /// </summary>
    private static QueryResult Timeline(DbConnection connection, string story, int limit)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT e.event_date AS date, 'event' AS item, e.type AS what, e.source_name AS who, e.target_name AS whom, e.place_name AS place,
              e.fatalities AS killed, e.evidence AS text, e.doc_id AS doc_id, e.span_start AS span_start, e.span_end AS span_end
            FROM events e JOIN story_docs s ON s.doc_id = e.doc_id WHERE s.story_id = @story
            UNION ALL
            SELECT d.date, 'quote', q.kind, q.speaker_name, NULL, NULL, NULL, q.text, q.doc_id, q.span_start, q.span_end
            FROM quotes q JOIN story_docs s ON s.doc_id = q.doc_id JOIN documents d ON d.doc_id = q.doc_id WHERE s.story_id = @story
            ORDER BY date, item, doc_id, span_start LIMIT @limit
            """;
        StoreQueries.Add(cmd, "@story", story);
        StoreQueries.Add(cmd, "@limit", (long)limit);
        return StoreQueries.Read(cmd);
    }

    /// <summary>The story a full id or a unique prefix names; a one-line error otherwise.</summary>
    private static string Resolve(DbConnection connection, string? story) => Resolve(connection, story, required: true)!;

    private static string? Resolve(DbConnection connection, string? story, bool required)
    {
        if (string.IsNullOrWhiteSpace(story))
        {
            throw new StoreException("story needs a story ID (sitrep query stories lists them)");
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT DISTINCT story_id FROM story_docs WHERE story_id >= @from AND story_id < @to ORDER BY story_id LIMIT 2";
        string id = story.Trim().ToLowerInvariant();
        StoreQueries.Add(cmd, "@from", id);
        StoreQueries.Add(cmd, "@to", id + "\uffff");
        var found = StoreQueries.Read(cmd).Rows;
        return found.Count switch
        {
            0 when !required => null,
            0 => throw new StoreException($"no story '{story}' in the store (sitrep query stories lists them)"),
            > 1 when !found.Any(r => (string)r[0]! == id) => throw new StoreException($"story '{story}' is ambiguous: give more of its id"),
            _ => found.Any(r => (string)r[0]! == id) ? id : (string)found[0][0]!,
        };
    }

    /// <summary>Who published a source: a web address's host (without www.), else the folder of the file.</summary>
    public static string Outlet(string source)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps))
        {
            return u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host;
        }

        string path = source.Split('#')[0];
        string? dir = Path.GetFileName(Path.GetDirectoryName(path));
        return string.IsNullOrEmpty(dir) ? path : dir;
    }
}
