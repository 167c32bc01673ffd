using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sitrep.Web.Tests;

/// <summary>Servers started with other options: a read key, no write key, a strict URL policy, a rate limit, a short timeout, CORS.</summary>
public sealed class LimitTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static async Task<(int Status, string Detail)> Problem(HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var p = JsonDocument.Parse(body).RootElement;
        return ((int)response.StatusCode, p.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "");
    }

    [Fact]
    public async Task A_read_key_closes_reads_and_no_write_key_refuses_writes()
    {
        var (app, url) = await server.Start(new ServerOptions { Store = "keyed.db", Urls = ["http://127.0.0.1:0"], ReadKey = "reader", RequestsPerMinute = 0 });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = url };
        var open = await client.GetAsync("/api/people");
        Assert.Equal((401, "this needs an API key in the X-Api-Key header"), await Problem(open));
        Assert.Equal("X-Api-Key", open.Headers.WwwAuthenticate.ToString());
        client.DefaultRequestHeaders.Add("X-Api-Key", "not-it");
        Assert.Equal(403, (await Problem(await client.GetAsync("/api/people"))).Status);
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Add("X-Api-Key", "reader");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/people")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode); // the page itself is open; its calls carry the key
        var write = await Problem(await client.PostAsJsonAsync("/api/documents", new { text = Articles.Grain }));
        Assert.Equal(403, write.Status);
        Assert.Contains("--api-key", write.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_permission_the_url_analysis_refuses_private_addresses()
    {
        var (app, url) = await server.Start(new ServerOptions { Store = "strict.db", Urls = ["http://127.0.0.1:0"], RequestsPerMinute = 0 });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = url };
        var (status, detail) = await Problem(await client.PostAsJsonAsync("/api/analyze/url", new { url = new Uri(server.PageServer, "/article.html").ToString() }));
        Assert.Equal(502, status);
        Assert.Contains("not a public address", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_over_the_rate_limit_get_429()
    {
        var (app, url) = await server.Start(new ServerOptions { Store = "limited.db", Urls = ["http://127.0.0.1:0"], RequestsPerMinute = 3 });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = url };
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/stats")).StatusCode);
        }

        Assert.Equal(429, (await Problem(await client.GetAsync("/api/stats"))).Status);
    }

    [Fact]
    public async Task An_analysis_over_the_timeout_is_stopped()
    {
        var (app, url) = await server.Start(new ServerOptions { Store = "slow.db", Urls = ["http://127.0.0.1:0"], RequestsPerMinute = 0, AnalysisTimeout = TimeSpan.FromMilliseconds(1), MaxBodyBytes = 4 << 20 });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
        // About 200,000 words: far more than a millisecond of work, so the timeout fires between components.
        string text = string.Concat(Enumerable.Repeat(Articles.Shelling, 2000));
        var (status, detail) = await Problem(await client.PostAsJsonAsync("/api/analyze", new { text }));
        Assert.Equal(503, status);
        Assert.Contains("longer than 0.001 s", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cors_answers_only_the_origins_named()
    {
        var (app, url) = await server.Start(new ServerOptions { Store = "cors.db", Urls = ["http://127.0.0.1:0"], RequestsPerMinute = 0, CorsOrigins = ["https://desk.example"] });
        await using var _ = app;
        using var client = new HttpClient { BaseAddress = url };
        foreach (var (origin, allowed) in new[] { ("https://desk.example", true), ("https://elsewhere.example", false) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/people");
            request.Headers.Add("Origin", origin);
            var response = await client.SendAsync(request);
            Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var v) && v.Single() == origin);
        }
    }
}
