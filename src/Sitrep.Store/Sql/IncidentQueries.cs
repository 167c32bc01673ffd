using System.Data.Common;
using System.Text;
using Sitrep.Store.Incidents;

namespace Sitrep.Store.Sql;

/// <summary>The incident queries (<c>sitrep query incidents | incident ID | findings --cross</c>) in SQL common to the backends.</summary>
internal static class IncidentQueries
{
    private static string Text(string doc, string start, string end) => $"substr({doc}.text, CAST({start} AS INTEGER) + 1, CAST({end} - {start} AS INTEGER))";

    public static void Build(DbCommand cmd, SqlDialect dialect, StringBuilder sql, StoreQuery q)
    {
        switch (q.Kind)
        {
            case QueryKind.Incidents:
                sql.Append("""
                    SELECT i.incident, i.first_date, i.last_date, i.type, i.sources, i.reports,
                      (SELECT count(*) FROM duplicates c WHERE c.duplicate_of IN (SELECT r.doc_id FROM incident_reports r WHERE r.incident = i.incident)) AS copies,
                      i.source_name, i.target_name, i.place_name, i.place_country, i.killed_min, i.killed_max,
                      (SELECT count(*) FROM source_findings f WHERE f.incident = i.incident) AS conflicts
                    FROM incidents i WHERE i.sources >= @minSources
                    """);
                StoreQueries.Add(cmd, "@minSources", (long)Math.Max(1, q.MinSources));
                if (q.Type is not null)
                {
                    sql.Append(" AND i.type = @type");
                    StoreQueries.Add(cmd, "@type", q.Type.ToUpperInvariant());
                }

                if (q.Who is not null)
                {
                    sql.Append(" AND EXISTS (SELECT 1 FROM incident_reports r WHERE r.incident = i.incident AND (r.source_identity IN (")
                        .Append(StoreQueries.WhoSet).Append(") OR r.target_identity IN (").Append(StoreQueries.WhoSet).Append(")))");
                    StoreQueries.AddWho(cmd, q.Who);
                }

                if (q.Where is not null)
                {
                    string? code = q.Where.Length == 3 && q.Where.All(char.IsAsciiLetter) ? q.Where.ToUpperInvariant() : Sitrep.Core.Knowledge.Countries.Shared.Code(q.Where);
                    sql.Append(" AND EXISTS (SELECT 1 FROM incident_reports r WHERE r.incident = i.incident AND (").Append(dialect.EqualsIgnoringCase("r.place_name", "@where"));
                    StoreQueries.Add(cmd, "@where", q.Where);
                    if (code is not null)
                    {
                        sql.Append(" OR r.place_country = @whereCode");
                        StoreQueries.Add(cmd, "@whereCode", code);
                    }

                    sql.Append("))");
                }

                if (q.Since is not null)
                {
                    sql.Append(" AND i.last_date >= @since");
                    StoreQueries.Add(cmd, "@since", q.Since);
                }

                if (q.Until is not null)
                {
                    sql.Append(" AND i.first_date <= @until");
                    StoreQueries.Add(cmd, "@until", q.Until.Length < 10 ? q.Until + "-99" : q.Until);
                }

                sql.Append(" ORDER BY i.sources DESC, i.first_date, i.incident");
                break;
            case QueryKind.Incident:
                sql.Append($"""
                    SELECT r.doc_id, d.date, d.source, d.title, r.event_id, r.type, e.when_value, r.source_name, r.target_name, r.place_name, r.place_country,
                      r.figures, (SELECT count(*) FROM duplicates c WHERE c.duplicate_of = r.doc_id) AS copies,
                      {Text("d", "r.span_start", "r.span_end")} AS evidence, r.span_start, r.span_end
                    FROM incident_reports r JOIN documents d ON d.doc_id = r.doc_id
                    LEFT JOIN events e ON e.doc_id = r.doc_id AND e.event_id = r.event_id
                    WHERE r.incident = @incident ORDER BY d.date, r.doc_id, r.span_start
                    """);
                StoreQueries.Add(cmd, "@incident", StoreQueries.Required(q.Text, "incident needs an ID (sitrep query incidents lists them)"));
                break;
            default:
                sql.Append($"""
                    SELECT f.kind, f.incident, f.message, f.doc_a, da.date AS date_a, {Text("da", "f.a_start", "f.a_end")} AS evidence_a,
                      f.doc_b, db.date AS date_b, {Text("db", "f.b_start", "f.b_end")} AS evidence_b, f.a_start, f.a_end, f.b_start, f.b_end
                    FROM source_findings f JOIN documents da ON da.doc_id = f.doc_a JOIN documents db ON db.doc_id = f.doc_b WHERE 1 = 1
                    """);
                if (q.Type is not null)
                {
                    sql.Append(" AND f.kind = @kind");
                    StoreQueries.Add(cmd, "@kind", q.Type);
                }

                if (q.Text is not null)
                {
                    sql.Append(" AND f.incident = @incident");
                    StoreQueries.Add(cmd, "@incident", q.Text);
                }

                sql.Append(" ORDER BY f.kind, f.doc_a, f.a_start, f.doc_b, f.b_start");
                break;
        }
    }

    /// <summary>The figures column of <c>incident</c> as a reader's words ("14 killed; USD 2500000").</summary>
    public static QueryResult Format(QueryResult result)
    {
        int figures = result.Columns.ToList().IndexOf("figures");
        if (figures < 0)
        {
            return result;
        }

        foreach (var row in result.Rows)
        {
            row[figures] = row[figures] is string s ? string.Join("; ", IncidentReport.ParseFigures(s).Select(f => f.Describe())) : null;
        }

        return result;
    }
}
