using System.Text.RegularExpressions;
using Sitrep.Application;
using Sitrep.Core.Record;
using Sitrep.Ingest;

namespace Sitrep.Report.Tests;

/// <summary>Issue 16, item 1: the briefing says only what the records hold, and every sentence cites its spans.</summary>
public sealed partial class BriefingTests
{
    private static Briefing StoryBriefing() => BriefingBuilder.Build([Story.B(), Story.A()], "Marisol", "test");

    [Fact]
    public void Every_sentence_of_the_story_is_cited_and_each_cited_span_holds_what_it_states()
    {
        var b = StoryBriefing();
        Assert.True(b.Sentences.Count() >= 10, "the story should give a full briefing");
        Assert.Empty(CitationCheck.Problems(b));
        Assert.All(b.Sentences, s => Assert.NotEmpty(s.Citations));
    }

    [Fact]
    public void The_check_fails_on_a_number_or_a_name_the_record_does_not_hold()
    {
        var b = StoryBriefing();
        var wrongNumber = CitationCheck.Tampered(b, f => f.Kind == FactKind.Quantity && f.Value == "22 killed", "23 killed");
        Assert.Contains(CitationCheck.Problems(wrongNumber), p => p.Contains("23 killed", StringComparison.Ordinal));
        var wrongName = CitationCheck.Tampered(b, f => f.Kind == FactKind.Entity && f.Value == "Ana Ruiz", "Ana Ruis");
        Assert.NotEmpty(CitationCheck.Problems(wrongName));
        var wrongDay = CitationCheck.Tampered(b, f => f.Kind == FactKind.Time, "3 March 2024");
        Assert.NotEmpty(CitationCheck.Problems(wrongDay));
    }

    [Fact]
    public void Sources_are_numbered_by_date_then_source_and_every_citation_names_one()
    {
        var b = StoryBriefing();
        Assert.Equal(["aaaa000000000001", "bbbb000000000002"], b.Sources.Select(s => s.DocumentId));
        Assert.Equal([1, 2], b.Sources.Select(s => s.Number));
        Assert.Contains(b.Sentences, s => s.Citations.Any(c => c.Source == 2));
    }

    [Fact]
    public void Disagreeing_casualty_counts_are_set_side_by_side_and_never_added()
    {
        var b = StoryBriefing();
        var figures = b.Sections.Single(s => s.Id == "figures");
        var casualties = figures.Groups.Single(g => g.Heading == "Casualties and people affected").Sentences;
        var disagree = Assert.Single(casualties);
        string text = disagree.Text;
        Assert.StartsWith("The sources disagree on this figure for ASSAULT by Rebel forces against Marisol on 2 March 2025", text, StringComparison.Ordinal);
        Assert.Contains("source 1 gives at least 14 killed", text, StringComparison.Ordinal);
        Assert.Contains("source 2 gives 22 killed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("36", text, StringComparison.Ordinal);
        Assert.Equal([1, 2], disagree.Citations.Select(c => c.Source).Distinct());

        var money = Assert.Single(figures.Groups.Single(g => g.Heading == "Money").Sentences);
        Assert.StartsWith("The sources agree on this figure for AID by Relief Fund to Marisol on 3 March 2025: source 1 gives $3.5 million; source 2 gives $3.5 million.", money.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_happening_in_two_sources_is_one_timeline_line_citing_both()
    {
        var b = StoryBriefing();
        var timeline = b.Sections.Single(s => s.Id == "what-happened");
        Assert.Equal(["2 March 2025", "3 March 2025"], timeline.Groups.Select(g => g.Heading));
        var assault = Assert.Single(timeline.Groups[0].Sentences);
        Assert.Equal("ASSAULT by Rebel forces against Marisol on 2 March 2025; at least 14 killed.", assault.Text);
        Assert.Equal([1, 2], assault.Citations.Select(c => c.Source).Distinct());
    }

    [Fact]
    public void Quotes_are_ranked_by_attribution_confidence_length_and_speaker_salience()
    {
        var b = StoryBriefing();
        var quotes = b.Sections.Single(s => s.Id == "who-said-what").Groups.Single().Sentences;
        Assert.Equal(3, quotes.Count);
        Assert.Equal("Ana Ruiz said: We will hold the line whatever it costs,", quotes[0].Text);
        Assert.Equal("Ana Ruiz (reported speech): the army would hold the line", quotes[^1].Text);

        var shortQuote = new RecordQuote { Text = "No.", Confidence = 0.8 };
        var longQuote = new RecordQuote { Text = "We will rebuild every house on this street before the winter comes.", Confidence = 0.8 };
        Assert.True(BriefingBuilder.QuoteRank(longQuote, 1) > BriefingBuilder.QuoteRank(shortQuote, 1));
        Assert.True(BriefingBuilder.QuoteRank(shortQuote, 40) > BriefingBuilder.QuoteRank(shortQuote, 1));
        Assert.True(BriefingBuilder.QuoteRank(longQuote with { Confidence = 0.8 }, 5) > BriefingBuilder.QuoteRank(longQuote with { Confidence = 0.4 }, 5));
    }

    [Fact]
    public void People_carry_their_counts_and_knowledge_base_id_across_articles()
    {
        var b = StoryBriefing();
        var people = b.Sections.Single(s => s.Id == "people").Groups.Single(g => g.Heading == "People").Sentences;
        Assert.Equal("Ana Ruiz (Q999001): 3 mentions, 3 quotes in 2 articles.", Assert.Single(people).Text);
        var places = b.Sections.Single(s => s.Id == "places").Groups.Single().Sentences;
        Assert.Equal("Marisol (MLT, 35.9° N, 14.5° E): named in 2 articles.", Assert.Single(places).Text);
        Assert.Equal(new MapPlace("Marisol", "MLT", 35.9, 14.5, 2), Assert.Single(b.Places));
    }

    [Fact]
    public void A_briefing_of_articles_we_wrote_analysed_by_the_pipeline_passes_the_citation_check_in_every_format()
    {
        var engine = SitrepEngine.Create();
        var reader = new ArticleReader();
        var records = new List<SitrepRecord>();
        foreach (string name in new[] { "harbour-ceasefire.txt", "grain-deal.txt" })
        {
            var input = Assert.Single(reader.ReadAll(Path.Combine(RepoRoot(), "examples", name), byLine: false));
            records.Add(Assert.IsType<SitrepRecord>(engine.Analyze(input).Record));
        }

        var b = BriefingBuilder.Build(records, "Examples", "two examples");
        Assert.True(b.Sentences.Count() >= 15, $"only {b.Sentences.Count()} sentences");
        Assert.Empty(CitationCheck.Problems(b));
        Assert.Contains(b.Sections.Single(s => s.Id == "figures").Groups.SelectMany(g => g.Sentences), s => s.Text.Contains("at least 14 killed", StringComparison.Ordinal));

        // Markdown: every line of the sections is a heading, a note, or a sentence ending with its citations.
        string md = MarkdownRenderer.Render(b);
        string body = md[md.IndexOf("\n## ", StringComparison.Ordinal)..md.IndexOf("\n## Sources", StringComparison.Ordinal)];
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#') && !(l.StartsWith('_') && l.EndsWith('_'))).ToList();
        Assert.Equal(b.Sentences.Count(), lines.Count);
        Assert.All(lines, l => Assert.Matches(CitedLine(), l));

        // HTML: every list item outside the sources ends with citation links.
        string html = HtmlRenderer.Render(b);
        string sections = html[..html.IndexOf("<section id=\"sources\">", StringComparison.Ordinal)];
        var items = ListItem().Matches(sections).Select(m => m.Value).ToList();
        Assert.Equal(b.Sentences.Count(), items.Count);
        Assert.All(items, i => Assert.Contains("class=\"cite\"", i, StringComparison.Ordinal));
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (Sitrep.slnx) is not above the test's folder");
    }

    [GeneratedRegex(@"^- .+?( \[\d+:\d+–\d+\])+$")]
    private static partial Regex CitedLine();

    [GeneratedRegex(@"<li>.*?</li>", RegexOptions.Singleline)]
    private static partial Regex ListItem();
}
