using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using System.Data.Common;
using Sitrep.Store.Sql;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// The default store: one SQLite file (WAL journal), FTS5 over article and quote text. Opening checks that the file
/// is a Sitrep store of a schema this code knows and never overwrites anything else. A writer holds an exclusive
/// lock (<c>FILE.lock</c>) so that a second ingest into the same file refuses at once instead of interleaving.
/// </summary>
public sealed class SqliteRecordStore : SqlRecordStore
{
    private static readonly byte[] s_header = "SQLite format 3\0"u8.ToArray();
    private readonly SqliteConnection _connection;
    private readonly FileStream? _lock;

    private SqliteRecordStore(string path, SqliteConnection connection, FileStream? writeLock)
        : base(path, connection)
    {
        _connection = connection;
        _lock = writeLock;
    }

    private protected override SqlDialect Dialect => SqliteDialect.Instance;

    private protected override string AfterInsert(string table) => table switch
    {
        "documents" => "; INSERT INTO documents_fts(rowid, title, text) VALUES (last_insert_rowid(), @p2, @p7)",
        "quotes" => "; INSERT INTO quotes_fts(rowid, text) VALUES (last_insert_rowid(), @p2)",
        _ => "",
    };

    private protected override string BeforeDelete =>
        "INSERT INTO documents_fts(documents_fts, rowid, title, text) SELECT 'delete', id, title, text FROM documents WHERE doc_id = @p0;" +
        "INSERT INTO quotes_fts(quotes_fts, rowid, text) SELECT 'delete', id, text FROM quotes WHERE doc_id = @p0;";

    private protected override string Describe(DbException ex) => ex is SqliteException s ? Describe(Name, s) : $"{Name}: {ex.Message.TrimEnd('.')}";

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

    protected override void Dispose(bool disposing)
    {
        if (disposing && _lock is not null)
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

        base.Dispose(disposing);
        if (disposing)
        {
            _lock?.Dispose();
        }
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
