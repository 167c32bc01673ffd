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
}
