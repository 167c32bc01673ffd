namespace Sitrep.Ingest.Evaluation;

/// <summary>A benchmark run: the score, each page, and the time spent inside the extractor.</summary>
/// <param name="Score">The summary metric.</param>
/// <param name="Pages">Per-page results, in id order.</param>
/// <param name="ExtractSeconds">Wall-clock seconds spent in extraction (reading and scoring excluded).</param>
/// <param name="HtmlChars">Characters of HTML extracted.</param>
public sealed record BenchmarkResult(ExtractionScore Score, IReadOnlyList<PageResult> Pages, double ExtractSeconds, long HtmlChars)
{
    /// <summary>Pages per second of extraction.</summary>
    public double PagesPerSecond => ExtractSeconds > 0 ? Pages.Count / ExtractSeconds : 0;
}
