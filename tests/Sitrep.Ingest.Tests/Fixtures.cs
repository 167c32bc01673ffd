namespace Sitrep.Ingest.Tests;

/// <summary>Small pages written for these tests (no real web page is copied).</summary>
internal static class Fixtures
{
    public const string Para1 = "The harbour authority said on Tuesday that the new ferry line would open in spring, connecting the two islands for the first time since the old pier closed.";
    public const string Para2 = "Officials expect about 1,200 passengers a day in the first year, rising as the timetable grows, according to a report presented to the council.";
    public const string Para3 = "Residents welcomed the plan, though some fishermen worry that the larger boats will crowd the small harbour during the busy summer months.";

    public static string NewsPage(string extraHead = "", string beforeBody = "", string afterBody = "") => $$"""
        <!doctype html>
        <html><head>
        <title>Ferry line to reopen | Island Gazette</title>
        <meta property="og:title" content="Ferry line to reopen">
        <meta property="article:published_time" content="2024-03-05T09:30:00Z">
        <meta name="author" content="Mara Lind">
        {{extraHead}}
        </head>
        <body>
        <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
        <div class="layout">
          <main>
            <article>
              <h1>Ferry line to reopen</h1>
              <div class="byline">By Mara Lind</div>
              {{beforeBody}}
              <div class="article-body">
                <p>{{Para1}}</p>
                <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                <p>{{Para2}}</p>
                <h2>What comes next</h2>
                <p>{{Para3}}</p>
              </div>
              {{afterBody}}
            </article>
          </main>
          <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Storm closes the bridge for a day and a night</a></li><li><a href="/b">Council votes on the budget for next year</a></li></ul></aside>
        </div>
        <div class="related-stories"><h3>Related</h3><p><a href="/c">Another ferry story from last year that is not this one at all</a></p></div>
        <footer><p>Copyright 2024 Island Gazette. All rights reserved.</p></footer>
        </body></html>
        """;
}
