using Sitrep.Store;

namespace Sitrep.Web;

/// <summary>How <c>sitrep serve</c> runs: its store, addresses, keys and limits.</summary>
public sealed record ServerOptions
{
    /// <summary>The environment variable that gives the write key when <c>--api-key</c> is not given.</summary>
    public const string ApiKeyVariable = "SITREP_API_KEY";

    /// <summary>The environment variable that gives the read key when <c>--read-key</c> is not given.</summary>
    public const string ReadKeyVariable = "SITREP_READ_KEY";

    /// <summary>The store: a SQLite file or a postgres:// URL (created or migrated at start).</summary>
    public string Store { get; init; } = StoreFactory.DefaultPath;

    /// <summary>Stories kept as articles are stored through the server (the embedder; null: stored articles join no story).</summary>
    public StoryOptions? Stories { get; init; }

    /// <summary>The addresses to listen on (Kestrel URLs; port 0 picks a free one).</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5180"];

    /// <summary>The key that writes (ingest, corrections) need in the X-Api-Key header; null: writes are refused.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The key that reads need (the write key also reads); null: reads are open.</summary>
    public string? ReadKey { get; init; }

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxBodyBytes { get; init; } = 2L * 1024 * 1024;

    /// <summary>The longest one analysis may take.</summary>
    public TimeSpan AnalysisTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests per minute from one client address; 0: no limit.</summary>
    public int RequestsPerMinute { get; init; } = 600;

    /// <summary>Analyses run at once (more wait in a queue of <see cref="AnalysisQueue"/>); 0: one per core.</summary>
    public int AnalysesAtOnce { get; init; }

    /// <summary>Analyses that may wait for a free slot before a request is refused (429).</summary>
    public int AnalysisQueue { get; init; } = 64;

    /// <summary>Origins allowed to call the API from another site (CORS); empty: CORS off.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// <summary>Let the URL analysis fetch loopback and private-network addresses (off: a server must not be a proxy into its own network).</summary>
    public bool AllowPrivateUrls { get; init; }

    /// <summary>The longest a URL fetch may take.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
