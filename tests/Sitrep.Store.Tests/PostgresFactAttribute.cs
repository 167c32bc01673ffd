using Npgsql;

namespace Sitrep.Store.Tests;

/// <summary>
/// A test that needs PostgreSQL: it runs when the server at <c>SITREP_TEST_POSTGRES</c> (default
/// postgres://postgres@127.0.0.1:5432/postgres, as .ci/run starts it) answers, and is skipped, saying so, otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public static readonly string Server = Environment.GetEnvironmentVariable("SITREP_TEST_POSTGRES") ?? "postgres://postgres@127.0.0.1:5432/postgres";

    private static readonly Lazy<string?> s_unreachable = new(() =>
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(Postgres.PostgresRecordStore.ConnectionString(Server)) { Timeout = 3 };
            using var c = new NpgsqlConnection(b.ConnectionString);
            c.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or StoreException or TimeoutException)
        {
            return $"PostgreSQL is not reachable at {Server}: {ex.Message}";
        }
    });

    public PostgresFactAttribute()
    {
        if (s_unreachable.Value is { } why)
        {
            Skip = why;
        }
    }
}

/// <summary>A fresh database on the test server, dropped afterwards; <see cref="Url"/> names it.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _admin;

    public TempDatabase()
    {
        Name = "sitrep_test_" + Guid.NewGuid().ToString("N")[..12];
        _admin = Postgres.PostgresRecordStore.ConnectionString(PostgresFactAttribute.Server);
        Exec(_admin, $"CREATE DATABASE {Name}");
        var u = new Uri(PostgresFactAttribute.Server);
        Url = $"{u.Scheme}://{u.UserInfo}{(u.UserInfo.Length > 0 ? "@" : "")}{u.Host}:{(u.Port > 0 ? u.Port : 5432)}/{Name}";
    }

    public string Name { get; }

    public string Url { get; }

    public void Exec(string sql) => Exec(Postgres.PostgresRecordStore.ConnectionString(Url), sql);

    public void Dispose() => Exec(_admin, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");

    private static void Exec(string connectionString, string sql)
    {
        using var c = new NpgsqlConnection(connectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }
}
