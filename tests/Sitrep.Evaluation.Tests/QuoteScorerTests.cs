
namespace Sitrep.Evaluation.Tests;

public sealed class QuoteScorerTests
{
    // "“We will win,” Smith said. Jones said the plan was “a disaster” and left."
    private const string Text = "“We will win,” Smith said. Jones said the plan was “a disaster” and left.";

    private static readonly string s_ann = string.Join('\n',
        "T1\tContent 0 14\t“We will win,”",
        "T2\tSource 15 20\tSmith",
        "T3\tCue 21 25\tsaid",
        "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
        "T4\tSource 27 32\tJones",
        "T5\tCue 33 37\tsaid",
        "T6\tContent 38 63\tthe plan was “a disaster”",
        "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4");

    private static QuoteScore Score(bool partial, params PredictedQuote[] quotes)
    {
        var gold = QuoteGold.Parse("t", Text, s_ann, partial);
        return QuoteScorer.Score([gold], _ => (Text, quotes));
    }

    [Fact]
    public void Gold_direct_quotes_are_the_quoted_stretches_of_contents_that_open_with_a_mark()
    {
        var gold = QuoteGold.Parse("t", Text, s_ann, partial: false);
        var q = Assert.Single(gold.Quotes);
        Assert.Equal("We will win,", Text[q.CoreStart..q.CoreEnd]);
        Assert.Equal("Smith", Text[q.Sources[0].Start..q.Sources[0].End]);
        Assert.Equal("a disaster", Text[Assert.Single(gold.Zones).CoreStart..gold.Zones[0].CoreEnd]);
    }

    [Fact]
    public void The_metric_reads_a_quote_over_paragraphs_as_one_part_per_paragraph_with_its_speaker()
    {
        const string text = "Smith said: “One part.\n\n“Two part.”";
        var quote = new Sitrep.Core.Annotations.Quote { Id = "q1", Range = new(13, 34), Kind = Sitrep.Core.Annotations.QuoteKind.Direct, SpeakerName = "Smith", SpeakerRange = new(0, 5) };
        var parts = QuoteScorer.FromQuotes(text, [quote], []);
        Assert.Equal(["One part.", "“Two part."], parts.Select(p => text[p.Start..p.End]).ToList());
        Assert.All(parts, p => Assert.Equal([(0, 5)], p.SpeakerSpans));
    }

    [Fact]
    public void A_perfect_prediction_scores_100_and_a_partial_quote_is_neutral()
    {
        var score = Score(false, new PredictedQuote(1, 13, [(15, 20)], "Smith"), new PredictedQuote(52, 62, [(27, 32)], "Jones"));
        Assert.Equal("quotes: P=100.00 R=100.00 F1=100.00 exactF1=100.00 speaker=100.00% lenient=100.00% (1 gold quotes)", score.SummaryLine);
        Assert.Equal(1, score.Neutral);
    }

    [Fact]
    public void A_wrong_speaker_span_fails_and_a_matching_name_is_lenient()
    {
        var score = Score(true, new PredictedQuote(1, 13, [(27, 32)], "Smith"), new PredictedQuote(52, 62, [(15, 20)], "Smith"));
        Assert.Equal(2, score.Gold);
        Assert.Equal(2, score.Matched);
        Assert.Equal(0, score.SpeakerRight);
        Assert.Equal(1, score.SpeakerLenient);
    }

    [Fact]
    public void A_text_that_differs_from_the_gold_counts_as_all_missed()
    {
        var gold = QuoteGold.Parse("t", Text, s_ann, partial: false);
        var score = QuoteScorer.Score([gold], _ => (Text + " More.", [new PredictedQuote(1, 13, [(15, 20)], "Smith")]));
        Assert.Equal(0, score.Matched);
        Assert.Equal(1, score.TextMismatches);
    }
}
