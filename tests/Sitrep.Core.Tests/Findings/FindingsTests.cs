using Sitrep.Core.Annotations;
using Sitrep.Core.Articles;
using Sitrep.Core.Documents;
using Sitrep.Core.Findings;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Quantities;
using Sitrep.Core.Tokenization;

namespace Sitrep.Core.Tests.Findings;

public sealed class FindingsTests
{
    private const string Article = """
        Envoy Meets Leader in Capital
        Talks described as productive.
        US President Donald Trump said on Thursday that his envoy had met Vladimir Putin in Moscow.
        Trump described the talks as productive via his Truth Social platform, adding that more would follow soon.
        Just had a very productive meeting with President Putin of Russia. More to follow.
        — Donald J. Trump (@realDonaldTrump) June 2, 2024
        Wednesday’s discussions with Putin appeared amicable, officials in Moscow said later.
        “Just had a very productive meeting with President Putin of Russia.”
        —Donald Trump, President of the United States
        As of May 2024, the conflict had displaced over 6.4 million people, the agency said.
        """;

    private static Document Analyze(string text, DateOnly published, Func<Document, IReadOnlyList<TimeExpression>>? times = null)
    {
        var pipeline = new PipelineBuilder().Add(new StructureFinder()).Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new QuantityFinder())
            .Add(new HandTimes(times ?? (_ => []))).Add(FindingsChecker.Default()).Build();
        return pipeline.Process(new ArticleInput(text, "t") { GivenPublished = published });
    }

    private static TimeExpression Time(string text, string words, string value, TimexType type = TimexType.Date)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        return new TimeExpression(new CharRange(at, at + words.Length), type, value, TimeAnchor.Published);
    }

    [Fact]
    public void A_title_the_person_did_not_hold_on_the_posts_date_is_anachronistic()
    {
        var doc = Analyze(Article, new DateOnly(2025, 8, 7));
        var f = Assert.Single(doc.Get(Layers.Findings), x => x.Kind == "anachronistic_title");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("Joe Biden", f.Message, StringComparison.Ordinal);
        Assert.Equal(["June 2, 2024", "President of the United States"], f.Evidence.Select(doc.TextOf));
    }

    [Fact]
    public void The_same_title_on_a_date_the_person_held_it_is_no_finding()
    {
        string text = Article.Replace("June 2, 2024", "August 6, 2025", StringComparison.Ordinal);
        Assert.DoesNotContain(Analyze(text, new DateOnly(2025, 8, 7)).Get(Layers.Findings), x => x.Kind == "anachronistic_title");
    }

    [Fact]
    public void A_post_describing_as_just_done_what_the_article_dates_months_later_is_a_date_conflict()
    {
        var doc = Analyze(Article, new DateOnly(2025, 8, 7), d => [Time(d.Text, "Wednesday", "2025-08-06"), Time(d.Text, "Thursday", "2025-08-07")]);
        var f = Assert.Single(doc.Get(Layers.Findings), x => x.Kind == "date_conflict");
        Assert.Equal(["June 2, 2024", "Wednesday"], f.Evidence.Select(doc.TextOf));
    }

    [Fact]
    public void A_post_dated_close_to_the_events_it_describes_is_no_date_conflict()
    {
        string text = Article.Replace("June 2, 2024", "August 6, 2025", StringComparison.Ordinal);
        var doc = Analyze(text, new DateOnly(2025, 8, 7), d => [Time(d.Text, "Wednesday", "2025-08-06")]);
        Assert.DoesNotContain(doc.Get(Layers.Findings), x => x.Kind == "date_conflict");
    }

    [Theory]
    [InlineData("Vote Set\nThe vote is set for Sunday, June 3, 2024, officials said.", "Sunday, June 3, 2024", "2024-06-03", true)]
    [InlineData("Vote Set\nThe vote is set for Monday, June 3, 2024, officials said.", "Monday, June 3, 2024", "2024-06-03", false)]
    [InlineData("Vote Set\nThe vote was held on Friday 7 March 2025 in the capital.", "7 March 2025", "2025-03-07", false)]
    [InlineData("Vote Set\nThe vote was held on Thursday 7 March 2025 in the capital.", "7 March 2025", "2025-03-07", true)]
    [InlineData("Vote Set\nThe talks began on Monday, March 12, officials said.", "Monday, March 12", "2024-03-12", true)]
    public void A_weekday_that_does_not_match_its_resolved_date_is_a_date_conflict(string text, string words, string value, bool conflict)
    {
        var findings = Analyze(text, new DateOnly(2024, 6, 1), d => [Time(d.Text, words, value)]).Get(Layers.Findings);
        Assert.Equal(conflict, findings.Any(x => x.Kind == "date_conflict"));
    }

    [Theory]
    [InlineData("Deal Done\nThe two firms signed the agreement on 26 November 1988, officials said.", true)]
    [InlineData("Deal Done\nThe two firms will sign the agreement on 26 November 1988, officials said.", false)]
    [InlineData("Deal Done\nThe offer expires on 26 November 1988, officials said.", false)]
    [InlineData("Deal Done\nThe two firms signed the agreement on 26 November 1986, officials said.", false)]
    public void A_day_after_publication_for_something_reported_as_done_is_a_date_conflict(string text, bool conflict)
    {
        string words = text.Contains("1988", StringComparison.Ordinal) ? "26 November 1988" : "26 November 1986";
        var findings = Analyze(text, new DateOnly(1987, 3, 11), d => [Time(d.Text, words, words.EndsWith("1988", StringComparison.Ordinal) ? "1988-11-26" : "1986-11-26") with { Anchor = TimeAnchor.Absolute }])
            .Get(Layers.Findings);
        Assert.Equal(conflict, findings.Any(x => x.Kind == "date_conflict"));
    }

    [Fact]
    public void A_post_in_Xs_form_said_to_be_on_another_platform_is_a_platform_mismatch()
    {
        var doc = Analyze(Article, new DateOnly(2025, 8, 7));
        var f = Assert.Single(doc.Get(Layers.Findings), x => x.Kind == "platform_mismatch");
        Assert.Equal(["Truth Social", "@realDonaldTrump"], f.Evidence.Select(doc.TextOf));
    }

    [Fact]
    public void A_figure_as_of_a_date_over_a_year_old_is_a_stale_statistic()
    {
        var doc = Analyze(Article, new DateOnly(2025, 8, 7), d => [Time(d.Text, "May 2024", "2024-05")]);
        var f = Assert.Single(doc.Get(Layers.Findings), x => x.Kind == "stale_statistic");
        Assert.Equal(["As of May 2024", "over 6.4 million"], f.Evidence.Select(doc.TextOf));
        var fresh = Analyze(Article, new DateOnly(2024, 9, 1), d => [Time(d.Text, "May 2024", "2024-05")]);
        Assert.DoesNotContain(fresh.Get(Layers.Findings), x => x.Kind == "stale_statistic");
    }

    [Theory]
    [InlineData("Prices\nGasoline prices were 5.9 pct below their levels as of March 1986, the department said.", "March 1986", "1986-03", null, null)]
    [InlineData("Reserves\nThe mine had reserves at the end of 1986 of 4,902,940 tons.\nProven reserves as of December 31, 1985 were 978,000 tons.", "December 31, 1985", "1985-12-31", "1986", "1986")]
    public void A_date_a_figure_is_measured_against_or_an_article_that_gives_a_newer_figure_is_no_stale_statistic(string text, string words, string value, string? newer, string? newerValue)
    {
        var doc = Analyze(text, new DateOnly(1987, 4, 10), d => newer is null ? [Time(d.Text, words, value)] : [Time(d.Text, newer, newerValue!), Time(d.Text, words, value)]);
        Assert.DoesNotContain(doc.Get(Layers.Findings), x => x.Kind == "stale_statistic");
        // Without the newer figure, the old one dated as of its day is flagged.
        if (newer is not null)
        {
            string alone = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..].Split('\n')[1];
            var old = Analyze("Reserves\n" + alone, new DateOnly(1987, 4, 10), d => [Time(d.Text, words, value)]);
            Assert.Contains(old.Get(Layers.Findings), x => x.Kind == "stale_statistic");
        }
    }

    [Fact]
    public void Plain_reporting_has_no_findings()
    {
        var doc = Analyze("Shares Rise\nShares in the company rose 5% on Monday after it reported higher profits, analysts said.\nThe chief executive, Jane Smith, said the results were strong.", new DateOnly(2025, 3, 4));
        Assert.Empty(doc.Get(Layers.Findings));
    }

    private sealed class HandTimes(Func<Document, IReadOnlyList<TimeExpression>> times) : IPipelineComponent
    {
        public string Name => "hand-times";

        public IReadOnlyList<AnnotationKey> Requires => [];

        public IReadOnlyList<AnnotationKey> Produces => [Layers.Times];

        public void Process(Document document, CancellationToken cancellationToken) => document.Set(Layers.Times, times(document));
    }
}
