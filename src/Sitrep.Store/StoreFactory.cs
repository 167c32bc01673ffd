using Sitrep.Store.Postgres;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store;

/// <summary>Opens the store a <c>--store</c> value names: a SQLite file path (default <c>sitrep.db</c>) or a postgres:// URL.</summary>
public static class StoreFactory
{
    public const string DefaultPath = "sitrep.db";

    /// <summary>Opens the store; with <paramref name="stories"/>, documents written join stories (<see cref="Sql.StoryStep"/>).</summary>
    public static IRecordStore Open(string? location, bool forWriting, StoryOptions? stories)
    {
        var store = Open(location, forWriting);
        ((Sql.SqlRecordStore)store).Stories = stories;
        return store;
    }

    public static IRecordStore Open(string? location, bool forWriting)
    {
        string where = string.IsNullOrWhiteSpace(location) ? DefaultPath : location;
        if (where.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || where.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return PostgresRecordStore.Open(where, forWriting);
        }

        return SqliteRecordStore.Open(where, forWriting);
    }

    /// <summary>
    /// Opens a store for one of several concurrent writers (<c>sitrep worker</c>): PostgreSQL admits any number of
    /// them (and refuses an exclusive <c>sitrep ingest</c> meanwhile); an SQLite file still admits one writer.
    /// </summary>
    public static IRecordStore OpenShared(string location, StoryOptions? stories)
    {
        var store = OpenShared(location);
        ((Sql.SqlRecordStore)store).Stories = stories;
        return store;
    }

    public static IRecordStore OpenShared(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            ? PostgresRecordStore.Open(location, forWriting: true, shared: true)
            : SqliteRecordStore.Open(location, forWriting: true);
    }

    /// <summary>A URL without its password, for messages.</summary>
    public static string Redact(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out var u) && u.UserInfo.Contains(':', StringComparison.Ordinal)
            ? url.Replace(u.UserInfo, u.UserInfo[..u.UserInfo.IndexOf(':', StringComparison.Ordinal)] + ":***", StringComparison.Ordinal)
            : url;
}
