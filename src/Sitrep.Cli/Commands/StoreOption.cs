using System.CommandLine;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>The <c>--store FILE.db|postgres://…</c> option of ingest, query and export.</summary>
internal static class StoreOption
{
    public static Option<string> Create() => new("--store", "-s")
    {
        Description = $"The store: a SQLite file (default {StoreFactory.DefaultPath}) or a postgres:// URL",
        DefaultValueFactory = _ => StoreFactory.DefaultPath,
    };

    /// <summary>Opens the store <paramref name="store"/> names and runs <paramref name="body"/> on it; a store error is written after <paramref name="prefix"/> and gives 1.</summary>
    public static int Use(ParseResult parse, Option<string> store, bool forWriting, TextWriter error, string prefix, Func<IRecordStore, int> body, StoryOptions? stories = null)
    {
        try
        {
            using var opened = StoreFactory.Open(parse.GetValue(store), forWriting, stories);
            return body(opened);
        }
        catch (StoreException ex)
        {
            error.WriteLine($"{prefix}: {ex.Message}");
            return 1;
        }
    }
}
