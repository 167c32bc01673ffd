using System.Data.Common;
using System.Globalization;
using Npgsql;
using Sitrep.Store.Sql;

namespace Sitrep.Store.Postgres;

/// <summary>
/// The PostgreSQL store (Npgsql), opened from a <c>postgres://user[:password]@host[:port]/database</c> URL: the same
/// tables and guarantees as the SQLite store. An ingest holds a session advisory lock, so that a second ingest into the
/// same database refuses at once; workers (<see cref="StoreFactory.OpenShared"/>) hold it shared and write side by side:
/// each batch first takes transaction-scoped advisory locks on its documents' content ids and sources (in one sorted
/// order, so writers never wait on each other in a cycle), and the cross-article steps run under one more
/// transaction-scoped advisory lock until the commit. A lost connection fails the batch in flight (rolled back by the
/// server) and a rerun completes the store.
/// </summary>
public sealed class PostgresRecordStore : SqlRecordStore
{
    private const long LockKey = 0x5172_6570_5354_4F52; // "SrepSTOR"
    private const long CrossArticleKey = 0x5172_6570_5843_4152; // "SrepXCAR"
    private const long MigrationKey = 0x5172_6570_4D49_4752; // "SrepMIGR"

    private PostgresRecordStore(string name, NpgsqlConnection connection)
        : base(name, connection)
    {
    }

    private protected override SqlDialect Dialect => PostgresDialect.Instance;

    private protected override string Describe(DbException ex) => $"{Name}: {ex.Message.ReplaceLineEndings(" ").TrimEnd('.')}";

    /// <summary>The Npgsql connection string of a postgres:// URL.</summary>
    public static string ConnectionString(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != "postgres" && u.Scheme != "postgresql") || u.Host.Length == 0)
        {
            throw new StoreException($"{StoreFactory.Redact(url)}: not a postgres://user@host[:port]/database URL");
        }

        string[] user = u.UserInfo.Split(':', 2);
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = u.Host,
            Port = u.Port > 0 ? u.Port : 5432,
            Database = u.AbsolutePath.Trim('/') is { Length: > 0 } db ? Uri.UnescapeDataString(db) : "postgres",
            Username = user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : "postgres",
            Timeout = 10,
            CommandTimeout = 300,
            Pooling = false,
        };
        if (user.Length > 1)
        {
            b.Password = Uri.UnescapeDataString(user[1]);
        }

        return b.ConnectionString;
    }

    public static PostgresRecordStore Open(string url, bool forWriting, bool shared = false)
    {
        string name = StoreFactory.Redact(url);
        var connection = new NpgsqlConnection(ConnectionString(url));
        try
        {
            connection.Open();
            var store = new PostgresRecordStore(name, connection);
            store.Prepare(forWriting, shared);
            return store;
        }
        catch (NpgsqlException ex)
        {
            connection.Dispose();
            throw new StoreException($"{name}: cannot use the PostgreSQL store: {ex.Message.ReplaceLineEndings(" ").TrimEnd('.')}", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Prepare(bool forWriting, bool shared)
    {
        if (forWriting && Scalar($"SELECT pg_try_advisory_lock{(shared ? "_shared" : "")}({LockKey})") is false)
        {
            throw new StoreException(shared
                ? $"{Name}: an ingest is writing this store; start the workers when it is done"
                : $"{Name}: another ingest (or a worker) is writing this store; wait for it to finish and run again");
        }

        if (!forWriting)
        {
            CheckAndMigrate(forWriting);
            return;
        }

        // Workers starting together: one migrates, the others wait here and then find the schema current.
        Scalar($"SELECT pg_advisory_lock({MigrationKey})");
        try
        {
            CheckAndMigrate(forWriting);
        }
        finally
        {
            Scalar($"SELECT pg_advisory_unlock({MigrationKey})");
        }
    }

    private void CheckAndMigrate(bool forWriting)
    {

        bool hasMeta = Convert.ToInt64(Scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'store_meta'"), CultureInfo.InvariantCulture) > 0;
        int version = 0;
        if (hasMeta)
        {
            if (Scalar("SELECT value FROM store_meta WHERE key = 'format'") as string != StoreSchema.Format)
            {
                throw new StoreException($"{Name}: a database but not a Sitrep store (store_meta.format is not '{StoreSchema.Format}'); nothing was changed");
            }

            version = int.Parse(Scalar("SELECT value FROM store_meta WHERE key = 'schema_version'") as string ?? "0", CultureInfo.InvariantCulture);
        }
        else if (Convert.ToInt64(Scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"), CultureInfo.InvariantCulture) > 0)
        {
            throw new StoreException($"{Name}: a database with other tables, not a Sitrep store; nothing was changed");
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
                    ? $"{Name}: an empty database, not a Sitrep store yet (fill it with 'sitrep ingest')"
                    : $"{Name}: store schema {version} is older than {StoreSchema.Latest}; run 'sitrep ingest' on it once to migrate");
            }

            for (int v = version + 1; v <= StoreSchema.Latest; v++)
            {
                using var tx = Connection.BeginTransaction();
                foreach (string sql in StoreSchema.Postgres[v - 1])
                {
                    Exec(sql, tx);
                }

                Exec($"INSERT INTO store_meta(key, value) VALUES ('format', '{StoreSchema.Format}'), ('schema_version', '{v}') ON CONFLICT (key) DO UPDATE SET value = excluded.value", tx);
                tx.Commit();
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Connection.State == System.Data.ConnectionState.Open)
        {
            try
            {
                // Released now rather than when the server notices the closed session, so that a writer that
                // follows at once (an ingest after the workers) is not refused.
                Scalar("SELECT pg_advisory_unlock_all()");
            }
            catch (NpgsqlException)
            {
                // The session ends anyway, and its locks with it.
            }
        }

        base.Dispose(disposing);
    }

    private protected override void LockDocuments(DbTransaction tx, IReadOnlyCollection<string> keys)
    {
        long[] sorted = [.. keys.Select(Key).Distinct().Order()];
        if (sorted.Length == 0)
        {
            return;
        }

        using var cmd = Command("SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT k FROM unnest(@p0) AS k ORDER BY k) AS s", tx, 1);
        cmd.Parameters[0].Value = sorted;
        cmd.ExecuteScalar();
    }

    private protected override void LockCrossArticle(DbTransaction tx)
    {
        using var cmd = Command($"SELECT pg_advisory_xact_lock({CrossArticleKey})", tx, 0);
        cmd.ExecuteScalar();
    }

    /// <summary>A 64-bit advisory lock key of a document key (the first 8 bytes of its SHA-256).</summary>
    private static long Key(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(hash);
    }

    private object? Scalar(string sql)
    {
        using var cmd = Command(sql, null, 0);
        return cmd.ExecuteScalar();
    }

    private void Exec(string sql, DbTransaction tx)
    {
        using var cmd = Command(sql, tx, 0);
        cmd.ExecuteNonQuery();
    }
}
