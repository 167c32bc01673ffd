using Sitrep.Store.Postgres;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store;

/// <summary>Opens the store a <c>--store</c> value names: a SQLite file path (default <c>sitrep.db</c>) or a postgres:// URL.</summary>
public static class StoreFactory
{
    public const string DefaultPath = "sitrep.db";

    public static IRecordStore Open(string? location, bool forWriting)
    {
        string where = string.IsNullOrWhiteSpace(location) ? DefaultPath : location;
        if (where.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || where.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return PostgresRecordStore.Open(where, forWriting);
        }

        return SqliteRecordStore.Open(where, forWriting);
    }

    /// <summary>A URL without its password, for messages.</summary>
    public static string Redact(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out var u) && u.UserInfo.Contains(':', StringComparison.Ordinal)
            ? url.Replace(u.UserInfo, u.UserInfo[..u.UserInfo.IndexOf(':', StringComparison.Ordinal)] + ":***", StringComparison.Ordinal)
            : url;
}
