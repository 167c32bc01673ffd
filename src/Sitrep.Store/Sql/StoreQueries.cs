using System.Globalization;
using System.Text;
using System.Data.Common;
using Sitrep.Core.Knowledge;

namespace Sitrep.Store.Sql;

/// <summary>The queries of <see cref="StoreQuery"/> in SQL common to the backends; <see cref="SqlDialect"/> gives the rest.</summary>
internal static class StoreQueries
{
    // The identities a --who names: its knowledge-base id, its normalised name, or a name it starts or ends
    // ("Starmer" finds "Keir Starmer").
    internal const string WhoSet = "SELECT identity FROM who";

    // A copy (near-duplicate) is another source of one article: item queries read originals only.
    private static string Original(string alias) => $"NOT EXISTS (SELECT 1 FROM duplicates c WHERE c.doc_id = {alias}.doc_id)";

    private const string Who = """
        SELECT identity FROM identities WHERE kb_id = @who OR norm_name = @whoNorm
          OR norm_name LIKE @whoNorm || ' %' OR norm_name LIKE '% ' || @whoNorm
        """;

    public static QueryResult Run(DbConnection connection, SqlDialect dialect, StoreQuery q)
    {
        if (q.Kind is QueryKind.Stories or QueryKind.Story)
        {
            return StoryQueries.Run(connection, q);
        }

        using var cmd = connection.CreateCommand();
        var sql = new StringBuilder();
        switch (q.Kind)
        {
            case QueryKind.Search:
                sql.Append(dialect.Search);
                Add(cmd, "@text", dialect.FullText(Required(q.Text, "search needs TEXT")));
                break;
            case QueryKind.People or QueryKind.Orgs:
                // The counts kept at ingest (entity_counts, speaker_counts): entity rows and mentions per identity of the type,
                // quotes per speaker identity.
                sql.Append("""
                    SELECT i.identity, i.name, i.kb_id, e.documents, e.mentions, coalesce(s.quotes, 0) AS quotes
                    FROM entity_counts e JOIN identities i ON i.identity = e.identity
                    LEFT JOIN speaker_counts s ON s.identity = e.identity
                    WHERE e.type = @type
                    """);
                Add(cmd, "@type", q.Kind == QueryKind.People ? "PERSON" : "ORG");
                if (q.Kind == QueryKind.People)
                {
                    // Every person identity: they are grouped into one row per person below, then filtered and limited.
                    cmd.CommandText = sql.ToString();
                    return People(connection, cmd, q);
                }

                if (q.Who is not null)
                {
                    sql.Append(" AND e.identity IN (").Append(WhoSet).Append(')');
                    AddWho(cmd, q.Who);
                }

                sql.Append(" ORDER BY e.mentions DESC, e.identity");
                break;
            case QueryKind.Quotes:
                sql.Append("""
                    SELECT q.doc_id, d.date, q.speaker_name, q.speaker_principal_name, q.kind, q.text, q.span_start, q.span_end
                    FROM quotes q JOIN documents d ON d.doc_id = q.doc_id WHERE 1 = 1
                    """).Append(" AND ").Append(Original("q"));
                if (q.Who is not null)
                {
                    sql.Append(" AND q.speaker_identity IN (").Append(WhoSet).Append(')');
                    AddWho(cmd, q.Who);
                }

                if (q.About is not null)
                {
                    sql.Append(" AND ").Append(dialect.QuoteAbout);
                    Add(cmd, "@about", dialect.FullText(q.About));
                }

                sql.Append(" ORDER BY d.date, q.doc_id, q.span_start");
                break;
            case QueryKind.Events:
                sql.Append("""
                    SELECT e.doc_id, e.event_date, e.type, e.source_name, e.target_name, e.place_name, e.place_country, e.fatalities,
                      e.evidence, e.span_start, e.span_end, e.event_id
                    FROM events e WHERE 1 = 1
                    """).Append(" AND ").Append(Original("e"));
                EventFilters(cmd, dialect, sql, q);
                sql.Append(" ORDER BY e.event_date, e.doc_id, e.span_start");
                break;
            case QueryKind.Timeline:
                if (q.Who is null && q.Where is null)
                {
                    throw new StoreException("timeline needs --who NAME or --where PLACE");
                }

                sql.Append("SELECT * FROM (SELECT e.event_date AS date, 'event' AS item, e.type AS what, e.evidence AS text, e.doc_id, e.span_start, e.span_end FROM events e WHERE ").Append(Original("e"));
                EventFilters(cmd, dialect, sql, q);
                if (q.Who is not null)
                {
                    sql.Append("""
                         UNION ALL SELECT d.date, 'quote', q.kind, q.text, q.doc_id, q.span_start, q.span_end
                        FROM quotes q JOIN documents d ON d.doc_id = q.doc_id
                        WHERE q.speaker_identity IN (
                        """).Append(WhoSet).Append(") AND ").Append(Original("q"));
                }

                sql.Append(") AS t ORDER BY date, doc_id, span_start");
                break;
            case QueryKind.Findings:
                sql.Append("""
                    SELECT f.doc_id, d.date, d.title, f.kind, f.severity, f.message,
                      CASE WHEN f.span_start IS NULL THEN NULL ELSE
                    """).Append(' ').Append(dialect.Evidence("f")).Append("""
                     END AS evidence, f.span_start, f.span_end
                    FROM findings f JOIN documents d ON d.doc_id = f.doc_id
                    """);
                if (q.Type is not null)
                {
                    sql.Append(" WHERE f.kind = @kind");
                    Add(cmd, "@kind", q.Type);
                }

                sql.Append(" ORDER BY d.date, f.doc_id, f.idx");
                break;
            case QueryKind.Places:
                // One row per place (its gazetteer id, else its name and country), with the documents that name it.
                sql.Append("""
                    SELECT min(p.name) AS name, p.country, min(p.lat) AS lat, min(p.lon) AS lon, p.geonames_id, count(DISTINCT p.doc_id) AS documents
                    FROM places p
                    """);
                if (q.Where is not null)
                {
                    sql.Append(" WHERE ").Append(dialect.EqualsIgnoringCase("p.name", "@where")).Append(" OR p.country = @whereCode");
                    Add(cmd, "@where", q.Where);
                    Add(cmd, "@whereCode", q.Where.ToUpperInvariant());
                }

                sql.Append(" GROUP BY p.geonames_id, p.country, CASE WHEN p.geonames_id IS NULL THEN lower(p.name) END ORDER BY documents DESC, name");
                break;
            case QueryKind.Duplicates:
                sql.Append("""
                    SELECT c.doc_id, d.source, d.title, c.duplicate_of, o.source AS original_source, c.similarity
                    FROM duplicates c JOIN documents d ON d.doc_id = c.doc_id JOIN documents o ON o.doc_id = c.duplicate_of
                    ORDER BY c.duplicate_of, c.similarity DESC, c.doc_id
                    """);
                break;
            case QueryKind.Incidents or QueryKind.Incident or QueryKind.SourceFindings:
                IncidentQueries.Build(cmd, dialect, sql, q);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(q), q.Kind, "unknown query");
        }

        sql.Append(" LIMIT @limit");
        if (cmd.Parameters.Contains("@who"))
        {
            // The identities a --who names are found once per query, not once per place they are used.
            sql.Insert(0, "WITH who(identity) AS MATERIALIZED (" + Who + ") ");
        }

        Add(cmd, "@limit", (long)q.Limit);
        cmd.CommandText = sql.ToString();
        try
        {
            return q.Kind == QueryKind.Incident ? IncidentQueries.Format(Read(cmd)) : Read(cmd);
        }
        catch (DbException ex)
        {
            throw new StoreException($"the query failed: {ex.Message.TrimEnd('.')}", ex);
        }
    }

    private static QueryResult People(DbConnection connection, DbCommand cmd, StoreQuery q)
    {
        try
        {
            var rows = Read(cmd).Rows.Select(r => new PersonIdentities.Row((string)r[0]!, (string)r[1]!, r[2] as string, Convert.ToInt64(r[3], CultureInfo.InvariantCulture),
                Convert.ToInt64(r[4], CultureInfo.InvariantCulture), Convert.ToInt64(r[5], CultureInfo.InvariantCulture)));
            var groups = PersonIdentities.Group(rows);
            HashSet<string>? who = null;
            if (q.Who is not null)
            {
                using var whoCmd = connection.CreateCommand();
                whoCmd.CommandText = Who;
                AddWho(whoCmd, q.Who);
                who = [.. Read(whoCmd).Rows.Select(r => (string)r[0]!)];
            }

            return new QueryResult(PersonIdentities.Columns, [.. groups.Where(g => who is null || g.Members.Any(m => who.Contains(m.Identity))).Take(q.Limit).Select(PersonIdentities.ToRow)]);
        }
        catch (DbException ex)
        {
            throw new StoreException($"the query failed: {ex.Message.TrimEnd('.')}", ex);
        }
    }

    internal static void EventFilters(DbCommand cmd, SqlDialect dialect, StringBuilder sql, StoreQuery q)
    {
        if (q.Type is not null)
        {
            sql.Append(" AND e.type = @type");
            Add(cmd, "@type", q.Type.ToUpperInvariant());
        }

        if (q.Who is not null)
        {
            sql.Append(" AND ").Append(dialect.EventOf(WhoSet));
            AddWho(cmd, q.Who);
        }

        if (q.Where is not null)
        {
            string? code = q.Where.Length == 3 && q.Where.All(char.IsAsciiLetter) ? q.Where.ToUpperInvariant() : Countries.Shared.Code(q.Where);
            sql.Append(" AND (").Append(dialect.EqualsIgnoringCase("e.place_name", "@where"));
            Add(cmd, "@where", q.Where);
            if (code is not null)
            {
                sql.Append(" OR e.place_country = @whereCode");
                Add(cmd, "@whereCode", code);
            }

            sql.Append(')');
        }

        if (q.Since is not null)
        {
            sql.Append(" AND e.event_date >= @since");
            Add(cmd, "@since", q.Since);
        }

        if (q.Until is not null)
        {
            // A prefix date (2025-08) includes every day that starts with it.
            sql.Append(" AND e.event_date <= @until");
            Add(cmd, "@until", q.Until.Length < 10 ? q.Until + "-99" : q.Until);
        }
    }

    internal static QueryResult Read(DbCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var columns = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToArray();
        var rows = new List<object?[]>();
        while (r.Read())
        {
            var row = new object?[r.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            }

            rows.Add(row);
        }

        return new QueryResult(columns, rows);
    }

    internal static string Required(string? value, string message)
        => string.IsNullOrWhiteSpace(value) ? throw new StoreException(message) : value;

    internal static void AddWho(DbCommand cmd, string who)
    {
        if (!cmd.Parameters.Contains("@who"))
        {
            Add(cmd, "@who", who);
            Add(cmd, "@whoNorm", EntityIdentity.Normalize(who));
        }
    }

    internal static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
