using System.Text.Json;

namespace Sitrep.Evaluation.Tests;

public sealed class ArticleScorerTests
{
    // A reference reading and a record written for this test (no corpus text). Every measure has hits and misses:
    // a quote with the wrong speaker, a missed and a spurious quote, a wrong time value, a quantity of the wrong kind,
    // events with a missing target and a source given only as a country code, an extra finding, a place in the
    // wrong country, a missed place and a place that is not in the reading.
    private const string Gold = """
        {"file": "x.txt", "split": "tune", "entities": [{"name": "Ann Lee", "type": "PERSON", "mentions": ["Lee"]}, {"name": "Norland", "type": "GPE", "mentions": ["Norland"]}, {"name": "Port Vale", "type": ["GPE", "LOC"]}], "quotes": [{"text": "We will not retreat.", "kind": "direct", "speaker": ["Ann Lee"]}, {"text": "a fair deal", "kind": "partial", "speaker": ["Bo Park"]}, {"text": "Nobody said this", "kind": "direct", "speaker": ["Ann Lee"]}], "quotes_optional": [{"text": "optional words"}], "times": [{"text": "Monday", "value": "2020-01-06"}, {"text": "last year", "value": "2019"}, {"text": "soon", "value": "FUTURE_REF", "optional": true}], "quantities": [{"text": "three soldiers", "kind": "count", "value": 3, "counts": "killed"}, {"text": "5%", "kind": "percent", "value": 5}], "events": [{"type": "ASSAULT", "source": ["Norland"], "target": ["Port Vale"], "evidence_contains": "shelled Port Vale"}, {"type": "CONSULT", "source": ["Ann Lee"], "target": ["Bo Park"], "evidence_contains": "met Bo Park"}, {"type": "AID", "source": ["Norland"], "target": [], "evidence_contains": "sent food"}, {"type": "REJECT", "source": ["Bo Park"], "evidence_contains": "refused", "optional": true}], "findings": [{"kind": "date_conflict", "required": true}, {"kind": "stale_statistic", "required": false}], "places": [{"name": "Norland", "country": "NOR"}, {"name": "Port Vale", "country": "GBR"}, {"name": "Eastby", "country": "USA"}]}
        """;

    private const string Record = """
        {"schema": "sitrep/1", "document": {"text": "Ann Lee said: “We will not retreat.” Norland shelled Port Vale on Monday, killing three soldiers. Lee met Bo Park. Norland sent food."}, "entities": [{"id": "e1", "type": "PERSON", "name": "Ann Lee", "mentions": [{"text": "Ann Lee"}, {"text": "Lee"}]}, {"id": "e2", "type": "GPE", "name": "Norland", "mentions": [{"text": "Norland"}]}, {"id": "e3", "type": "LOC", "name": "Port Vale", "mentions": [{"text": "Port Vale"}]}, {"id": "e4", "type": "PERSON", "name": "Bo Park", "mentions": [{"text": "Bo Park"}]}], "quotes": [{"text": "We will not retreat", "speaker": "e1", "speaker_name": "Ann Lee"}, {"text": "a fair deal.", "speaker": null, "speaker_name": "Park"}, {"text": "Optional words"}, {"text": "spurious words here", "speaker_name": null}], "times": [{"text": "on Monday", "value": "2020-01-06"}, {"text": "last year", "value": "2018"}], "quantities": [{"text": "three soldiers", "kind": "count", "value": 3, "counts": "killed"}, {"text": "5", "kind": "count", "value": 5}], "events": [{"type": "ASSAULT", "source": "e2", "target": "e3", "source_country": "NOR", "evidence": {"start": 37, "end": 72}}, {"type": "CONSULT", "source": "e1", "target": null, "evidence": {"start": 98, "end": 113}}, {"type": "AID", "source": null, "source_country": "NOR", "evidence": {"start": 115, "end": 132}}], "places": [{"entity": "e2", "name": "Norland", "country": "NOR"}, {"entity": "e3", "name": "Port Vale", "country": "USA"}, {"entity": null, "name": "Sterling", "country": "USA"}], "findings": [{"kind": "date_conflict", "message": "x"}, {"kind": "numeric_conflict", "message": "y"}]}
        """;

    // score_article.py's last line on these two files (python3 ../shared/tools/score_article.py gold.json out.json).
    private const string PythonScore =
        "score: entities R=1.00 person-P=0.50 quotes R=0.67 P=0.75 speaker=0.50 times R=1.00 value=0.50 quantities R=0.50 events R=1.00 args=0.33 findings R=1.00 extra-findings=1";

    private static ArticleScore Score()
    {
        using var gold = JsonDocument.Parse(Gold);
        using var record = JsonDocument.Parse(Record);
        return ArticleScorer.Score(gold.RootElement, record.RootElement);
    }

    [Fact]
    public void The_score_line_equals_the_python_scorers_on_the_same_files()
    {
        Assert.Equal(PythonScore, ArticleScorer.PythonLine(Score()));
    }

    [Fact]
    public void The_miss_lines_name_what_the_python_scorer_names()
    {
        var lines = Score().Lines;
        Assert.Contains("  quote speaker wrong: \"a fair deal\" want [Bo Park] got Park", lines);
        Assert.Contains("  quote missed: \"Nobody said this\"", lines);
        Assert.Contains("  event arguments: AID \"sent food\" source ok=False target ok=True", lines);
        Assert.Contains("  finding not in reference: numeric_conflict: y", lines);
    }

    [Fact]
    public void Places_are_found_by_name_and_judged_by_country()
    {
        var s = Score();
        Assert.Equal((3, 2, 1), (s.PlacesGold, s.PlacesFound, s.PlaceCountryRight));
        Assert.Equal((3, 1), (s.PlacesOut, s.PlacesSpurious));
        Assert.Contains("  place country: Port Vale want GBR got [Port Vale/USA]", s.Lines);
        Assert.Contains("  place missed: Eastby (USA)", s.Lines);
    }

    [Fact]
    public void Sums_over_articles_add_counts_and_the_summary_uses_the_sums()
    {
        var total = ArticleScore.Empty();
        total.Add(Score());
        total.Add(Score());
        Assert.Equal((2, 6, 4, 2), (total.Articles, total.QuotesGold, total.QuotesFound, total.SpeakerRight));
        Assert.Contains("quotes R=0.67 P=0.75 speaker=0.50", total.SummaryLine, StringComparison.Ordinal);
        Assert.Contains("places R=0.67 country=0.50 P=0.67", total.SummaryLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  \u201cHello,  World.\u201d ", "hello, world")]
    [InlineData("It\u2019s", "it's")]
    [InlineData(null, "")]
    public void Norm_straightens_quotes_collapses_space_trims_punctuation_and_lowers(string? input, string expected)
    {
        Assert.Equal(expected, ArticleScorer.Norm(input));
    }

    [Fact]
    public void Overlap_is_the_length_ratio_when_one_contains_the_other()
    {
        Assert.Equal(1.0, ArticleScorer.Overlap("We will.", "we will"));
        Assert.Equal(0.5, ArticleScorer.Overlap("abcd", "ab"));
        Assert.Equal(0.0, ArticleScorer.Overlap("abcd", "xy"));
    }
}
