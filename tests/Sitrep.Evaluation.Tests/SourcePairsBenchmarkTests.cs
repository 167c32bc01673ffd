using Sitrep.Core.Documents;

namespace Sitrep.Evaluation.Tests;

/// <summary>The cross-source benchmark's scoring: recall needs the planted spans in both stories, inherited findings are the untampered pair's.</summary>
public sealed class SourcePairsBenchmarkTests
{
    private static PairEntry Entry(string variant, bool tampered, string? kind = null)
        => new("p1", "tune", "a.txt", "b.txt", null, null, variant, tampered, kind, kind is null ? null : "source_conflict", [new CharRange(10, 12)], [new CharRange(20, 22)]);

    [Fact]
    public void A_finding_counts_when_its_evidence_overlaps_the_planted_spans_in_both_stories()
    {
        var score = new SourcePairsBenchmark();
        var old = new PairFinding("source_conflict", new CharRange(0, 3), new CharRange(0, 3), "old", "x", "y");
        score.AddUntampered(Entry("orig", false), [old]);
        score.AddTampered(Entry("figure", true, "figure"), [old, new PairFinding("source_conflict", new CharRange(10, 12), new CharRange(20, 22), "new", "12", "15")]);
        score.AddTampered(Entry("date", true, "date"), [new PairFinding("source_conflict", new CharRange(10, 12), new CharRange(0, 2), "one side only", "a", "b")]);
        var report = score.Report("tune").ToList();
        Assert.Contains(report, l => l.StartsWith("recall    figure", StringComparison.Ordinal) && l.Contains("1/1", StringComparison.Ordinal));
        Assert.Contains(report, l => l.StartsWith("recall    date", StringComparison.Ordinal) && l.Contains("0/1", StringComparison.Ordinal));
        Assert.Equal("sources split=tune pairs=2 recall=0.500 min-kind-recall=0.000 precision=0.500 false-per-100-untampered-pairs=100.00", report[^1]);
    }
}
