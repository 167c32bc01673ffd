namespace Sitrep.Ingest.Tests;

public sealed class HtmlExtractorTests
{
    [Fact]
    public void KeepsTheArticleParagraphsAndDropsPageFurniture()
    {
        var article = HtmlExtractor.Extract(Fixtures.NewsPage());
        var lines = article.Text.Split('\n');

        Assert.Contains(Fixtures.Para1, lines);
        Assert.Contains(Fixtures.Para2, lines);
        Assert.Contains(Fixtures.Para3, lines);
        Assert.DoesNotContain("Home", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Another ferry story", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WritesOneBlockPerLineAndLeavesOutTheHeadline()
    {
        var article = HtmlExtractor.Extract(Fixtures.NewsPage());

        Assert.Equal([Fixtures.Para1, Fixtures.Para2, "What comes next", Fixtures.Para3], article.Text.Split('\n'));
    }

    [Fact]
    public void RecordsHeadingsAsRangesOfTheText()
    {
        var article = HtmlExtractor.Extract(Fixtures.NewsPage());

        var heading = Assert.Single(article.Headings);
        Assert.Equal("What comes next", article.Text[heading.Start..heading.End]);
    }

    [Fact]
    public void ReadsTitleDateAndAuthorFromMetaTags()
    {
        var article = HtmlExtractor.Extract(Fixtures.NewsPage());

        Assert.Equal("Ferry line to reopen", article.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), article.Published);
        Assert.Equal("Mara Lind", article.Author);
    }

    [Fact]
    public void ReadsJsonLdWhenThereAreNoMetaTags()
    {
        const string html = """
            <html><head><title>Quiet night | Gazette</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
              {"@type":"NewsArticle","headline":"A quiet night in the valley","datePublished":"2023-11-30T22:00:00+01:00",
               "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Berg"}]}]}</script>
            </head><body><p>Nothing at all happened in the valley last night, the police said, for the third night in a row this week.</p></body></html>
            """;

        var article = HtmlExtractor.Extract(html);

        Assert.Equal("A quiet night in the valley", article.Title);
        Assert.Equal(new DateOnly(2023, 11, 30), article.Published);
        Assert.Equal("Ana Ruiz, Tom Berg", article.Author);
    }

    [Fact]
    public void ReadsTheDateOfATimeElement()
    {
        const string html = """
            <html><body><article><h1>Bridge repaired</h1><time datetime="2022-07-14">July 14</time>
            <p>The old stone bridge over the river has been repaired and reopened to walkers and cyclists after two years of work.</p></article></body></html>
            """;

        Assert.Equal(new DateOnly(2022, 7, 14), HtmlExtractor.Extract(html).Published);
    }

    [Fact]
    public void SplitsBrSeparatedTextIntoLines()
    {
        const string html = """
            <html><body><div class="post">The first line of a story told with line breaks instead of paragraphs, as old sites do.<br><br>
            The second line carries on with the story and adds more detail about what happened next.<br>
            The third line ends the story with a quote from a witness who saw all of it happen.</div></body></html>
            """;

        var lines = HtmlExtractor.Extract(html).Text.Split('\n');

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("The second line", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void DropsHiddenElementsAndCookieDialogs()
    {
        string extra = """<div role="dialog" class="consent"><p>We use cookies to improve your experience on this site, and you can change your settings at any time you like.</p></div>""";
        string hidden = """<p style="display:none">This paragraph is hidden from readers and should never be extracted as part of the story text.</p>""";

        var article = HtmlExtractor.Extract(Fixtures.NewsPage(beforeBody: hidden, afterBody: extra));

        Assert.DoesNotContain("cookies", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden from readers", article.Text, StringComparison.Ordinal);
        Assert.Contains(Fixtures.Para2, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void JoinsTableCellsIntoRows()
    {
        string table = "<table><tr><td>1</td><td>North</td><td>52</td></tr><tr><td>2</td><td>South</td><td>47</td></tr></table>";
        string html = $"<html><body><article><p>{Fixtures.Para1}</p>{table}<p>{Fixtures.Para2}</p></article></body></html>";

        var lines = HtmlExtractor.Extract(html).Text.Split('\n');

        Assert.Contains("1 North 52", lines);
        Assert.Contains("2 South 47", lines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>")]
    [InlineData("<html><head><script>var x = 1;</script></head></html>")]
    [InlineData("<<<>>><p <div></span></p></td>&amp;&#xFFFFFF;&bogus;")]
    [InlineData("<p>unclosed <b>bold <i>italic <div>block")]
    public void AnyHtmlGivesAResultWithoutThrowing(string html)
    {
        var article = HtmlExtractor.Extract(html);

        Assert.NotNull(article.Text);
    }

    [Fact]
    public void TextWithoutBodyTagIsStillFound()
    {
        var article = HtmlExtractor.Extract(Fixtures.Para1);

        Assert.Equal(Fixtures.Para1, article.Text);
    }

    [Fact]
    public void DeeplyNestedHtmlDoesNotOverflowTheStack()
    {
        string html = string.Concat(Enumerable.Repeat("<div>", 5_000)) + Fixtures.Para1 + string.Concat(Enumerable.Repeat("</div>", 5_000));

        var article = HtmlExtractor.Extract(html);

        Assert.Contains("harbour authority", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesPagesOverTheSizeLimit()
    {
        string html = new('x', HtmlExtractor.MaxChars + 1);

        var ex = Assert.Throws<IngestException>(() => HtmlExtractor.Extract(html));
        Assert.Contains("too large", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LargePagesAreExtractedQuickly()
    {
        string paragraphs = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<p>{i}: {Fixtures.Para1}</p><div class=\"ad\"><a href=\"#\">Buy now</a></div>"));
        string html = $"<html><body><article>{paragraphs}</article></body></html>";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var article = HtmlExtractor.Extract(html);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.Equal(5_000, article.Text.Split('\n').Length);
    }

    [Fact]
    public void APageWithoutProseKeepsItsShortLines()
    {
        const string html = """
            <html><body><nav><a href="/">Home</a> <a href="/results">Results</a></nav>
            <div class="results"><h2>Standings after round 5</h2><ul><li>1. Ana Ruiz 120 pts</li><li>2. Tom Berg 98 pts</li><li>3. Li Wei 91 pts</li></ul></div>
            </body></html>
            """;

        var lines = HtmlExtractor.Extract(html).Text.Split('\n');

        Assert.Contains("2. Tom Berg 98 pts", lines);
        Assert.DoesNotContain("Home", lines);
    }

    [Fact]
    public void CaptionsWithPictureCreditsAndBylinesAreDropped()
    {
        string inside = "<p>Passengers wait at the old pier on a grey morning (Image: GETTY )</p><p>By Mara Lind, March 5, 2024</p>";
        string html = $"<html><body><article><p>{Fixtures.Para1}</p>{inside}<p>{Fixtures.Para2}</p></article></body></html>";

        var text = HtmlExtractor.Extract(html).Text;

        Assert.DoesNotContain("GETTY", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mara Lind", text, StringComparison.Ordinal);
        Assert.Contains(Fixtures.Para2, text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArticleSplitByAnAdvertIsJoined()
    {
        string html = $$"""
            <html><body><div class="page">
            <div class="story-part"><p>{{Fixtures.Para1}}</p><p>{{Fixtures.Para2}}</p></div>
            <div class="ad-slot"><a href="/buy">Buy the new phone today, limited offer for readers</a></div>
            <div class="story-part"><p>{{Fixtures.Para3}}</p></div>
            </div></body></html>
            """;

        var lines = HtmlExtractor.Extract(html).Text.Split('\n');

        Assert.Equal([Fixtures.Para1, Fixtures.Para2, Fixtures.Para3], lines);
    }
}
