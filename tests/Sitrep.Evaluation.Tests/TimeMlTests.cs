using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Evaluation.Tests;

public sealed class TimeMlTests
{
    private const string Input = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
        <TEXT>
        AT&amp;T said today that sales rose for three years.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Parse_reads_the_dct_and_decodes_the_text()
    {
        var doc = TimeMlDocument.Parse(Input);
        Assert.Equal(new DateOnly(1998, 1, 8), doc.Dct);
        Assert.Contains("AT&T said today", doc.Text, StringComparison.Ordinal);
        Assert.Empty(doc.Timexes);
    }

    [Fact]
    public void Inserted_tags_leave_the_rest_of_the_file_byte_identical()
    {
        var doc = TimeMlDocument.Parse(Input);
        int today = doc.Text.IndexOf("today", StringComparison.Ordinal);
        int years = doc.Text.IndexOf("three years", StringComparison.Ordinal);
        var times = new[]
        {
            new TimeExpression(new CharRange(today, today + 5), TimexType.Date, "1998-01-08", TimeAnchor.Published),
            new TimeExpression(new CharRange(years, years + 11), TimexType.Duration, "P3Y", TimeAnchor.Absolute),
        };
        string output = doc.InsertTimexes(times);
        Assert.Contains("AT&amp;T said <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-08\">today</TIMEX3>", output, StringComparison.Ordinal);
        Assert.Contains("<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3Y\">three years</TIMEX3>.", output, StringComparison.Ordinal);
        string stripped = output.Replace("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-08\">", "", StringComparison.Ordinal)
            .Replace("<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3Y\">", "", StringComparison.Ordinal);
        int close = stripped.IndexOf("</TIMEX3>.", StringComparison.Ordinal);
        stripped = stripped.Remove(close, 9);
        close = stripped.IndexOf("today</TIMEX3>", StringComparison.Ordinal);
        stripped = stripped.Remove(close + 5, 9);
        Assert.Equal(Input, stripped);

        var reread = TimeMlDocument.Parse(output);
        Assert.Equal(doc.Text, reread.Text);
        Assert.Equal([new TimexSpan(today, today + 5, "DATE", "1998-01-08"), new TimexSpan(years, years + 11, "DURATION", "P3Y")], reread.Timexes);
    }

    [Fact]
    public void Scorer_counts_strict_relaxed_and_value_matches_like_score_timex()
    {
        var scorer = new TimexScorer();
        const string text = "He left last week and came back two days later.";
        TimexSpan[] gold = [new(8, 17, "DATE", "1998-W01"), new(32, 40, "DURATION", "P2D")];
        TimexSpan[] pred = [new(3, 17, "DATE", "1998-W01"), new(32, 40, "DURATION", "P3D"), new(0, 2, "DATE", "X")];
        scorer.Add("f", text, gold, pred);
        Assert.Equal(2, scorer.Relaxed);
        Assert.Equal(1, scorer.Strict);
        Assert.Equal(1, scorer.ValueCorrect);
        // strict P=1/3 R=1/2 F1=40; relaxed P=2/3 R=1 F1=80; value F1 = 80 x 50% = 40
        Assert.Equal("timex: strict F1=40.00 relaxed F1=80.00 value F1=40.00 type F1=80.00 (2 gold)", scorer.SummaryLine());
    }

    // The tag pattern runs without a time limit: a tag name followed by a long run of spaces and no ">" made the
    // backtracking engine retry every split of the run (over 20 s for 20,000 spaces, measured); now linear.
    [Fact]
    public void A_tag_left_open_over_a_long_run_of_spaces_is_parsed_in_linear_time()
    {
        string raw = Input.Replace("said today", "said <TIMEX3" + new string(' ', 20_000) + "today", StringComparison.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var doc = TimeMlDocument.Parse(raw);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Empty(doc.Timexes);
        Assert.Contains("AT&T said <TIMEX3", doc.Text, StringComparison.Ordinal);
    }
}
