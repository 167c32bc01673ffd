using System.Data.Common;
using System.Globalization;

namespace Sitrep.Store.Sql;

/// <summary>
/// Keeps the per-identity counts that <c>people</c> and <c>orgs</c> read (<c>entity_counts</c>: entity rows and mentions
/// per identity of a type; <c>speaker_counts</c>: quotes per speaker identity) as a cross-article step: a batch sums
/// its changes in memory — its new documents' counts (<see cref="RecordRows"/>), minus those of the documents it
/// replaces, minus those of a new document marked a copy (a copy is another source of one article, not new mentions)
/// or of a stored original that became one,
/// plus those of a deleted original's copies (they stop being copies) — and writes them in key order under the
/// cross-article lock, so concurrent writers neither lose an update nor wait on each other's rows in opposite orders.
/// </summary>
internal sealed class CountStep : ICrossArticleStep
{
    private readonly SortedDictionary<(string Type, string Identity), (long Documents, long Mentions)> _entities = new(OrdinalPairOrder.Instance);
    private readonly SortedDictionary<string, long> _speakers = new(StringComparer.Ordinal);

    public void Added(RecordRows rows) => Add(rows, 1);

    /// <summary>A document of the batch was just marked a copy: its counts come out again.</summary>
    public void Copied(RecordRows rows) => Add(rows, -1);

    /// <summary>A stored original became a copy of a document of the batch: its counts come out.</summary>
    public void Demoted(SqlRecordStore store, DbTransaction tx, string documentId) => Read(store, tx, "doc_id = @p0", documentId, -1);

    public void Removing(SqlRecordStore store, DbTransaction tx, string documentId)
    {
        // The document's own share (none when it is a copy), then its copies' shares, which count again once it is gone.
        Read(store, tx, "doc_id = @p0 AND NOT EXISTS (SELECT 1 FROM duplicates c WHERE c.doc_id = @p0)", documentId, -1);
        Read(store, tx, "doc_id IN (SELECT doc_id FROM duplicates WHERE duplicate_of = @p0)", documentId, 1);
    }

    public void Apply(SqlRecordStore store, DbTransaction tx)
    {
        const string Entity = "INSERT INTO entity_counts(type, identity, documents, mentions) VALUES (@p0, @p1, @p2, @p3) "
            + "ON CONFLICT(type, identity) DO UPDATE SET documents = entity_counts.documents + excluded.documents, mentions = entity_counts.mentions + excluded.mentions";
        const string Speaker = "INSERT INTO speaker_counts(identity, quotes) VALUES (@p0, @p1) ON CONFLICT(identity) DO UPDATE SET quotes = speaker_counts.quotes + excluded.quotes";
        const string EntityGone = "DELETE FROM entity_counts WHERE type = @p0 AND identity = @p1 AND documents <= 0";
        const string SpeakerGone = "DELETE FROM speaker_counts WHERE identity = @p0 AND quotes <= 0";
        var statements = new List<(string, object?[])>();
        foreach (var ((type, identity), (documents, mentions)) in _entities.Where(kv => kv.Value != default))
        {
            statements.Add((Entity, [type, identity, documents, mentions]));
            if (documents < 0)
            {
                statements.Add((EntityGone, [type, identity]));
            }
        }

        foreach (var (identity, quotes) in _speakers.Where(kv => kv.Value != 0))
        {
            statements.Add((Speaker, [identity, quotes]));
            if (quotes < 0)
            {
                statements.Add((SpeakerGone, [identity]));
            }
        }

        store.Execute(statements, tx);
    }

    private void Add(RecordRows rows, int sign)
    {
        foreach (var (table, values) in rows.Rows)
        {
            if (table == "entity_counts")
            {
                AddEntity((string)values[0]!, (string)values[1]!, sign * Convert.ToInt64(values[2], CultureInfo.InvariantCulture), sign * Convert.ToInt64(values[3], CultureInfo.InvariantCulture));
            }
            else if (table == "speaker_counts")
            {
                AddSpeaker((string)values[0]!, sign * Convert.ToInt64(values[1], CultureInfo.InvariantCulture));
            }
        }
    }

    private void Read(SqlRecordStore store, DbTransaction tx, string where, string documentId, int sign)
    {
        using (var cmd = store.Command($"SELECT type, identity, count(*), sum(mention_count) FROM entities WHERE {where} GROUP BY type, identity", tx, 1))
        {
            cmd.Parameters[0].Value = documentId;
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                AddEntity(r.GetString(0), r.GetString(1), sign * Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture), sign * Convert.ToInt64(r.GetValue(3), CultureInfo.InvariantCulture));
            }
        }

        using (var cmd = store.Command($"SELECT speaker_identity, count(*) FROM quotes WHERE speaker_identity IS NOT NULL AND {where} GROUP BY speaker_identity", tx, 1))
        {
            cmd.Parameters[0].Value = documentId;
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                AddSpeaker(r.GetString(0), sign * Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture));
            }
        }
    }

    private void AddEntity(string type, string identity, long documents, long mentions)
    {
        var (d, m) = _entities.GetValueOrDefault((type, identity));
        _entities[(type, identity)] = (d + documents, m + mentions);
    }

    private void AddSpeaker(string identity, long quotes) => _speakers[identity] = _speakers.GetValueOrDefault(identity) + quotes;
}
