using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Sitrep.Web.Tests;

/// <summary>Every endpoint of the API over a running server, with good and bad input; every error is problem details.</summary>
public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private HttpClient Client => server.Client;

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The problem details of an error answer: its content type, status and detail.</summary>
    private static async Task<string> Problem(HttpResponseMessage response, HttpStatusCode expected)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var p = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)expected, p.GetProperty("status").GetInt32());
        Assert.True(p.TryGetProperty("title", out _));
        return p.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "";
    }

    private static IEnumerable<string> Column(JsonElement result, string name)
        => result.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty(name).ValueKind == JsonValueKind.Null ? "" : r.GetProperty(name).ToString());

    private Task<HttpResponseMessage> Post(string path, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return Client.SendAsync(request);
    }

    [Fact]
    public async Task Analyze_text_gives_the_record_with_every_span_on_its_words()
    {
        var rec = await Json(await Post("/api/analyze", new { text = Articles.Shelling, published = "2025-03-05" }));
        Assert.Equal("sitrep/1", rec.GetProperty("schema").GetString());
        string text = rec.GetProperty("document").GetProperty("text").GetString()!;
        var quotes = rec.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Contains(quotes, q => q.GetProperty("text").GetString()!.Contains("will not be broken", StringComparison.Ordinal));
        foreach (var q in quotes)
        {
            Assert.Equal(q.GetProperty("text").GetString(), text[q.GetProperty("start").GetInt32()..q.GetProperty("end").GetInt32()]);
        }

        Assert.Contains(rec.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "ASSAULT");
        Assert.Contains(rec.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "date_conflict");
        Assert.Equal("2025-03-05", rec.GetProperty("document").GetProperty("published").GetString());
    }

    [Fact]
    public async Task Analyze_upload_reads_an_html_file()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Articles.Page));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/html");
        form.Add(file, "file", "porto.html");
        form.Add(new StringContent("2025-06-10"), "published");
        var rec = await Json(await Client.PostAsync("/api/analyze/upload", form));
        Assert.Equal("Floods Close Roads in Porto", rec.GetProperty("document").GetProperty("title").GetString());
        Assert.Equal("porto.html", rec.GetProperty("document").GetProperty("source").GetString());
        Assert.DoesNotContain("<p>", rec.GetProperty("document").GetProperty("text").GetString(), StringComparison.Ordinal);

        using var empty = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        Assert.Contains("'file'", await Problem(await Client.PostAsync("/api/analyze/upload", empty), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        using var binary = new MultipartFormDataContent { { new ByteArrayContent([0, 1, 2, 0, 0, 3]), "file", "x.txt" } };
        Assert.Contains("binary", await Problem(await Client.PostAsync("/api/analyze/upload", binary), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("content type 'application/json", await Problem(await Post("/api/analyze/upload", new { text = "x" }), HttpStatusCode.UnsupportedMediaType), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_url_fetches_the_page_and_refuses_what_is_not_an_article()
    {
        string url = new Uri(server.PageServer, "/article.html").ToString();
        var rec = await Json(await Post("/api/analyze/url", new { url }));
        Assert.Equal(url, rec.GetProperty("document").GetProperty("source").GetString());
        Assert.StartsWith("Floods Close Roads in Porto", rec.GetProperty("document").GetProperty("text").GetString(), StringComparison.Ordinal);

        Assert.Contains("not an http", await Problem(await Post("/api/analyze/url", new { url = "file:///etc/passwd" }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("404", await Problem(await Post("/api/analyze/url", new { url = new Uri(server.PageServer, "/missing").ToString() }), HttpStatusCode.BadGateway), StringComparison.Ordinal);
        Assert.Contains("image/png", await Problem(await Post("/api/analyze/url", new { url = new Uri(server.PageServer, "/image.png").ToString() }), HttpStatusCode.BadGateway), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_people_orgs_quotes_places_and_stats_answer_from_the_store()
    {
        var search = await Json(await Client.GetAsync("/api/search?q=wheat"));
        Assert.Equal([server.Ids["grain"]], Column(search, "doc_id"));
        Assert.Contains("[wheat]", Column(search, "snippet").Single(), StringComparison.Ordinal);

        var people = await Json(await Client.GetAsync("/api/people"));
        Assert.Contains("Ivan Petrenko", Column(people, "name"));
        Assert.Contains("Maria Castellanos", Column(people, "name"));

        var quotes = await Json(await Client.GetAsync("/api/quotes?who=Petrenko"));
        Assert.Contains("The city will not be broken,", Column(quotes, "text"));
        Assert.All(Column(quotes, "speaker_name"), s => Assert.Equal("Ivan Petrenko", s));
        var about = await Json(await Client.GetAsync("/api/quotes?about=farmers"));
        Assert.Equal(["Olena Marchenko"], Column(about, "speaker_name"));

        var orgs = await Json(await Client.GetAsync("/api/orgs"));
        Assert.Contains("UN", Column(orgs, "name"));

        var places = await Json(await Client.GetAsync("/api/places"));
        Assert.Contains("Kharkiv", Column(places, "name"));
        var ukraine = await Json(await Client.GetAsync("/api/places?where=UKR"));
        Assert.All(Column(ukraine, "country"), c => Assert.Equal("UKR", c));

        var stats = await Json(await Client.GetAsync("/api/stats"));
        Assert.Equal(3, stats.GetProperty("documents").GetInt64());
    }

    [Fact]
    public async Task Events_filter_and_the_timeline_orders_them()
    {
        var assaults = await Json(await Client.GetAsync("/api/events?type=ASSAULT"));
        Assert.Contains("Kharkiv", Column(assaults, "place_name"));
        Assert.All(Column(assaults, "type"), t => Assert.Equal("ASSAULT", t));
        Assert.Empty(Column(await Json(await Client.GetAsync("/api/events?type=ASSAULT&since=2025-04")), "type"));
        Assert.NotEmpty(Column(await Json(await Client.GetAsync("/api/events?where=Kharkiv&until=2025-03")), "type"));

        var timeline = await Json(await Client.GetAsync("/api/timeline?who=Petrenko"));
        var dates = Column(timeline, "date").ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains("quote", Column(timeline, "item"));

        Assert.Contains("who or where", await Problem(await Client.GetAsync("/api/timeline"), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("since", await Problem(await Client.GetAsync("/api/events?since=March"), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("limit", await Problem(await Client.GetAsync("/api/events?limit=0"), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem(await Client.GetAsync("/api/events?limit=many"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Stories_list_the_stored_articles_and_a_story_gives_its_timeline_and_a_briefing_without_script()
    {
        var stories = await Json(await Client.GetAsync("/api/stories"));
        var rows = stories.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count); // three unrelated articles, each its own story
        var shelling = rows.Single(r => r.GetProperty("story_id").GetString() == server.Ids["shelling"]);
        Assert.Equal("Shelling Hits Kharkiv as Talks Stall", shelling.GetProperty("title").GetString());
        Assert.Equal(1, shelling.GetProperty("articles").GetInt64());

        var timeline = await Json(await Client.GetAsync($"/api/stories/{server.Ids["shelling"][..8]}"));
        var items = timeline.GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains(items, r => r.GetProperty("item").GetString() == "quote" && r.GetProperty("text").GetString()!.Contains("will not be broken", StringComparison.Ordinal));
        Assert.Contains(items, r => r.GetProperty("item").GetString() == "event");

        using var briefing = await Client.GetAsync($"/api/stories/{server.Ids["shelling"]}/briefing");
        Assert.Equal(HttpStatusCode.OK, briefing.StatusCode);
        Assert.Equal("text/html", briefing.Content.Headers.ContentType?.MediaType);
        string csp = string.Join(' ', briefing.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("Petrenko", await briefing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Contains("no story", await Problem(await Client.GetAsync("/api/stories/zzzz"), HttpStatusCode.NotFound), StringComparison.Ordinal);
        Assert.Contains("no story", await Problem(await Client.GetAsync("/api/stories/zzzz/briefing"), HttpStatusCode.NotFound), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Findings_carry_their_evidence_and_a_document_its_record()
    {
        var findings = await Json(await Client.GetAsync("/api/findings?kind=date_conflict"));
        var row = findings.GetProperty("rows").EnumerateArray().Single();
        Assert.Equal(server.Ids["shelling"], row.GetProperty("doc_id").GetString());
        Assert.Contains("March 4, 2025", row.GetProperty("evidence").GetString(), StringComparison.Ordinal);

        var doc = await Json(await Client.GetAsync($"/api/documents/{server.Ids["shelling"]}"));
        Assert.Equal(server.Ids["shelling"], doc.GetProperty("document").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Array, doc.GetProperty("corrections").ValueKind);
        Assert.Contains("no document", await Problem(await Client.GetAsync("/api/documents/0000000000000000"), HttpStatusCode.NotFound), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Corrections_are_stored_beside_the_machine_reading_and_need_the_key()
    {
        string id = server.Ids["grain"];
        var doc = await Json(await Client.GetAsync($"/api/documents/{id}"));
        var quote = doc.GetProperty("quotes").EnumerateArray().First(q => q.GetProperty("text").GetString()!.Contains("farmers", StringComparison.Ordinal));
        string quoteId = quote.GetProperty("id").GetString()!;
        string machineSpeaker = quote.GetProperty("speaker_name").GetString()!;
        var body = new { item = "quote", item_id = quoteId, action = "correct", field = "speaker", value = "Olena M. Marchenko", note = "full name" };

        Assert.Contains("X-Api-Key", await Problem(await Post($"/api/documents/{id}/corrections", body), HttpStatusCode.Unauthorized), StringComparison.Ordinal);
        Assert.Contains("not valid", await Problem(await Post($"/api/documents/{id}/corrections", body, "wrong-key"), HttpStatusCode.Forbidden), StringComparison.Ordinal);

        var saved = await Json(await Post($"/api/documents/{id}/corrections", body, ServerFixture.WriteKey), HttpStatusCode.Created);
        Assert.Equal(machineSpeaker, saved.GetProperty("machine").GetString());
        Assert.Equal("Olena M. Marchenko", saved.GetProperty("value").GetString());

        var ev = doc.GetProperty("events").EnumerateArray().First();
        var typed = await Json(await Post($"/api/documents/{id}/corrections", new { item = "event", item_id = ev.GetProperty("id").GetString(), action = "correct", field = "type", value = "cooperate" }, ServerFixture.WriteKey), HttpStatusCode.Created);
        Assert.Equal("COOPERATE", typed.GetProperty("value").GetString());
        Assert.Equal(ev.GetProperty("type").GetString(), typed.GetProperty("machine").GetString());
        await Json(await Post($"/api/documents/{id}/corrections", new { item = "time", item_id = "0", action = "wrong" }, ServerFixture.WriteKey), HttpStatusCode.Created);

        // The machine's reading is unchanged; the corrections come beside it.
        var after = await Json(await Client.GetAsync($"/api/documents/{id}"));
        Assert.Equal(machineSpeaker, after.GetProperty("quotes").EnumerateArray().First(q => q.GetProperty("id").GetString() == quoteId).GetProperty("speaker_name").GetString());
        Assert.True(after.GetProperty("corrections").GetArrayLength() >= 3);
        var list = await Json(await Client.GetAsync($"/api/documents/{id}/corrections"));
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("field").GetString() == "speaker" && c.GetProperty("note").GetString() == "full name");

        Assert.Contains("PLOVER", await Problem(await Post($"/api/documents/{id}/corrections", new { item = "event", item_id = ev.GetProperty("id").GetString(), action = "correct", field = "type", value = "PARTY" }, ServerFixture.WriteKey), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("no quote", await Problem(await Post($"/api/documents/{id}/corrections", new { item = "quote", item_id = "q999", action = "wrong" }, ServerFixture.WriteKey), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("no field", await Problem(await Post($"/api/documents/{id}/corrections", new { item = "quote", item_id = quoteId, action = "correct", field = "type", value = "AID" }, ServerFixture.WriteKey), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("no document", await Problem(await Post("/api/documents/0000000000000000/corrections", body, ServerFixture.WriteKey), HttpStatusCode.NotFound), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storing_needs_the_key_and_is_idempotent()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post("/api/documents", new { text = Articles.Grain })).StatusCode);
        var again = await Json(await Post("/api/documents", new { text = Articles.Grain, published = "2025-04-02", source = "grain.txt" }, ServerFixture.WriteKey), HttpStatusCode.Created);
        Assert.Equal(server.Ids["grain"], again.GetProperty("id").GetString());
        Assert.Equal("already stored", again.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Bad_json_wrong_type_empty_text_and_bad_dates_are_problems()
    {
        using var bad = new StringContent("{\"text\": \"unterminated", Encoding.UTF8, "application/json");
        Assert.Contains("not valid JSON", await Problem(await Client.PostAsync("/api/analyze", bad), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        using var plain = new StringContent("just text", Encoding.UTF8, "text/plain");
        Assert.Contains("content type 'text/plain", await Problem(await Client.PostAsync("/api/analyze", plain), HttpStatusCode.UnsupportedMediaType), StringComparison.Ordinal);
        Assert.Contains("'text'", await Problem(await Post("/api/analyze", new { source = "x" }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("empty", await Problem(await Post("/api/analyze", new { text = "   " }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", await Problem(await Post("/api/analyze", new { text = "Hello there.", published = "yesterday" }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem(await Client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
        await Problem(await Client.GetAsync("/api/search"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_over_the_cap_is_refused_declared_or_streamed()
    {
        string big = new('a', (int)ServerFixture.MaxBody + 10);
        Assert.Contains("too large", await Problem(await Post("/api/analyze", new { text = big }), HttpStatusCode.RequestEntityTooLarge), StringComparison.Ordinal);

        // A chunked body (no Content-Length) is stopped by Kestrel's limit while it is read.
        var stream = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"" + big + "\"}")));
        stream.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = stream };
        request.Headers.TransferEncodingChunked = true;
        await Problem(await Client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Script_in_an_article_comes_back_as_json_text_and_the_page_forbids_inline_script()
    {
        var response = await Post("/api/analyze", new { text = Articles.Hostile });
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var rec = await Json(response);
        string text = rec.GetProperty("document").GetProperty("text").GetString()!;
        Assert.Contains("<script>window.__pwned = 1; alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single()); // JSON is never read as a page

        var page = await Client.GetAsync("/");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        string csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        string js = await Client.GetStringAsync("/app.js");
        Assert.DoesNotContain("innerHTML", js.Replace("never innerHTML", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", js, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_briefing_of_a_selection_cites_its_sources_and_runs_no_script()
    {
        var html = await Client.GetAsync("/api/briefing?who=Petrenko");
        string body = await html.Content.ReadAsStringAsync();
        Assert.True(html.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        string csp = html.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
        Assert.Contains("The city will not be broken", body, StringComparison.Ordinal);
        Assert.Contains("Shelling Hits Kharkiv as Talks Stall", body, StringComparison.Ordinal);
        Assert.Contains("<svg", body, StringComparison.Ordinal); // the map of Kharkiv

        var md = await Client.GetAsync("/api/briefing?q=wheat&format=md");
        Assert.Equal("text/markdown", md.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Grain Ships Leave Odesa", await md.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The hostile article's markup comes back escaped, as text.
        string hostile = await Client.GetStringAsync("/api/briefing?q=Lyon");
        Assert.DoesNotContain("<script>", hostile, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", hostile, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hostile, StringComparison.Ordinal);

        Assert.Contains("needs q, who", await Problem(await Client.GetAsync("/api/briefing"), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("html or md", await Problem(await Client.GetAsync("/api/briefing?q=wheat&format=pdf"), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("between 1 and 100", await Problem(await Client.GetAsync("/api/briefing?q=wheat&limit=0"), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("no stored article", await Problem(await Client.GetAsync("/api/briefing?q=zzyzxqv"), HttpStatusCode.NotFound), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_places_map_is_an_svg_of_the_stored_places()
    {
        var map = await Client.GetAsync("/api/places/map");
        string svg = await map.Content.ReadAsStringAsync();
        Assert.True(map.StatusCode == HttpStatusCode.OK, svg);
        Assert.Equal("image/svg+xml", map.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Kharkiv", svg, StringComparison.Ordinal);
        Assert.Contains("Lyon", svg, StringComparison.Ordinal);
        string france = await Client.GetStringAsync("/api/places/map?where=FRA");
        Assert.DoesNotContain("Kharkiv", france, StringComparison.Ordinal);
        Assert.Contains("no place with coordinates", await Problem(await Client.GetAsync("/api/places/map?where=Atlantis"), HttpStatusCode.NotFound), StringComparison.Ordinal);
        Assert.Contains("between 1 and 1000", await Problem(await Client.GetAsync("/api/places/map?limit=5000"), HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cors_is_off_by_default()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/people");
        request.Headers.Add("Origin", "https://elsewhere.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        var preflight = await Client.SendAsync(request);
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/people");
        get.Headers.Add("Origin", "https://elsewhere.example");
        Assert.False((await Client.SendAsync(get)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        var doc = await Json(await Client.GetAsync("/openapi/v1.json"));
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (string p in new[]
        {
            "/api/analyze", "/api/analyze/upload", "/api/analyze/url", "/api/search", "/api/people", "/api/orgs", "/api/quotes", "/api/events", "/api/timeline",
            "/api/findings", "/api/places", "/api/stats", "/api/documents", "/api/documents/{id}", "/api/documents/{id}/corrections", "/api/briefing", "/api/places/map",
            "/api/stories", "/api/stories/{id}", "/api/stories/{id}/briefing",
        })
        {
            Assert.Contains(p, paths);
        }
    }

    [Fact]
    public void Only_public_addresses_are_fetched()
    {
        foreach (string a in new[] { "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1" })
        {
            Assert.False(UrlFetcher.IsPublic(IPAddress.Parse(a)), a);
        }

        foreach (string a in new[] { "93.184.216.34", "8.8.8.8", "2606:4700::1111" })
        {
            Assert.True(UrlFetcher.IsPublic(IPAddress.Parse(a)), a);
        }
    }
}
