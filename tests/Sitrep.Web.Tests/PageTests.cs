using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sitrep.Web.Tests;

/// <summary>A browser test: runs when Debian's chromium is installed (.ci/run installs it), skipped, saying why, otherwise.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"chromium is not installed at {Path} (apt-get install chromium; .ci/run does it)";
        }
    }
}

/// <summary>One headless chromium for a test class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.Path))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Path, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>
/// The web page in a real browser: analyse (paste, upload), highlights and record entries both ways, search, a
/// person's quotes, the events timeline, a finding's evidence, a correction, and a hostile article that must not run.
/// Screenshots go to /tmp/sitrep-web-*.png.
/// </summary>
public sealed class PageTests(ServerFixture server, BrowserFixture browser) : IClassFixture<ServerFixture>, IClassFixture<BrowserFixture>
{
    private async Task<IPage> Open()
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        page.SetDefaultTimeout(60_000);
        SetDefaultExpectTimeout(60_000);
        await page.GotoAsync(server.Base.ToString());
        return page;
    }

    private static async Task Shot(IPage page, string name) => await page.ScreenshotAsync(new() { Path = $"/tmp/sitrep-web-{name}.png", FullPage = true });

    [ChromiumFact]
    public async Task Analyse_pasted_text_and_click_between_highlights_and_record()
    {
        var page = await Open();
        await page.FillAsync("#analyze-text", Articles.Shelling);
        await page.FillAsync("#analyze-published", "2025-03-05");
        await page.ClickAsync("#analyze-go");
        await Expect(page.Locator("#doc-view")).ToBeVisibleAsync();
        await Expect(page.Locator("#doc-title")).ToHaveTextAsync("Shelling Hits Kharkiv as Talks Stall");

        // A highlight → its record entry.
        var quoteMark = page.Locator("#doc-text .hl.quote", new() { HasText = "will not be broken" }).First;
        await quoteMark.ClickAsync();
        var selected = page.Locator("#record .entry.sel");
        await Expect(selected).ToHaveCountAsync(1);
        await Expect(selected).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("quote"));
        await Expect(selected).ToContainTextAsync("Petrenko");

        // A record entry → its highlight.
        await page.Locator("#record .entry.event").First.ClickAsync();
        await Expect(page.Locator("#doc-text .hl.sel").First).ToBeVisibleAsync();
        await Expect(page.Locator("#record .entry.event.sel")).ToHaveCountAsync(1);
        await Expect(page.Locator("#record .entry.finding")).ToContainTextAsync(["date_conflict"]);
        await Shot(page, "analyze");
    }

    [ChromiumFact]
    public async Task Analyse_an_uploaded_file_and_a_url()
    {
        var page = await Open();
        await page.CheckAsync("input[name=mode][value=upload]");
        await page.SetInputFilesAsync("#analyze-file", new FilePayload { Name = "porto.html", MimeType = "text/html", Buffer = System.Text.Encoding.UTF8.GetBytes(Articles.Page) });
        await page.ClickAsync("#analyze-go");
        await Expect(page.Locator("#doc-title")).ToHaveTextAsync("Floods Close Roads in Porto");
        await Expect(page.Locator("#doc-meta")).ToContainTextAsync("porto.html");

        // The same page by its URL.
        await page.ClickAsync("#tabs button[data-tab=analyze]");
        await page.CheckAsync("input[name=mode][value=url]");
        string url = new Uri(server.PageServer, "/article.html").ToString();
        await page.FillAsync("#analyze-url", url);
        await page.ClickAsync("#analyze-go");
        await Expect(page.Locator("#doc-meta")).ToContainTextAsync(url);
        await Expect(page.Locator("#doc-title")).ToHaveTextAsync("Floods Close Roads in Porto");
    }

    [ChromiumFact]
    public async Task A_hostile_article_is_shown_as_text_and_runs_nothing()
    {
        var page = await Open();
        bool dialog = false;
        page.Dialog += (_, d) => { dialog = true; _ = d.DismissAsync(); };
        await page.FillAsync("#analyze-text", Articles.Hostile);
        await page.ClickAsync("#analyze-go");
        await Expect(page.Locator("#doc-text")).ToContainTextAsync("<script>window.__pwned = 1; alert(1)</script>");
        await Expect(page.Locator("#doc-title")).ToContainTextAsync("<script>");
        await Expect(page.Locator("#doc-text")).ToContainTextAsync("onerror=");
        // Hover and click over the payloads too: nothing may have run.
        await page.Locator("#doc-text").HoverAsync();
        await page.Locator("#doc-text").ClickAsync();
        Assert.Equal(0, await page.Locator("#doc-view script, #doc-view img, #doc-view iframe, #doc-view b").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.False(dialog);

        // The stored hostile article, opened from a search, is as inert.
        await page.ClickAsync("#tabs button[data-tab=search]");
        await page.FillAsync("form[data-query=search] input[name=q]", "Lyon");
        await page.ClickAsync("form[data-query=search] button");
        await page.Locator("#search-results li").First.ClickAsync();
        await Expect(page.Locator("#doc-text")).ToContainTextAsync("<iframe src=\"javascript:window.__pwned=4\"></iframe>");
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.False(dialog);
        await Shot(page, "hostile");
    }

    [ChromiumFact]
    public async Task A_story_shows_its_timeline_opens_its_articles_and_its_briefing()
    {
        var page = await Open();
        await page.ClickAsync("#tabs button[data-tab=stories]");
        await page.ClickAsync("form[data-query=stories] button");
        var row = page.Locator("#stories-table tr.link", new() { HasText = "Shelling Hits Kharkiv" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(page.Locator("#stories-table tr.link")).ToHaveCountAsync(3); // three unrelated articles, three stories
        await row.ClickAsync();
        await Expect(page.Locator("#story-title")).ToHaveTextAsync("Shelling Hits Kharkiv as Talks Stall");
        await Expect(page.Locator("#story-timeline button.quote", new() { HasText = "The city will not be broken" })).ToHaveCountAsync(1);
        await Expect(page.Locator("#story-timeline button.event")).Not.ToHaveCountAsync(0);
        await Shot(page, "story");

        // The briefing opens on its own page, with no script allowed, and cites the article.
        var popup = await page.RunAndWaitForPopupAsync(() => page.ClickAsync("#story-briefing"));
        await Expect(popup.Locator("h1")).ToContainTextAsync("Shelling Hits Kharkiv");
        await Expect(popup.Locator("body")).ToContainTextAsync("Petrenko");
        await Shot(popup, "story-briefing");

        await page.Locator("#story-timeline button.quote").First.ClickAsync();
        await Expect(page.Locator("#doc-title")).ToHaveTextAsync("Shelling Hits Kharkiv as Talks Stall");
    }

    [ChromiumFact]
    public async Task Search_then_a_person_and_their_quotes()
    {
        var page = await Open();
        await page.ClickAsync("#tabs button[data-tab=search]");
        await page.FillAsync("form[data-query=search] input[name=q]", "wheat");
        await page.ClickAsync("form[data-query=search] button");
        await Expect(page.Locator("#search-results li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#search-results li")).ToContainTextAsync("Grain Ships Leave Odesa");
        await Shot(page, "search");
        await page.Locator("#search-results li").ClickAsync();
        await Expect(page.Locator("#doc-title")).ToHaveTextAsync("Grain Ships Leave Odesa Under New Deal");

        await page.ClickAsync("#tabs button[data-tab=people]");
        await page.ClickAsync("form[data-query=people] button");
        await page.Locator("#people-table tr.link", new() { HasText = "Ivan Petrenko" }).ClickAsync();
        await Expect(page.Locator("#tab-quotes")).ToBeVisibleAsync();
        await Expect(page.Locator("#quotes-results li", new() { HasText = "The city will not be broken" })).ToHaveCountAsync(1);
        Assert.All(await page.Locator("#quotes-results li strong").AllTextContentsAsync(), s => Assert.Equal("Ivan Petrenko", s));
        await Shot(page, "quotes");
    }

    [ChromiumFact]
    public async Task The_events_timeline_filters_and_a_finding_opens_its_evidence()
    {
        var page = await Open();
        await page.ClickAsync("#tabs button[data-tab=events]");
        await page.ClickAsync("form[data-query=events] button");
        await Expect(page.Locator("#events-timeline .ev").First).ToBeVisibleAsync();
        int all = await page.Locator("#events-timeline .ev").CountAsync();
        await page.SelectOptionAsync("#events-type", "ASSAULT");
        await page.ClickAsync("form[data-query=events] button");
        await Expect(page.Locator("#events-timeline .ev").First).ToContainTextAsync("ASSAULT");
        var cats = await page.Locator("#events-timeline .ev .cat").AllTextContentsAsync();
        Assert.All(cats, c => Assert.Equal("ASSAULT", c));
        Assert.True(cats.Count <= all);
        await Expect(page.Locator("#events-timeline .day h3").First).ToHaveTextAsync("2025-03-04");
        await Shot(page, "events");

        // The place list leads to the events there.
        await page.ClickAsync("#tabs button[data-tab=places]");
        await page.ClickAsync("form[data-query=places] button");
        await Expect(page.Locator("#map img")).ToHaveCountAsync(1);
        Assert.StartsWith("data:image/svg+xml", await page.Locator("#map img").GetAttributeAsync("src"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#map img").EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"), "the map image did not load");
        await Shot(page, "places");
        await page.Locator("#places-table tr.link", new() { HasText = "Kharkiv" }).ClickAsync();
        await Expect(page.Locator("#tab-events")).ToBeVisibleAsync();
        await Expect(page.Locator("form[data-query=events] input[name=where]")).ToHaveValueAsync("Kharkiv");
        await Expect(page.Locator("#events-type")).ToHaveValueAsync("");
        await Expect(page.Locator("#events-timeline .ev")).ToHaveCountAsync(1);
        await Expect(page.Locator("#events-timeline .ev")).ToContainTextAsync("Kharkiv");

        await page.ClickAsync("#tabs button[data-tab=findings]");
        await page.ClickAsync("form[data-query=findings] button");
        var finding = page.Locator("#findings-results li", new() { HasText = "date_conflict" }).First;
        await Expect(finding).ToContainTextAsync("March 4, 2025");
        await finding.ClickAsync();
        await Expect(page.Locator("#record .entry.finding.sel")).ToHaveCountAsync(1);
        await Expect(page.Locator("#doc-text .hl.sel").First).ToContainTextAsync("March 4");
        await Shot(page, "finding");
    }

    [ChromiumFact]
    public async Task A_briefing_of_a_selection_shows_its_sections_and_citations()
    {
        var page = await Open();
        await page.ClickAsync("#tabs button[data-tab=briefing]");
        await page.FillAsync("#briefing-form input[name=who]", "Petrenko");
        await page.ClickAsync("#briefing-form button");
        await Expect(page.Locator("#briefing-view h1")).ToContainTextAsync("Petrenko");
        await Expect(page.Locator("#briefing-view section h2").First).ToBeVisibleAsync();
        await Expect(page.Locator("#briefing-view", new() { HasText = "The city will not be broken" })).ToHaveCountAsync(1);
        await Expect(page.Locator("#briefing-view #sources li")).ToHaveCountAsync(1);
        Assert.True(await page.Locator("#briefing-view a.cite").CountAsync() > 0, "no citation in the briefing");
        await Expect(page.Locator("#briefing-save")).ToBeVisibleAsync();
        await Shot(page, "briefing");

        // The hostile article's briefing shows its markup as text and runs nothing.
        await page.FillAsync("#briefing-form input[name=who]", "");
        await page.FillAsync("#briefing-form input[name=q]", "Lyon");
        await page.ClickAsync("#briefing-form button");
        await Expect(page.Locator("#briefing-view h1")).ToContainTextAsync("Lyon");
        await Expect(page.Locator("#briefing-view #sources li")).ToContainTextAsync("<script>");
        Assert.Equal(0, await page.Locator("#briefing-view script, #briefing-view img[src=x], #briefing-view iframe").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
    }

    [ChromiumFact]
    public async Task A_reviewer_corrects_a_speaker_and_an_event_category()
    {
        var page = await Open();
        await page.FillAsync("#api-key", ServerFixture.WriteKey);
        await page.Locator("#api-key").DispatchEventAsync("change");
        await page.ClickAsync("#tabs button[data-tab=quotes]");
        await page.FillAsync("form[data-query=quotes] input[name=who]", "Castellanos");
        await page.ClickAsync("form[data-query=quotes] button");
        await page.Locator("#quotes-results li").First.ClickAsync();
        var entry = page.Locator("#record .entry.quote.sel");
        await Expect(entry).ToHaveCountAsync(1);
        await entry.Locator("button.fix-speaker").ClickAsync();
        await entry.Locator("form.correct-form input[name=value]").FillAsync("María Castellanos");
        await entry.Locator("form.correct-form input[name=note]").FillAsync("accent");
        await entry.Locator("form.correct-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Correction saved beside the machine's reading.");
        await Expect(page.Locator("#record .entry.quote.sel .correction")).ToContainTextAsync("speaker: Maria Castellanos → María Castellanos — accent");

        var ev = page.Locator("#record .entry.event").First;
        await ev.Locator("button.fix-type").ClickAsync();
        await ev.Locator("form.correct-form select[name=value]").SelectOptionAsync("COERCE");
        await ev.Locator("form.correct-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#record .entry.event .correction", new() { HasText = "→ COERCE" })).ToHaveCountAsync(1);
        await Shot(page, "correction");

        // Stored beside the machine's reading: the quote still carries the machine's speaker.
        var doc = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync($"/api/documents/{server.Ids["shelling"]}")).RootElement;
        Assert.Contains(doc.GetProperty("corrections").EnumerateArray(), c => c.GetProperty("value").GetString() == "María Castellanos");
        Assert.Contains(doc.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("speaker_name").GetString() == "Maria Castellanos");
    }
}
