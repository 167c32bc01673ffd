using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Record;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// The default store: one SQLite file (WAL journal), FTS5 over article and quote text. Opening checks that the file
/// is a Sitrep store of a schema this code knows and never overwrites anything else. A writer holds an exclusive
/// lock (<c>FILE.lock</c>) so that a second ingest into the same file refuses at once instead of interleaving.
/// </summary>
public sealed partial class SqliteRecordStore : IRecordStore
{
    private static readonly byte[] s_header = "SQLite format 3\0"u8.ToArray();
    private readonly SqliteConnection _connection;
    private readonly FileStream? _lock;

    private SqliteRecordStore(string path, SqliteConnection connection, FileStream? writeLock)
    {
        Name = path;
        _connection = connection;
        _lock = writeLock;
    }

    public string Name { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>: for writing it is created (with the latest schema) when missing or
    /// empty, and migrated when older; for reading it must exist. Throws <see cref="StoreException"/> with one line.
    /// </summary>
    public static SqliteRecordStore Open(string path, bool forWriting)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new StoreException($"{path}: is a directory, not a store file");
        }

        bool exists = File.Exists(full);
        if (!exists && !forWriting)
        {
            throw new StoreException($"{path}: no such store (create one with 'sitrep ingest … --store {path}')");
        }

        if (exists)
        {
            CheckHeader(path, full);
        }
        else if (Path.GetDirectoryName(full) is { } dir && !Directory.Exists(dir))
        {
            throw new StoreException($"{path}: cannot create the store: the directory {dir} does not exist");
        }

        FileStream? writeLock = null;
        string lockPath = full + ".lock";
        if (forWriting)
        {
            writeLock = TakeLock(path, lockPath);
        }

        SqliteConnection? connection = null;
        try
        {
            connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = full,
                Mode = forWriting ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
                Pooling = false,
                DefaultTimeout = 30,
            }.ToString());
            connection.Open();
            Exec(connection, "PRAGMA busy_timeout = 30000");
            var store = new SqliteRecordStore(path, connection, writeLock);
            store.Prepare(forWriting);
            return store;
        }
        catch (SqliteException ex)
        {
            connection?.Dispose();
            writeLock?.Dispose();
            throw new StoreException(Describe(path, ex), ex);
        }
        catch
        {
            connection?.Dispose();
            writeLock?.Dispose();
            throw;
        }
    }

    private static void CheckHeader(string path, string full)
    {
        Span<byte> head = stackalloc byte[16];
        int read;
        try
        {
            using var f = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            read = f.ReadAtLeast(head, 16, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{path}: cannot read the store: {ex.Message}", ex);
        }

        if (read > 0 && (read < 16 || !head.SequenceEqual(s_header)))
        {
            throw new StoreException($"{path}: not a Sitrep store (not an SQLite database); nothing was changed");
        }
    }

    private static FileStream TakeLock(string path, string lockPath)
    {
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException ex) when (File.Exists(lockPath))
        {
            throw new StoreException($"{path}: another ingest is writing this store (lock {lockPath}); wait for it to finish and run again", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{path}: cannot write here: {ex.Message}", ex);
        }
    }


    private static string Describe(string path, SqliteException ex) => ex.SqliteErrorCode switch
    {
        11 or 26 => $"{path}: the store is corrupt or not an SQLite database ({ex.Message.TrimEnd('.')}); nothing was changed",
        8 => $"{path}: the store is read-only here ({ex.Message.TrimEnd('.')})",
        14 => $"{path}: cannot open or create the store ({ex.Message.TrimEnd('.')})",
        5 or 6 => $"{path}: the store is locked by another process ({ex.Message.TrimEnd('.')}); try again when it is done",
        _ => $"{path}: {ex.Message.TrimEnd('.')}",
    };

    private void Prepare(bool forWriting)
    {
        bool hasMeta = Scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'store_meta'") is long n && n > 0;
        int version = 0;
        if (hasMeta)
        {
            if (Scalar("SELECT value FROM store_meta WHERE key = 'format'") as string != StoreSchema.Format)
            {
                throw new StoreException($"{Name}: an SQLite database but not a Sitrep store (store_meta.format is not '{StoreSchema.Format}'); nothing was changed");
            }

            version = int.Parse(Scalar("SELECT value FROM store_meta WHERE key = 'schema_version'") as string ?? "0", CultureInfo.InvariantCulture);
        }
        else if (Scalar("SELECT count(*) FROM sqlite_master") is long objects && objects > 0)
        {
            throw new StoreException($"{Name}: an SQLite database but not a Sitrep store (it has tables and no store_meta); nothing was changed");
        }

        if (version > StoreSchema.Latest)
        {
            throw new StoreException($"{Name}: written by a newer Sitrep (store schema {version}; this version reads up to {StoreSchema.Latest}); nothing was changed");
        }

        if (version < StoreSchema.Latest)
        {
            if (!forWriting)
            {
                throw new StoreException(version == 0
                    ? $"{Name}: an empty file, not a Sitrep store yet (fill it with 'sitrep ingest')"
                    : $"{Name}: store schema {version} is older than {StoreSchema.Latest}; run 'sitrep ingest' on it once to migrate");
            }

            Exec(_connection, "PRAGMA journal_mode = WAL");
            Migrate(version);
        }

        if (forWriting)
        {
            Exec(_connection, "PRAGMA synchronous = NORMAL");
        }
    }

    private void Migrate(int from)
    {
        for (int v = from + 1; v <= StoreSchema.Latest; v++)
        {
            using var tx = _connection.BeginTransaction();
            foreach (string sql in StoreSchema.Sqlite[v - 1])
            {
                Exec(_connection, sql, tx);
            }

            Exec(_connection, $"INSERT OR REPLACE INTO store_meta(key, value) VALUES ('format', '{StoreSchema.Format}'), ('schema_version', '{v}')", tx);
            tx.Commit();
        }
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> StoredDocuments()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT doc_id, pipeline FROM documents";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result[r.GetString(0)] = r.GetString(1);
        }

        return result;
    }

    /// <inheritdoc/>
    public BatchResult Write(IReadOnlyList<SitrepRecord> records, bool replaceOtherPipelines = false)
    {
        ArgumentNullException.ThrowIfNull(records);
        int added = 0, replaced = 0, skipped = 0;
        try
        {
            using var tx = _connection.BeginTransaction();
            var inserts = new Dictionary<string, SqliteCommand>(StringComparer.Ordinal);
            using var find = Command("SELECT pipeline FROM documents WHERE doc_id = @p0", tx, 1);
            using var bySource = Command("SELECT doc_id FROM documents WHERE source = @p0 AND doc_id <> @p1", tx, 2);
            foreach (var record in records)
            {
                var rows = new RecordRows(record);
                string key = RecordRows.PipelineKey(record.Pipeline);
                find.Parameters[0].Value = rows.DocumentId;
                bool replace = false;
                if (find.ExecuteScalar() is string stored)
                {
                    if (stored == key || !replaceOtherPipelines)
                    {
                        skipped++;
                        continue;
                    }

                    replace = true;
                }

                var stale = new List<string>();
                bySource.Parameters[0].Value = rows.Source;
                bySource.Parameters[1].Value = rows.DocumentId;
                using (var r = bySource.ExecuteReader())
                {
                    while (r.Read())
                    {
                        stale.Add(r.GetString(0));
                    }
                }

                if (replace)
                {
                    stale.Add(rows.DocumentId);
                }

                foreach (string old in stale)
                {
                    Delete(old, tx);
                }

                if (stale.Count > 0)
                {
                    replaced++;
                }
                else
                {
                    added++;
                }

                foreach (var (table, values) in rows.Rows)
                {
                    if (!inserts.TryGetValue(table, out var insert))
                    {
                        insert = Insert(table, tx);
                        inserts[table] = insert;
                    }

                    for (int i = 0; i < values.Length; i++)
                    {
                        insert.Parameters[i].Value = values[i] ?? DBNull.Value;
                    }

                    insert.ExecuteNonQuery();
                }
            }

            foreach (var c in inserts.Values)
            {
                c.Dispose();
            }

            tx.Commit();
        }
        catch (SqliteException ex)
        {
            throw new StoreException(Describe(Name, ex), ex);
        }

        return new BatchResult(added, replaced, skipped);
    }

    private SqliteCommand Insert(string table, SqliteTransaction tx)
    {
        string[] cols = RecordRows.Columns[table];
        var sql = new StringBuilder();
        sql.Append(table == "identities" ? "INSERT OR IGNORE INTO " : "INSERT INTO ").Append(table).Append('(').AppendJoin(", ", cols).Append(") VALUES (");
        sql.AppendJoin(", ", cols.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture))).Append(')');
        if (table == "documents")
        {
            sql.Append("; INSERT INTO documents_fts(rowid, title, text) VALUES (last_insert_rowid(), @p2, @p7)");
        }
        else if (table == "quotes")
        {
            sql.Append("; INSERT INTO quotes_fts(rowid, text) VALUES (last_insert_rowid(), @p2)");
        }

        return Command(sql.ToString(), tx, cols.Length);
    }

    private void Delete(string docId, SqliteTransaction tx)
    {
        using var cmd = Command(
            "INSERT INTO documents_fts(documents_fts, rowid, title, text) SELECT 'delete', id, title, text FROM documents WHERE doc_id = @p0;" +
            "INSERT INTO quotes_fts(quotes_fts, rowid, text) SELECT 'delete', id, text FROM quotes WHERE doc_id = @p0;" +
            string.Concat(StoreSchema.ItemTables.Select(t => $"DELETE FROM {t} WHERE doc_id = @p0;")) +
            "DELETE FROM documents WHERE doc_id = @p0;",
            tx,
            1);
        cmd.Parameters[0].Value = docId;
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, long> Counts()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string t in StoreSchema.CountedTables)
        {
            counts[t] = (long)Scalar($"SELECT count(*) FROM {t}")!;
        }

        return counts;
    }

    /// <inheritdoc/>
    public SitrepRecord? Record(string documentId)
    {
        using var cmd = Command("SELECT record, text FROM documents WHERE doc_id = @p0", null, 1);
        cmd.Parameters[0].Value = documentId;
        using var r = cmd.ExecuteReader();
        return r.Read() ? RecordRows.Restore(r.GetString(0), r.GetString(1)) : null;
    }

    /// <inheritdoc/>
    public IEnumerable<SitrepRecord> Records()
    {
        using var cmd = Command("SELECT record, text FROM documents ORDER BY id", null, 0);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return RecordRows.Restore(r.GetString(0), r.GetString(1));
        }
    }

    /// <inheritdoc/>
    public QueryResult Query(StoreQuery query) => SqliteQueries.Run(_connection, query);

    public void Dispose()
    {
        if (_lock is not null)
        {
            try
            {
                // Gives the query planner fresh statistics after an ingest (cheap; SQLite decides what to analyse).
                Exec(_connection, "PRAGMA optimize");
            }
            catch (SqliteException)
            {
                // Statistics are an optimisation; a store that cannot take them is still correct.
            }
        }

        _connection.Dispose();
        _lock?.Dispose();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx, int parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        for (int i = 0; i < parameters; i++)
        {
            cmd.Parameters.Add(new SqliteParameter("@p" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        return cmd;
    }

    private object? Scalar(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static void Exec(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }
}
