using Sitrep.Ingest.Web;

namespace Sitrep.Ingest.Tests;

/// <summary>Pages and feeds from a local server: what is read, and one clear line for each kind of bad answer.</summary>
public sealed class WebSourceTests : IAsyncLifetime, IDisposable
{
    private LocalWeb _web = null!;
    private WebFetcher _fetcher = null!;
    private WebSource _source = null!;

    public async Task InitializeAsync()
    {
        _web = await LocalWeb.StartAsync();
        _fetcher = new WebFetcher(new WebOptions { Timeout = TimeSpan.FromSeconds(5) });
        _source = new WebSource(_fetcher, new ArticleReader());
    }

    public async Task DisposeAsync() => await _web.DisposeAsync();

    public void Dispose() => _fetcher.Dispose();

    private string Error(string path, bool feedsOnly = false)
    {
        var a = Assert.Single(_source.Read(_web.Url(path), feedsOnly: feedsOnly));
        Assert.Null(a.Input);
        Assert.NotNull(a.Error);
        Assert.DoesNotContain('\n', a.Error);
        Assert.StartsWith(_web.Url(path), a.Error, StringComparison.Ordinal);
        return a.Error;
    }

    [Fact]
    public void A_page_is_one_article_with_its_title_and_the_redirect_is_followed()
    {
        var a = Assert.Single(_source.Read(_web.Url("/moved")));
        Assert.Null(a.Error);
        Assert.Equal("Council closes ferry terminal", a.Input!.Title);
        Assert.Contains("engineers found cracks", a.Input.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Example", a.Input.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_charset_of_the_content_type_header_is_used()
    {
        var a = Assert.Single(_source.Read(_web.Url("/latin1.html")));
        Assert.Null(a.Error);
        Assert.Contains("café council", a.Input!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_gives_one_article_per_item_with_its_key_date_and_link_and_skips_seen_items()
    {
        var items = _source.Read(_web.Url("/feed.xml")).ToList();
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.Null(i.Error));
        Assert.Equal(["story-0", "story-1", "story-2"], items.Select(i => i.Item));
        Assert.Equal(_web.Url("/article/1"), items[1].Source);
        Assert.Equal(new DateOnly(2025, 3, 4), items[1].Input!.StatedPublished);
        Assert.Contains("day 1", items[1].Input!.Text, StringComparison.Ordinal);

        int before = _web.Requests;
        var again = _source.Read(_web.Url("/feed.xml"), _ => new HashSet<string> { "story-0", "story-2" }).ToList();
        Assert.Equal([true, false, true], again.Select(i => i.Seen));
        Assert.Equal(2, _web.Requests - before); // the feed and the one new item
    }

    [Fact]
    public void An_atom_feed_item_in_another_language_is_refused_naming_the_language_and_the_other_is_read()
    {
        var items = _source.Read(_web.Url("/atom.xml")).ToList();
        Assert.Equal(2, items.Count);
        Assert.Null(items[0].Error);
        Assert.Equal(_web.Url("/german.html") + ": the page is in German (de); Sitrep reads English", items[1].Error);
        Assert.True(items[1].Final);
    }

    [Fact]
    public void Bad_answers_each_give_one_line()
    {
        Assert.Contains("not a valid feed", Error("/notxml"), StringComparison.Ordinal);
        Assert.Contains("not a feed (text/html", Error("/html-as-feed", feedsOnly: true), StringComparison.Ordinal);
        Assert.Contains("too large (over the limit of 5,242,880 bytes", Error("/huge.html"), StringComparison.Ordinal);
        Assert.Contains("redirect loop", Error("/loop/a"), StringComparison.Ordinal);
        Assert.Contains("timed out after 5 s", Error("/slow"), StringComparison.Ordinal);
        Assert.EndsWith("HTTP 404 Not Found", Error("/missing"), StringComparison.Ordinal);
        Assert.EndsWith("HTTP 500 Internal Server Error", Error("/error"), StringComparison.Ordinal);
        Assert.Contains("unsupported content type application/pdf", Error("/pdf"), StringComparison.Ordinal);
        Assert.Contains("not an http", Assert.Single(_source.Read("http://")).Error, StringComparison.Ordinal);
    }
}
