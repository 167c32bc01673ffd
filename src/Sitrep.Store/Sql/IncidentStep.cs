using System.Data.Common;
using System.Globalization;
using Sitrep.Core.Record;
using Sitrep.Store.Incidents;

namespace Sitrep.Store.Sql;

/// <summary>
/// Keeps the incidents — events of different articles that are one happening (<see cref="IncidentRules"/>) — and the
/// contradictions between sources (<see cref="SourceConflicts"/>) as a cross-article step, under the cross-article lock
/// (PostgreSQL: a transaction-scoped advisory lock held to the commit; SQLite: its one writer).
/// <para>
/// Every event of an original document is a report (<c>incident_reports</c>); a copy's events are not (a copy is another
/// source of one article, shown beside its original). An incident is a connected group of linked reports, named by its
/// lowest report key (document id / event id): a new report is compared with every stored report it could link to
/// (same or compatible category, overlapping days, a shared actor or place, found by index) and joins — and merges —
/// the incidents it links to. A removed or demoted document's reports leave, and the incidents they were in are split
/// again into their connected groups. The groups, their names and their findings are therefore a function of the
/// stored originals, whatever order documents arrive in.
/// </para>
/// </summary>
internal sealed class IncidentStep : ICrossArticleStep
{
    private const string ReportColumns = "doc_id, event_id, incident, type, source_identity, source_name, target_identity, target_name, source_country, target_country, " +
        "place_key, place_name, place_country, day_from, day_to, stated_day, time_start, time_end, published, figures, span_start, span_end, dateline";

    private static readonly int ReportColumnCount = ReportColumns.Split(',').Length;

    /// <summary>The longest day range a report can have (a month, <see cref="IncidentReport.Days"/>).</summary>
    private const int MaxSpan = 31;

    private readonly Dictionary<string, SitrepRecord> _added = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _touched = new(StringComparer.Ordinal);

    public void Added(RecordRows rows)
    {
        _added[rows.DocumentId] = rows.Record;
        _touched.Add(rows.DocumentId);
    }

    /// <summary>A stored original became a copy: its reports leave.</summary>
    public void Demoted(string documentId) => _touched.Add(documentId);

    public void Removing(SqlRecordStore store, DbTransaction tx, string documentId)
    {
        _touched.Add(documentId);
        _added.Remove(documentId);

        // Its copies become originals again once it is gone: their events become reports.
        using var cmd = store.Command("SELECT doc_id FROM duplicates WHERE duplicate_of = @p0", tx, 1);
        cmd.Parameters[0].Value = documentId;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            _touched.Add(r.GetString(0));
        }
    }

    public void Apply(SqlRecordStore store, DbTransaction tx)
    {
        if (_touched.Count == 0)
        {
            return;
        }

        var dirty = new SortedSet<string>(StringComparer.Ordinal);
        var split = new SortedSet<string>(StringComparer.Ordinal);
        using (var incidentsOf = store.Command("SELECT DISTINCT incident FROM incident_reports WHERE doc_id = @p0", tx, 1))
        {
            foreach (string doc in _touched)
            {
                incidentsOf.Parameters[0].Value = doc;
                using var r = incidentsOf.ExecuteReader();
                while (r.Read())
                {
                    split.Add(r.GetString(0));
                }
            }
        }

        store.Execute([.. _touched.SelectMany(doc => new (string, object?[])[]
        {
            ("DELETE FROM incident_reports WHERE doc_id = @p0", [doc]),
            ("DELETE FROM quote_keys WHERE doc_id = @p0", [doc]),
            ("DELETE FROM source_findings WHERE incident IS NULL AND (doc_a = @p0 OR doc_b = @p0)", [doc]),
        })], tx);

        // The incidents that lost reports fall apart into their connected groups again.
        foreach (string incident in split)
        {
            dirty.Add(incident);
            var reports = Reports(store, tx, incident);
            foreach (var group in Groups(reports))
            {
                string name = group.Select(r => r.Key).Min(StringComparer.Ordinal)!;
                dirty.Add(name);
                store.Execute([.. group.Select(r => ("UPDATE incident_reports SET incident = @p0 WHERE doc_id = @p1 AND event_id = @p2", new object?[] { name, r.DocumentId, r.EventId }))], tx);
            }
        }

        var records = Originals(store, tx);
        var added = records.SelectMany(IncidentReport.Of).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        foreach (var report in added)
        {
            var linked = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var (incident, candidate) in Candidates(store, tx, report))
            {
                if (IncidentRules.Linked(report, candidate))
                {
                    linked.Add(incident);
                }
            }

            string name = linked.Count > 0 && string.CompareOrdinal(linked.Min, report.Key) < 0 ? linked.Min! : report.Key;
            var statements = new List<(string, object?[])>();
            foreach (string other in linked.Where(i => i != name))
            {
                statements.Add(("UPDATE incident_reports SET incident = @p0 WHERE incident = @p1", [name, other]));
                dirty.Add(other);
            }

            statements.Add(($"INSERT INTO incident_reports({ReportColumns}) VALUES ({Parameters(ReportColumnCount)})", Values(report, name)));
            store.Execute(statements, tx);
            dirty.Add(name);
        }

        // Every touched incident's summary and findings out first (a merged incident's findings carry over under the new
        // name: deleting them after inserting the new ones would take those too), then in again from the reports.
        store.Execute([.. dirty.SelectMany(incident => new (string, object?[])[]
        {
            ("DELETE FROM incidents WHERE incident = @p0", [incident]),
            ("DELETE FROM source_findings WHERE incident = @p0", [incident]),
        })], tx);
        foreach (string incident in dirty)
        {
            Summarise(store, tx, incident);
        }

        foreach (var record in records.OrderBy(r => r.Document.Id, StringComparer.Ordinal))
        {
            Quotes(store, tx, record);
        }
    }

    /// <summary>The touched documents that are stored originals, with their records (read back when the batch did not bring them).</summary>
    private List<SitrepRecord> Originals(SqlRecordStore store, DbTransaction tx)
    {
        var list = new List<SitrepRecord>();
        using var cmd = store.Command("SELECT record, text FROM documents d WHERE doc_id = @p0 AND NOT EXISTS (SELECT 1 FROM duplicates c WHERE c.doc_id = d.doc_id)", tx, 1);
        foreach (string doc in _touched)
        {
            cmd.Parameters[0].Value = doc;
            using var r = cmd.ExecuteReader();
            if (r.Read())
            {
                list.Add(_added.TryGetValue(doc, out var record) ? record : RecordRows.Restore(r.GetString(0), r.GetString(1)));
            }
        }

        return list;
    }

    /// <summary>The stored reports a new report could link to, with their incidents: found by a shared actor or place, among compatible categories and overlapping days.</summary>
    private static List<(string Incident, IncidentReport Report)> Candidates(SqlRecordStore store, DbTransaction tx, IncidentReport report)
    {
        var list = new List<(string, IncidentReport)>();
        if (report.DayFrom is null || (report.SourceIdentity is null && report.TargetIdentity is null && report.PlaceKey is null))
        {
            return list;
        }

        var types = IncidentRules.CompatibleTypes(report.Type);
        string typeList = string.Join(", ", types.Select((_, i) => "@p" + (5 + i).ToString(CultureInfo.InvariantCulture)));
        // A stored range that overlaps this one starts at most MaxSpan days before it: the index on (actor or place,
        // day_from) is read over that stretch only, not over every earlier report of a frequent actor.
        string by = $"type IN ({typeList}) AND day_from >= @p0 - {MaxSpan} AND day_from <= @p1 AND day_to >= @p0";
        var keys = new List<string>();
        if (report.SourceIdentity is not null || report.TargetIdentity is not null)
        {
            keys.Add($"SELECT {ReportColumns} FROM incident_reports WHERE source_identity IN (@p2, @p3) AND {by}");
            keys.Add($"SELECT {ReportColumns} FROM incident_reports WHERE target_identity IN (@p2, @p3) AND {by}");
        }

        if (report.PlaceKey is not null)
        {
            keys.Add($"SELECT {ReportColumns} FROM incident_reports WHERE place_key = @p4 AND {by}");
        }

        using var cmd = store.Command(string.Join(" UNION ", keys), tx, 5 + types.Count);
        object?[] values = [(long)report.DayFrom, (long)report.DayTo!, report.SourceIdentity, report.TargetIdentity, report.PlaceKey, .. types];
        for (int i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add((r.GetString(2), Read(r)));
        }

        return list;
    }

    private static List<IncidentReport> Reports(SqlRecordStore store, DbTransaction tx, string incident)
    {
        using var cmd = store.Command($"SELECT {ReportColumns} FROM incident_reports WHERE incident = @p0", tx, 1);
        cmd.Parameters[0].Value = incident;
        using var r = cmd.ExecuteReader();
        var list = new List<IncidentReport>();
        while (r.Read())
        {
            list.Add(Read(r));
        }

        return list;
    }

    /// <summary>The connected groups of linked reports.</summary>
    private static List<List<IncidentReport>> Groups(List<IncidentReport> reports)
    {
        int[] parent = [.. Enumerable.Range(0, reports.Count)];
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (int i = 0; i < reports.Count; i++)
        {
            for (int j = i + 1; j < reports.Count; j++)
            {
                if (Find(i) != Find(j) && IncidentRules.Linked(reports[i], reports[j]))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        return [.. reports.Select((r, i) => (r, i)).GroupBy(x => Find(x.i)).Select(g => g.Select(x => x.r).ToList())];
    }

    /// <summary>Writes an incident's summary row and its findings from its reports (nothing when it has none left).</summary>
    private static void Summarise(SqlRecordStore store, DbTransaction tx, string incident)
    {
        var reports = Reports(store, tx, incident);
        var statements = new List<(string, object?[])>();
        if (reports.Count > 0)
        {
            static string? Most(IEnumerable<string?> values) => values.OfType<string>().GroupBy(v => v, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
            var killed = reports.GroupBy(r => r.DocumentId, StringComparer.Ordinal)
                .Select(g => g.SelectMany(r => r.Figures).Where(f => f.Kind == "killed").Select(f => (double?)f.Value).Max()).OfType<double>().ToList();
            int? from = reports.Min(r => r.StatedDay ?? r.DayTo);
            int? to = reports.Max(r => r.StatedDay ?? r.DayTo);
            statements.Add((
                "INSERT INTO incidents(incident, type, first_date, last_date, reports, sources, source_name, target_name, place_name, place_country, killed_min, killed_max) " +
                "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)",
                [
                    incident, Most(reports.Select(r => r.Type)), Date(from), Date(to), (long)reports.Count,
                    (long)reports.Select(r => r.DocumentId).Distinct(StringComparer.Ordinal).Count(),
                    Most(reports.Select(r => r.SourceName)), Most(reports.Select(r => r.TargetName)), Most(reports.Select(r => r.PlaceName)),
                    Most(reports.Select(r => r.PlaceCountry)), killed.Count > 0 ? (long?)killed.Min() : null, killed.Count > 0 ? (long?)killed.Max() : null,
                ]));
            const string Finding = "INSERT INTO source_findings(kind, incident, doc_a, a_start, a_end, doc_b, b_start, b_end, message) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8) ON CONFLICT DO NOTHING";
            var days = new Dictionary<string, IReadOnlyCollection<(string, int)>>(StringComparer.Ordinal);
            IReadOnlyCollection<(string, int)> DaysOf(string doc)
            {
                if (!days.TryGetValue(doc, out var set))
                {
                    days[doc] = set = StatedDays(store, tx, doc);
                }

                return set;
            }

            statements.AddRange(SourceConflicts.OfIncident(incident, reports, DaysOf).Select(f => (Finding, FindingValues(f))));
        }

        store.Execute(statements, tx);
    }

    /// <summary>The categories and days of a stored document's reports that state their day in its body (not its dateline).</summary>
    private static List<(string, int)> StatedDays(SqlRecordStore store, DbTransaction tx, string doc)
    {
        using var cmd = store.Command("SELECT DISTINCT type, stated_day FROM incident_reports WHERE doc_id = @p0 AND stated_day IS NOT NULL AND dateline = 0", tx, 1);
        cmd.Parameters[0].Value = doc;
        using var r = cmd.ExecuteReader();
        var list = new List<(string, int)>();
        while (r.Read())
        {
            list.Add((r.GetString(0), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    /// <summary>A stored document's text.</summary>
    private static string? Text(SqlRecordStore store, DbTransaction tx, string doc)
    {
        using var cmd = store.Command("SELECT text FROM documents WHERE doc_id = @p0", tx, 1);
        cmd.Parameters[0].Value = doc;
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>Stores a document's quote keys and the quotes of other sources with the same words given to another speaker.</summary>
    private static void Quotes(SqlRecordStore store, DbTransaction tx, SitrepRecord record)
    {
        var statements = new List<(string, object?[])>();
        using var find = store.Command("SELECT doc_id, quote_id, speaker_identity, speaker_name, span_start, span_end, words FROM quote_keys WHERE key = @p0 AND doc_id <> @p1", tx, 2);
        foreach (var q in SourceConflicts.Quotes(record))
        {
            foreach (long key in QuoteKey.Of(q.Words))
            {
                find.Parameters[0].Value = key;
                find.Parameters[1].Value = q.DocumentId;
                using (var r = find.ExecuteReader())
                {
                    while (r.Read())
                    {
                        var other = new SourceConflicts.QuoteEntry(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Convert.ToInt32(r.GetValue(4), CultureInfo.InvariantCulture),
                            Convert.ToInt32(r.GetValue(5), CultureInfo.InvariantCulture), r.GetString(6));
                        if (SourceConflicts.OfQuotes(q, other) is { } f
                            && !(Text(store, tx, other.DocumentId) is { } otherText && SourceConflicts.OneAttribution(record.Document.Text, q, otherText, other)))
                        {
                            statements.Add(("INSERT INTO source_findings(kind, incident, doc_a, a_start, a_end, doc_b, b_start, b_end, message) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8) ON CONFLICT DO NOTHING", FindingValues(f)));
                        }
                    }
                }

                statements.Add(("INSERT INTO quote_keys(key, doc_id, quote_id, speaker_identity, speaker_name, span_start, span_end, words) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7) ON CONFLICT DO NOTHING",
                    [key, q.DocumentId, q.QuoteId, q.SpeakerIdentity, q.SpeakerName, (long)q.Start, (long)q.End, q.Words]));
            }
        }

        store.Execute(statements, tx);
    }

    private static object?[] FindingValues(SourceFinding f)
        => [f.Kind, f.Incident, f.DocA, (long)f.AStart, (long)f.AEnd, f.DocB, (long)f.BStart, (long)f.BEnd, f.Message];

    private static string? Date(int? day) => day is { } d ? DateOnly.FromDayNumber(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static string Parameters(int n) => string.Join(", ", Enumerable.Range(0, n).Select(i => "@p" + i.ToString(CultureInfo.InvariantCulture)));

    private static object?[] Values(IncidentReport r, string incident) =>
    [
        r.DocumentId, r.EventId, incident, r.Type, r.SourceIdentity, r.SourceName, r.TargetIdentity, r.TargetName, r.SourceCountry, r.TargetCountry,
        r.PlaceKey, r.PlaceName, r.PlaceCountry, (long?)r.DayFrom, (long?)r.DayTo, (long?)r.StatedDay, (long)r.TimeStart, (long)r.TimeEnd, (long?)r.Published,
        IncidentReport.FormatFigures(r.Figures), (long)r.Start, (long)r.End, r.DayFromDateline ? 1L : 0L,
    ];

    private static IncidentReport Read(DbDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        int? I(int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
        return new IncidentReport
        {
            DocumentId = r.GetString(0), EventId = r.GetString(1), Type = r.GetString(3), SourceIdentity = S(4), SourceName = S(5), TargetIdentity = S(6), TargetName = S(7),
            SourceCountry = S(8), TargetCountry = S(9), PlaceKey = S(10), PlaceName = S(11), PlaceCountry = S(12), DayFrom = I(13), DayTo = I(14), StatedDay = I(15),
            TimeStart = I(16) ?? 0, TimeEnd = I(17) ?? 0, Published = I(18), Figures = IncidentReport.ParseFigures(S(19)), Start = I(20) ?? 0, End = I(21) ?? 0,
            DayFromDateline = I(22) == 1,
        };
    }
}
