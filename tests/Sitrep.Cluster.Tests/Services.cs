using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NATS.Client.Core;
using Npgsql;
using Sitrep.Store.Postgres;

namespace Sitrep.Cluster.Tests;

/// <summary>
/// A test that needs NATS JetStream and PostgreSQL: it runs when <c>SITREP_TEST_NATS</c> and <c>SITREP_TEST_POSTGRES</c>
/// (set by .ci/run, which starts both) name servers that answer, and is skipped, saying why, otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (Services.Unavailable is { } why)
        {
            Skip = why;
        }
    }
}

/// <summary>A cluster test that also starts a PostgreSQL server of its own (to restart it): needs its binaries and root.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClusterWithPrivatePostgresFactAttribute : FactAttribute
{
    public ClusterWithPrivatePostgresFactAttribute()
    {
        Skip = Services.Unavailable ?? (PrivatePostgres.Available ? null : "a private PostgreSQL needs /usr/lib/postgresql/15/bin and root (to run it as postgres)");
    }
}

internal static class Services
{
    public static readonly string? Nats = Environment.GetEnvironmentVariable("SITREP_TEST_NATS");

    public static readonly string? Postgres = Environment.GetEnvironmentVariable("SITREP_TEST_POSTGRES");

    private static readonly Lazy<string?> s_unavailable = new(() =>
    {
        if (string.IsNullOrEmpty(Nats))
        {
            return "SITREP_TEST_NATS is not set (.ci/run sets it after starting nats-server)";
        }

        if (string.IsNullOrEmpty(Postgres))
        {
            return "SITREP_TEST_POSTGRES is not set (.ci/run sets it after starting PostgreSQL)";
        }

        try
        {
            using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresRecordStore.ConnectionString(Postgres)) { Timeout = 3 }.ConnectionString);
            c.Open();
        }
        catch (Exception ex) when (ex is NpgsqlException or Store.StoreException or TimeoutException)
        {
            return $"PostgreSQL is not reachable at {Postgres}: {ex.Message}";
        }

        try
        {
            var nats = new NatsConnection(new NatsOpts { Url = Nats, ConnectTimeout = TimeSpan.FromSeconds(3) });
            nats.ConnectAsync().AsTask().GetAwaiter().GetResult();
            nats.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException)
        {
            return $"NATS is not reachable at {Nats}: {ex.Message}";
        }

        return null;
    });

    public static string? Unavailable => s_unavailable.Value;

    /// <summary>A feed of its own on the test server (a fresh name, so tests never share a stream).</summary>
    public static QueueAddress NewFeed() => QueueAddress.Parse(Nats + "/t" + Guid.NewGuid().ToString("N")[..12]);

    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <summary>Runs a program to its end; throws with its output when it fails.</summary>
    public static string Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return p.ExitCode == 0 ? output : throw new InvalidOperationException($"{file} {string.Join(' ', args)}: exit {p.ExitCode}: {output} {err.Result}");
    }
}

/// <summary>A fresh database on the test server, dropped afterwards.</summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly string _admin;

    public TestDatabase(string server)
    {
        string name = "sitrep_cluster_" + Guid.NewGuid().ToString("N")[..12];
        _admin = PostgresRecordStore.ConnectionString(server);
        Exec($"CREATE DATABASE {name}");
        Name = name;
        var u = new Uri(server);
        Url = $"{u.Scheme}://{u.UserInfo}{(u.UserInfo.Length > 0 ? "@" : "")}{u.Host}:{(u.Port > 0 ? u.Port : 5432)}/{name}";
    }

    public string Name { get; }

    public string Url { get; }

    public void Dispose()
    {
        try
        {
            Exec($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // The server of a restart test may be gone already.
        }
    }

    private void Exec(string sql)
    {
        using var c = new NpgsqlConnection(_admin);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }
}

/// <summary>A nats-server of the test's own (its own port and storage directory), to stop and restart.</summary>
internal sealed class PrivateNats : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-nats-").FullName;
    private Process? _server;

    public PrivateNats()
    {
        Port = Services.FreePort();
        Start();
    }

    public int Port { get; }

    public string Url => $"nats://127.0.0.1:{Port}";

    public void Start()
    {
        var psi = new ProcessStartInfo("nats-server") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[] { "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-js", "-sd", Path.Combine(_dir, "js"), "-l", Path.Combine(_dir, "nats.log") })
        {
            psi.ArgumentList.Add(a);
        }

        _server = Process.Start(psi)!;
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            try
            {
                using var c = new TcpClient("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException($"nats-server did not start on port {Port}");
    }

    public void Stop()
    {
        if (_server is { HasExited: false } s)
        {
            s.Kill();
            s.WaitForExit();
        }

        _server?.Dispose();
        _server = null;
    }

    public void Dispose()
    {
        Stop();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>A PostgreSQL cluster of the test's own (initdb in a temporary directory, its own port), to restart.</summary>
internal sealed class PrivatePostgres : IDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly string _dir;

    public PrivatePostgres()
    {
        Port = Services.FreePort();
        _dir = Path.Combine("/tmp", "sitrep-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
        Services.Run("chown", "postgres:postgres", _dir);
        Services.Run("chmod", "700", _dir);
        AsPostgres($"{Bin}/initdb -D {_dir}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null");
        Start();
    }

    public static bool Available => File.Exists($"{Bin}/initdb") && Environment.UserName == "root";

    public int Port { get; }

    public string Url => $"postgres://postgres@127.0.0.1:{Port}/postgres";

    public void Start() => AsPostgres($"{Bin}/pg_ctl -D {_dir}/data -l {_dir}/log -o \"-c listen_addresses=127.0.0.1 -p {Port} -k {_dir}\" -w start >/dev/null");

    public void Stop() => AsPostgres($"{Bin}/pg_ctl -D {_dir}/data -m fast -w stop >/dev/null");

    public void Dispose()
    {
        try
        {
            Stop();
        }
        catch (InvalidOperationException)
        {
            // Stopped already.
        }

        Directory.Delete(_dir, recursive: true);
    }

    private static void AsPostgres(string command) => Services.Run("su", "postgres", "-c", command);
}
