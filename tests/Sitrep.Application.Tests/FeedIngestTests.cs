using Sitrep.Ingest;
using Sitrep.Ingest.Tests;
using Sitrep.Ingest.Web;
using Sitrep.Store;

namespace Sitrep.Application.Tests;

/// <summary>Feeds into a store: new items are ingested once, a second poll adds nothing, a failing feed does not stop the batch.</summary>
public sealed class FeedIngestTests
{
    [Fact]
    public async Task A_second_poll_adds_no_rows_and_a_failing_feed_is_one_line()
    {
        await using var web = await LocalWeb.StartAsync();
        web.FeedItems = 6;
        string dir = Path.Combine(Path.GetTempPath(), "sitrep-feed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            using var store = StoreFactory.Open(Path.Combine(dir, "feed.db"), forWriting: true);
            using var fetcher = new WebFetcher(new WebOptions { Timeout = TimeSpan.FromSeconds(10) });
            var reader = new ArticleReader();
            var ingestion = new Ingestion(SitrepEngine.Create(), store, reader) { Web = new WebSource(fetcher, reader), FeedsOnly = true };
            string[] feeds = [web.Url("/notxml"), web.Url("/feed.xml"), web.Url("/missing"), web.Url("/atom.xml")];
            var errors = new List<string>();
            var first = ingestion.Run(feeds, 2, null, errors.Add);

            // Six stories (each a copy of one text with another day: near-duplicates) and the English Atom entry; the
            // German entry is refused naming its language, and two feeds fail, each with one line.
            Assert.Equal(7, first.Added);
            Assert.Equal(3, first.Failed);
            Assert.Contains(errors, e => e.StartsWith(web.Url("/notxml") + ": not a valid feed", StringComparison.Ordinal));
            Assert.Contains(errors, e => e == web.Url("/missing") + ": HTTP 404 Not Found");
            Assert.Contains(errors, e => e == web.Url("/german.html") + ": the page is in German (de); Sitrep reads English");
            var rows = store.Counts();
            Assert.True(first.Copies >= 1);

            int requests = web.Requests;
            errors.Clear();
            var second = ingestion.Run(feeds, 2, null, errors.Add);
            Assert.Equal(0, second.Added + second.Replaced);
            Assert.Equal(8, second.Skipped); // 6 + 2 Atom entries remembered (the German one as refused)
            Assert.Equal(rows, store.Counts());
            Assert.Equal(4, web.Requests - requests); // the four feeds only: no item page fetched again
            Assert.Equal(2, errors.Count);

            Assert.Equal(6, store.SeenItems(web.Url("/feed.xml")).Count);
            Assert.Equal(2, store.SeenItems(web.Url("/atom.xml")).Count);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
