
namespace Sitrep.Evaluation.Tests;

public sealed class ShingleMetricTests
{
    [Fact]
    public void TokensAreRunsOfLettersDigitsAndUnderscores()
    {
        Assert.Equal(["It", "s", "a_b", "12", "Łódź", "東京"], ShingleMetric.Tokenize("It's a_b, 12 Łódź—東京!"));
    }

    [Fact]
    public void IdenticalTextsScorePerfectly()
    {
        var t = ShingleMetric.Tokenize("one two three four five six");

        var c = ShingleMetric.Compare(t, t);

        Assert.Equal(1.0, c.Precision);
        Assert.Equal(1.0, c.Recall);
    }

    [Fact]
    public void ExtraTextLowersPrecisionAndMissingTextLowersRecall()
    {
        var truth = ShingleMetric.Tokenize("a b c d e f");
        var longer = ShingleMetric.Tokenize("a b c d e f g h");
        var shorter = ShingleMetric.Tokenize("a b c d e");

        var extra = ShingleMetric.Compare(truth, longer);
        var missing = ShingleMetric.Compare(truth, shorter);

        // truth has 3 shingles; longer has 5 (3 shared), shorter has 2 (both shared)
        Assert.Equal(3.0 / 5, extra.Precision, 9);
        Assert.Equal(1.0, extra.Recall);
        Assert.Equal(1.0, missing.Precision);
        Assert.Equal(2.0 / 3, missing.Recall, 9);
    }

    [Fact]
    public void ShortTextsAreOneShingle()
    {
        var c = ShingleMetric.Compare(["a", "b"], ["a", "b", "c"]);

        Assert.Equal(0.0, c.Tp);
    }

    [Fact]
    public void TheSummaryAveragesPagesAndCountsExactMatches()
    {
        var pages = new[] { new PageCounts(1, 0, 0), new PageCounts(0.5, 0.5, 0) };

        var s = ExtractionScore.From(pages, [true, false]);

        Assert.Equal(0.75, s.Precision, 9);
        Assert.Equal(1.0, s.Recall, 9);
        Assert.Equal(0.5, s.Accuracy, 9);
        Assert.Equal(2 * 0.75 / 1.75, s.F1, 9);
    }
}
