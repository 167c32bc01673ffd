using System.Data.Common;
using System.Globalization;
using Npgsql;
using Sitrep.Store.Sql;

namespace Sitrep.Store.Postgres;

/// <summary>
/// The PostgreSQL store (Npgsql), opened from a <c>postgres://user[:password]@host[:port]/database</c> URL: the same
/// tables and guarantees as the SQLite store. A writer holds a session advisory lock, so that a second ingest into the
/// same database refuses at once; a lost connection fails the batch in flight (rolled back by the server) and a rerun
/// completes the store.
/// </summary>
public sealed class PostgresRecordStore : SqlRecordStore
{
    private const long LockKey = 0x5172_6570_5354_4F52; // "SrepSTOR"

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

    public static PostgresRecordStore Open(string url, bool forWriting)
    {
        string name = StoreFactory.Redact(url);
        var connection = new NpgsqlConnection(ConnectionString(url));
        try
        {
            connection.Open();
            var store = new PostgresRecordStore(name, connection);
            store.Prepare(forWriting);
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

    private void Prepare(bool forWriting)
    {
        if (forWriting && Scalar($"SELECT pg_try_advisory_lock({LockKey})") is false)
        {
            throw new StoreException($"{Name}: another ingest is writing this store; wait for it to finish and run again");
        }

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
