using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sitrep.Core.Record;

namespace Sitrep.Store.Tests;

/// <summary>
/// A store as an older Sitrep wrote it: the migrations up to a version only, and the records' rows in the columns that
/// version had. Opening it for writing must bring it to the latest schema with the rows a fresh ingest gives.
/// </summary>
internal static class OlderStore
{
    // How an inserted row adds to one already there (identities shared by documents; counts summed), as the store's steps do.
    private static readonly Dictionary<string, string> s_onConflict = new(StringComparer.Ordinal)
    {
        ["identities"] = " ON CONFLICT DO NOTHING",
        ["entity_counts"] = " ON CONFLICT(type, identity) DO UPDATE SET documents = entity_counts.documents + excluded.documents, mentions = entity_counts.mentions + excluded.mentions",
        ["speaker_counts"] = " ON CONFLICT(identity) DO UPDATE SET quotes = speaker_counts.quotes + excluded.quotes",
    };

    /// <summary>The schema version before the first migration that mentions <paramref name="text"/> (found, not hard-coded).</summary>
    public static int Before(string text)
    {
        int i = Array.FindIndex(StoreSchema.Sqlite, m => m.Any(sql => sql.Contains(text, StringComparison.Ordinal)));
        Assert.True(i > 0, $"no migration after the first mentions {text}");
        Assert.Equal(i, Array.FindIndex(StoreSchema.Postgres, m => m.Any(sql => sql.Contains(text, StringComparison.Ordinal))));
        return i;
    }

    public static void Sqlite(string path, int version, IEnumerable<SitrepRecord> records)
    {
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        Fill(c, StoreSchema.Sqlite, version, records, table => $"SELECT name FROM pragma_table_info('{table}')");
    }

    public static void Postgres(string url, int version, IEnumerable<SitrepRecord> records)
    {
        using var c = new NpgsqlConnection(Store.Postgres.PostgresRecordStore.ConnectionString(url));
        c.Open();
        Fill(c, StoreSchema.Postgres, version, records, table => $"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}'");
    }

    private static void Fill(DbConnection c, string[][] migrations, int version, IEnumerable<SitrepRecord> records, Func<string, string> columnsSql)
    {
        foreach (string sql in migrations.Take(version).SelectMany(m => m))
        {
            Exec(c, sql);
        }

        Exec(c, $"INSERT INTO store_meta(key, value) VALUES ('format', '{StoreSchema.Format}'), ('schema_version', '{version.ToString(CultureInfo.InvariantCulture)}')");
        var columns = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var (table, values) in new RecordRows(record).Rows)
            {
                if (!columns.TryGetValue(table, out var has))
                {
                    has = [.. Strings(c, columnsSql(table))];
                    columns[table] = has;
                }

                var keep = RecordRows.Columns[table].Select((name, i) => (name, i)).Where(x => has.Contains(x.name)).ToList();
                if (keep.Count == 0)
                {
                    continue; // a table of a later version
                }

                using var cmd = c.CreateCommand();
                cmd.CommandText = $"INSERT INTO {table}({string.Join(", ", keep.Select(x => x.name))}) VALUES ({string.Join(", ", keep.Select(x => "@p" + x.i.ToString(CultureInfo.InvariantCulture)))})"
                    + (s_onConflict.TryGetValue(table, out string? onConflict) ? onConflict : "");
                foreach (var (_, i) in keep)
                {
                    var p = cmd.CreateParameter();
                    p.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
                    p.Value = values[i] ?? DBNull.Value;
                    cmd.Parameters.Add(p);
                }

                cmd.ExecuteNonQuery();
            }
        }
    }

    /// <summary>The first column of a query's rows, as strings.</summary>
    public static List<string> Strings(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list;
    }

    private static void Exec(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
