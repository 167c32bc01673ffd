using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sitrep.Application;
using Sitrep.Ingest;
using Sitrep.Ingest.Web;
using Sitrep.Store;

namespace Sitrep.Bench;

/// <summary>
/// Ingest of a local feed: Kestrel on 127.0.0.1 serves an RSS feed of N items whose pages are BBC articles turned
/// into HTML at run time (nothing written to disk); the feed is ingested into a fresh SQLite store as
/// <c>sitrep watch</c> does, then polled again, which must add no row.
/// </summary>
internal static class FeedIngest
{
    public static void Run(int items, int jobs, TextWriter output)
    {
        var corpus = NewsCorpus.Load(NewsCorpus.Bbc);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        string address = "";
        app.MapGet("/feed.xml", () =>
        {
            var rss = new StringBuilder("""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>BBC (local)</title><link>http://127.0.0.1/</link><description>bench</description>""");
            for (int i = 0; i < items; i++)
            {
                rss.Append(CultureInfo.InvariantCulture, $"<item><title>Item {i}</title><link>{address}/a/{i}</link><guid>bbc-{i}</guid></item>");
            }

            return Results.Content(rss.Append("</channel></rss>").ToString(), "application/rss+xml; charset=utf-8");
        });
        app.MapGet("/a/{i:int}", (int i) =>
        {
            string text = corpus.Texts[i % corpus.Texts.Length];
            int nl = text.IndexOf('\n', StringComparison.Ordinal);
            string title = nl > 0 ? text[..nl] : "Story";
            var html = new StringBuilder("<!doctype html><html><head><title>").Append(WebUtility.HtmlEncode(title)).Append("</title></head><body><article><h1>")
                .Append(WebUtility.HtmlEncode(title)).Append("</h1>");
            foreach (string p in text[(nl + 1)..].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>");
            }

            return Results.Content(html.Append("</article></body></html>").ToString(), "text/html; charset=utf-8");
        });
        app.StartAsync().GetAwaiter().GetResult();
        address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        string dir = Path.Combine(Path.GetTempPath(), "sitrep-feed-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            using var store = StoreFactory.Open(Path.Combine(dir, "feed.db"), forWriting: true);
            using var fetcher = new WebFetcher();
            var reader = new ArticleReader();
            var engine = SitrepEngine.Create();
            var ingestion = new Ingestion(engine, store, reader) { Web = new WebSource(fetcher, reader), FeedsOnly = true };
            string[] feed = [address + "/feed.xml"];
            for (int poll = 1; poll <= 2; poll++)
            {
                var before = store.Counts();
                var s = ingestion.Run(feed, jobs, null, e => output.WriteLine("error: " + e));
                var after = store.Counts();
                long newRows = after.Sum(kv => kv.Value - before[kv.Key]);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"poll {poll}: {items} feed items, {s.Added} added ({s.Copies} copies), {s.Skipped} skipped, {s.Failed} failed in {s.Elapsed.TotalSeconds:F1} s ({s.Rate:F1} documents/s); {newRows} new rows"));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
            app.StopAsync().GetAwaiter().GetResult();
        }
    }
}
