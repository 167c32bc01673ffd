using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Sitrep.Store;

namespace Sitrep.Web.Tests;

/// <summary>Articles written for these tests (no corpus text): a shelling with a quote, a date that contradicts its weekday, and a hostile page.</summary>
internal static class Articles
{
    public const string Shelling = """
        Shelling Hits Kharkiv as Talks Stall
        KYIV, March 5, 2025 — Russian forces shelled Kharkiv on Sunday, March 4, 2025, killing nine civilians, regional governor Ivan Petrenko said.
        “The city will not be broken,” Petrenko told reporters on Tuesday.
        UN envoy Maria Castellanos said talks in Geneva would resume next week. “Both sides must return to the table,” Castellanos said.
        """;

    public const string Grain = """
        Grain Ships Leave Odesa Under New Deal
        ODESA, April 2, 2025 — Three ships loaded with wheat left Odesa on Wednesday under an agreement brokered by Turkey, port officials said.
        “This is a good day for farmers,” said Olena Marchenko, head of the grain traders' association.
        """;

    /// <summary>A hostile article: markup and script in the title and the text, which must be shown as text and never run.</summary>
    public const string Hostile = """
        Protest in Lyon <script>window.__pwned = 1; alert(1)</script>
        LYON, May 3, 2025 — Hundreds marched in Lyon on Saturday <img src=x onerror="window.__pwned = 2; alert(2)"> against the new law.
        “We want <b onmouseover="window.__pwned = 3">answers</b>,” said organiser Claire Dubois. <iframe src="javascript:window.__pwned=4"></iframe>
        """;

    public const string Page = """
        <!doctype html><html><head><title>Floods Close Roads in Porto</title><meta name="author" content="Desk"></head>
        <body><article><h1>Floods Close Roads in Porto</h1>
        <p>PORTO, June 10, 2025 — Heavy rain flooded streets in Porto on Tuesday, and police closed three roads, the city council said.</p>
        <p>“We have never seen water this high,” said resident Ana Costa.</p></article></body></html>
        """;
}

/// <summary>
/// A running server (Kestrel on 127.0.0.1, a free port) over a fresh SQLite store holding the test articles, plus a
/// small page server for the URL analysis. Shared by the API and browser tests of a class.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string WriteKey = "test-write-key-7f3a";
    public const long MaxBody = 256 * 1024;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private WebApplication? _pages;

    /// <summary>The MiniLM model (shipped inside its package), so that stored articles join stories as in sitrep serve.</summary>
    private static readonly Sitrep.Embeddings.MiniLmEmbedder Embedder = new();

    public Uri Base { get; private set; } = null!;

    public Uri PageServer { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Content ids of the stored articles.</summary>
    public Dictionary<string, string> Ids { get; } = [];

    public string StorePath => Path.Combine(_dir, "web.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        (_app, Base) = await Start(new ServerOptions
        {
            Store = StorePath, Urls = ["http://127.0.0.1:0"], ApiKey = WriteKey, RequestsPerMinute = 0, MaxBodyBytes = MaxBody, AllowPrivateUrls = true,
            Stories = new StoryOptions(Embedder),
        });
        Client = new HttpClient { BaseAddress = Base, Timeout = TimeSpan.FromMinutes(2) };

        var pages = WebApplication.CreateSlimBuilder();
        pages.WebHost.UseUrls("http://127.0.0.1:0");
        _pages = pages.Build();
        _pages.MapGet("/article.html", () => Results.Content(Articles.Page, "text/html; charset=utf-8"));
        _pages.MapGet("/image.png", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
        await _pages.StartAsync();
        PageServer = new Uri(SitrepServer.Addresses(_pages)[0]);

        foreach (var (name, text, published) in new[] { ("shelling", Articles.Shelling, "2025-03-05"), ("grain", Articles.Grain, "2025-04-02"), ("hostile", Articles.Hostile, "2025-05-03") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(new { text, published, source = name + ".txt" }) };
            request.Headers.Add("X-Api-Key", WriteKey);
            using var response = await Client.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"storing {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Ids[name] = json.RootElement.GetProperty("id").GetString()!;
        }
    }

    /// <summary>Starts a server for <paramref name="options"/> (its store under this fixture's directory when relative).</summary>
    internal async Task<(WebApplication App, Uri Base)> Start(ServerOptions options)
    {
        Directory.CreateDirectory(_dir);
        var app = SitrepServer.Create(options with { Store = Path.Combine(_dir, options.Store) });
        await app.StartAsync();
        return (app, new Uri(SitrepServer.Addresses(app)[0]));
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_pages is not null)
        {
            await _pages.DisposeAsync();
        }

        Directory.Delete(_dir, recursive: true);
    }
}
