using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sitrep.Ingest.Tests;

/// <summary>
/// A web server in the test process (Kestrel on 127.0.0.1, a free port) serving the pages and feeds the web-source
/// tests read, and every kind of bad answer: not XML, 50 MB, a redirect loop, a slow answer, 404, 500, another language.
/// </summary>
public sealed class LocalWeb : IAsyncDisposable
{
    public const string English =
        "Council closes ferry terminal\n\nThe council voted on Tuesday to close the old ferry terminal after engineers found cracks in the pier. " +
        "Residents who rely on the crossing said the decision would add an hour to their journeys to the mainland. " +
        "The harbour master said a temporary landing stage could be built within six weeks if the money was found.";

    public const string German =
        "Der Stadtrat hat am Dienstag beschlossen, das alte Fährterminal zu schließen, nachdem Ingenieure Risse in der Mole gefunden hatten. " +
        "Die Bewohner, die auf die Überfahrt angewiesen sind, sagten, dass die Entscheidung ihre Fahrt zum Festland um eine Stunde verlängern werde. " +
        "Der Hafenmeister sagte, dass eine Anlegestelle in sechs Wochen gebaut werden könne, wenn das Geld gefunden werde.";

    private readonly WebApplication _app;

    private LocalWeb(WebApplication app, string address)
    {
        _app = app;
        Address = address.TrimEnd('/');
    }

    /// <summary>http://127.0.0.1:PORT</summary>
    public string Address { get; }

    /// <summary>Articles served at /article/{i} and listed by /feed.xml: the text of article i (a function, so large feeds cost no memory up front).</summary>
    public Func<int, string> ArticleText { get; set; } = i => English.Replace("Tuesday", $"day {i}", StringComparison.Ordinal);

    /// <summary>Items in /feed.xml.</summary>
    public int FeedItems { get; set; } = 3;

    /// <summary>Requests served so far.</summary>
    public int Requests => _requests;

    private int _requests;

    public string Url(string path) => Address + path;

    public static async Task<LocalWeb> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LocalWeb? self = null;
        app.Use(async (ctx, next) =>
        {
            Interlocked.Increment(ref self!._requests);
            await next(ctx);
        });
        app.MapGet("/page.html", () => Results.Content(Html("Council closes ferry terminal", English), "text/html; charset=utf-8"));
        app.MapGet("/german.html", () => Results.Content(Html("Fährterminal geschlossen", German), "text/html; charset=utf-8"));
        app.MapGet("/latin1.html", () => Results.Bytes(Encoding.Latin1.GetBytes(Html("Café owners protest", English.Replace("council", "café council", StringComparison.Ordinal))), "text/html; charset=ISO-8859-1"));
        app.MapGet("/article/{i:int}", (int i) => Results.Content(Html($"Story {i}", self!.ArticleText(i)), "text/html; charset=utf-8"));
        app.MapGet("/feed.xml", () => Results.Content(Rss(self!), "application/rss+xml; charset=utf-8"));
        app.MapGet("/atom.xml", () => Results.Content(
            $"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id><updated>2025-03-04T00:00:00Z</updated><entry><id>urn:e1</id><title>Ferry</title><updated>2025-03-04T00:00:00Z</updated><link href="/page.html"/></entry><entry><id>urn:e2</id><title>Fähre</title><updated>2025-03-04T00:00:00Z</updated><link href="/german.html"/></entry></feed>""",
            "application/atom+xml"));
        app.MapGet("/notxml", () => Results.Content("this is { not: xml", "application/rss+xml"));
        app.MapGet("/html-as-feed", () => Results.Content(Html("A page", English), "text/html"));
        app.MapGet("/huge.html", async (HttpContext ctx) =>
        {
            // 50 MB of HTML, streamed without a length: the reader must stop at its cap.
            ctx.Response.ContentType = "text/html";
            var chunk = Encoding.UTF8.GetBytes("<p>" + new string('x', 65_529) + "</p>");
            for (int i = 0; i < 50 * 1024 * 1024 / chunk.Length && !ctx.RequestAborted.IsCancellationRequested; i++)
            {
                await ctx.Response.Body.WriteAsync(chunk, ctx.RequestAborted);
            }
        });
        app.MapGet("/loop/a", () => Results.Redirect("/loop/b"));
        app.MapGet("/loop/b", () => Results.Redirect("/loop/a"));
        app.MapGet("/moved", () => Results.Redirect("/page.html"));
        app.MapGet("/slow", async (HttpContext ctx) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted);
            return Results.Content(Html("Late", English), "text/html");
        });
        app.MapGet("/error", () => Results.StatusCode(500));
        app.MapGet("/pdf", () => Results.Bytes([0x25, 0x50, 0x44, 0x46], "application/pdf"));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        self = new LocalWeb(app, address);
        return self;
    }

    public static string Html(string title, string text)
    {
        var body = new StringBuilder();
        foreach (string p in text.Split("\n\n"))
        {
            body.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(p)).Append("</p>\n");
        }

        return $"<!doctype html><html><head><title>{System.Net.WebUtility.HtmlEncode(title)}</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>{System.Net.WebUtility.HtmlEncode(title)}</h1>\n{body}</article><footer>© Example</footer></body></html>";
    }

    private static string Rss(LocalWeb web)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local news</title><link>http://127.0.0.1/</link><description>d</description>""");
        for (int i = 0; i < web.FeedItems; i++)
        {
            sb.Append($"<item><title>Story {i}</title><link>{web.Address}/article/{i}</link><guid>story-{i}</guid><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>");
        }

        return sb.Append("</channel></rss>").ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
