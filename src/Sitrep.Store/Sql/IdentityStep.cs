using System.Data.Common;
using System.Globalization;

namespace Sitrep.Store.Sql;

/// <summary>
/// Keeps the identities table: one row per identity across articles (<see cref="EntityIdentity"/>), whose name is the
/// name its entities carry most often, ties broken by ordinal order — a function of the stored entities alone, so
/// one ingest and any number of concurrent workers give the same table whatever order documents arrive in.
/// <c>identity_names</c> holds the counts (entity rows per identity and name); a batch adds its new documents'
/// counts, subtracts those of the documents it replaces, and recomputes the names of the identities it touched.
/// </summary>
internal sealed class IdentityStep(SqlDialect dialect) : ICrossArticleStep
{
    private readonly SortedDictionary<string, object?[]> _identities = new(StringComparer.Ordinal);
    private readonly SortedDictionary<(string Identity, string Name), long> _names = new(OrdinalPairOrder.Instance);

    public void Added(RecordRows rows)
    {
        foreach (var (table, values) in rows.Rows)
        {
            if (table == "identities")
            {
                _identities.TryAdd((string)values[0]!, values);
            }
            else if (table == "entities" && !EntityIdentity.IsDescribed((string)values[2]!))
            {
                Count((string)values[2]!, (string)values[4]!, 1);
            }
        }
    }

    public void Removing(SqlRecordStore store, DbTransaction tx, string documentId)
    {
        using var cmd = store.Command("SELECT identity, name, count(*) FROM entities WHERE doc_id = @p0 GROUP BY identity, name", tx, 1);
        cmd.Parameters[0].Value = documentId;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            if (!EntityIdentity.IsDescribed(r.GetString(0)))
            {
                Count(r.GetString(0), r.GetString(1), -Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture));
            }
        }
    }

    public void Apply(SqlRecordStore store, DbTransaction tx)
    {
        if (_identities.Count == 0 && _names.Count == 0)
        {
            return;
        }

        // Keys in one order (ordinal), so that no two writers wait on each other's rows in opposite orders; all the
        // statements in one round trip where the provider batches (the lock is held for as short a time as can be).
        const string Identity = "INSERT INTO identities(identity, type, name, norm_name, kb_id) VALUES (@p0, @p1, @p2, @p3, @p4) ON CONFLICT DO NOTHING";
        const string Count = "INSERT INTO identity_names(identity, name, entities) VALUES (@p0, @p1, @p2) " +
            "ON CONFLICT (identity, name) DO UPDATE SET entities = identity_names.entities + excluded.entities";
        string rename = "UPDATE identities SET name = (SELECT n.name FROM identity_names n WHERE n.identity = @p0 AND n.entities > 0 " +
            $"ORDER BY n.entities DESC, {dialect.Ordinal("n.name")} LIMIT 1) " +
            "WHERE identity = @p0 AND EXISTS (SELECT 1 FROM identity_names n WHERE n.identity = @p0 AND n.entities > 0)";
        var statements = new List<(string, object?[])>(_identities.Count + (2 * _names.Count));
        statements.AddRange(_identities.Values.Select(values => (Identity, values)));
        statements.AddRange(_names.Where(kv => kv.Value != 0).Select(kv => (Count, new object?[] { kv.Key.Identity, kv.Key.Name, kv.Value })));
        statements.AddRange(_names.Keys.Select(k => k.Identity).Distinct(StringComparer.Ordinal).Select(id => (rename, new object?[] { id })));
        store.Execute(statements, tx);
    }

    private void Count(string identity, string name, long delta)
        => _names[(identity, name)] = _names.GetValueOrDefault((identity, name)) + delta;
}
