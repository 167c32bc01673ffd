using Sitrep.Core.Articles;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Tests.Articles;

public sealed class StructureFinderTests
{
    private const string Wire = """
        Ministers Agree Fishing Quotas After Night of Talks
        “A fair deal for the coast” hailed by both sides.
        Fisheries ministers from five countries agreed new quotas on Friday after talks that ran through the night in Bergen.
        Quotas Cut by a Fifth
        The agreement cuts cod quotas by 20% from next year, the ministers said in a joint statement issued at dawn.
        We have a deal. It is a fair deal for the coast and for the fish. Thanks to all who stayed up.
        — Ingrid Solberg (@IngridSolbergNO) March 3, 2023
        The deal still needs the approval of each national parliament before it can enter into force.
        “Nobody got everything they wanted, and that is how you know it is fair.”
        —Ingrid Solberg, Norway's fisheries minister
        Industry Reacts
        Fishing crews in the north said the cuts would cost jobs, while scientists welcomed them as overdue.
        """;

    private static Sitrep.Core.Annotations.ArticleStructure Find(string text) => StructureFinder.Find(new ArticleInput(text, "test.txt"));

    [Fact]
    public void Title_is_the_first_line_and_subtitle_the_short_line_before_the_lead()
    {
        var s = Find(Wire);
        Assert.Equal("Ministers Agree Fishing Quotas After Night of Talks", s.Title!.Text);
        Assert.Equal("“A fair deal for the coast” hailed by both sides.", s.Subtitle!.Text);
    }

    [Fact]
    public void Section_headings_are_title_case_lines_before_prose_and_not_signatures_or_attributions()
    {
        var s = Find(Wire);
        Assert.Equal(["Quotas Cut by a Fifth", "Industry Reacts"], s.Sections.Select(x => x.Heading.Text));
        Assert.Equal(Wire.IndexOf("Quotas Cut", StringComparison.Ordinal), s.Sections[0].Range.Start);
        const string LastLineOfFirstSection = "—Ingrid Solberg, Norway's fisheries minister";
        Assert.Equal(Wire.IndexOf(LastLineOfFirstSection, StringComparison.Ordinal) + LastLineOfFirstSection.Length, s.Sections[0].Range.End);
        Assert.Equal(Wire.TrimEnd().Length, s.Sections[1].Range.End);
    }

    [Fact]
    public void Embedded_post_has_author_handle_date_and_the_text_above_its_signature()
    {
        var post = Assert.Single(Find(Wire).EmbeddedPosts);
        Assert.Equal("Ingrid Solberg", post.Author!.Text);
        Assert.Equal("@IngridSolbergNO", post.Handle!.Text);
        Assert.Equal(new DateOnly(2023, 3, 3), post.Date);
        Assert.StartsWith("We have a deal.", Wire[post.TextRange.Start..post.TextRange.End], StringComparison.Ordinal);
        Assert.EndsWith("stayed up.", Wire[post.TextRange.Start..post.TextRange.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Pull_quote_is_a_whole_quoted_line_followed_by_a_dash_attribution()
    {
        var pull = Assert.Single(Find(Wire).PullQuotes);
        Assert.Equal("Nobody got everything they wanted, and that is how you know it is fair.", Wire[pull.TextRange.Start..pull.TextRange.End]);
        Assert.Equal("Ingrid Solberg, Norway's fisheries minister", pull.Attribution!.Text);
    }

    [Theory]
    [InlineData("Talks Collapse\nBy Jane Doe\nPublished 7 August 2025\nThe talks collapsed late on Monday after the two sides failed to agree on the border.", 2025, 8, 7)]
    [InlineData("Talks Collapse\nAugust 7, 2025\nThe talks collapsed late on Monday after the two sides failed to agree on the border.", 2025, 8, 7)]
    [InlineData("Talks Collapse\nGENEVA, Aug. 7, 2025 (Newswire) - The talks collapsed late on Monday after the two sides failed to agree.", 2025, 8, 7)]
    public void A_stated_publication_date_is_read_from_a_date_line_or_the_dateline(string text, int y, int m, int d)
    {
        var s = Find(text);
        Assert.Equal(new DateOnly(y, m, d), s.Published!.Value);
        Assert.True(CalendarTextRoundTrip(text, s.Published.Evidence));
    }

    [Fact]
    public void Dateline_and_byline_are_found()
    {
        var s = Find("Grain Prices Jump\nBy Hannah Lindqvist\nODESA, Sept. 12 (Newswire) - Grain prices jumped 8% on Thursday after the deal lapsed, traders said.");
        Assert.Equal("By Hannah Lindqvist", s.Byline!.Text);
        Assert.Equal("ODESA, Sept. 12 (Newswire) -", s.Dateline!.Text);
        Assert.Null(s.Published);
    }

    [Fact]
    public void Plain_prose_has_no_invented_structure()
    {
        var s = Find("Shares Rise\nShares in the company rose 5% on Monday after it reported higher profits for the third quarter in a row.\nAnalysts said the results were better than expected and raised their forecasts for the year.");
        Assert.Empty(s.Sections);
        Assert.Empty(s.EmbeddedPosts);
        Assert.Empty(s.PullQuotes);
        Assert.Null(s.Dateline);
    }

    [Fact]
    public void Rule_lines_of_dashes_are_no_attribution_and_do_not_fail()
    {
        var s = Find("FUND DIVIDENDS\nNEW YORK, April 8 - LORD ABBETT BOND FUND\n“Qtly div 28 cts vs 29 cts prior”\n---\nPay May 5\n—\n- -");
        Assert.Empty(s.PullQuotes);
    }

    [Fact]
    public void Empty_and_one_line_texts_do_not_fail()
    {
        Assert.Null(Find("").Title);
        Assert.Equal("Only a headline", Find("Only a headline").Title!.Text);
    }

    private static bool CalendarTextRoundTrip(string text, CharRange evidence)
        => Sitrep.Core.Text.CalendarText.TryParseFullDate(text.AsSpan(evidence.Start, evidence.Length), out _);

    // The patterns run without a time limit, so they must be linear whatever a line holds. A capital and a long run of
    // spaces made the backtracking dateline pattern retry every split of the run (over 20 s for 20,000 spaces, measured;
    // under the old 200 ms limit a RegexMatchTimeoutException that failed the article, sooner the more loaded the machine).
    [Fact]
    public void Lines_with_long_runs_of_spaces_are_read_in_linear_time_and_give_no_dateline_or_signature()
    {
        string spaces = new(' ', 20_000);
        string text = $"Title\nA{spaces}x\nBody text that follows.\n— Ann (@ann){spaces}x)\nPORT ELLIS{spaces},";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var s = Find(text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Null(s.Dateline);
        Assert.Empty(s.EmbeddedPosts);
    }

    // Found by fuzzing (tools/fuzz, target "structure"): an author of one letter after two spaces, or of spaces only,
    // had its text trimmed but not its range ("A" over " A"; "" over "  ").
    [Theory]
    [InlineData("—  A(@ann) March 3, 2023", "A")]
    [InlineData("—   (@ann) March 3, 2023", null)]
    public void A_post_author_says_what_its_range_holds(string signature, string? author)
    {
        string text = "Deal Reached\nWe have a deal, thanks to all who stayed up.\n" + signature + "\nThe deal still needs approval.";
        var post = Assert.Single(Find(text).EmbeddedPosts);
        Assert.Equal("@ann", post.Handle!.Text);
        Assert.Equal(new DateOnly(2023, 3, 3), post.Date);
        Assert.Equal("March 3, 2023", text[post.DateRange!.Value.Start..post.DateRange.Value.End]);
        if (author is null)
        {
            Assert.Null(post.Author);
        }
        else
        {
            Assert.Equal(author, post.Author!.Text);
            Assert.Equal(author, text[post.Author.Range.Start..post.Author.Range.End]);
        }
    }
}
