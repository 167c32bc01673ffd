using System.Globalization;

namespace Sitrep.Evaluation;

/// <summary>A benchmark run: the score, each page, and the time spent inside the extractor.</summary>
/// <param name="Score">The summary metric.</param>
/// <param name="Pages">Per-page results, in id order.</param>
/// <param name="ExtractSeconds">Wall-clock seconds spent in extraction (reading and scoring excluded).</param>
/// <param name="HtmlChars">Characters of HTML extracted.</param>
public sealed record BenchmarkResult(ExtractionScore Score, IReadOnlyList<PageResult> Pages, double ExtractSeconds, long HtmlChars)
{
    /// <summary>Pages per second of extraction.</summary>
    public double PagesPerSecond => ExtractSeconds > 0 ? Pages.Count / ExtractSeconds : 0;

    /// <summary>The report of <c>sitrep eval extraction</c>: pages and speed, the <paramref name="worst"/> lowest-F1 pages, the metric.</summary>
    public IEnumerable<string> Report(string engine, int worst)
    {
        var ic = CultureInfo.InvariantCulture;
        int failed = Pages.Count(p => p.Failure is not null);
        double mchars = HtmlChars / 1e6 / Math.Max(ExtractSeconds, 1e-9);
        yield return string.Create(ic, $"pages: {Pages.Count}; failed: {failed}; engine: {engine}; {PagesPerSecond:F1} pages/s ({mchars:F1} M chars of HTML/s)");
        yield return "lowest-F1 pages (id, P, R):";
        foreach (var p in Pages.OrderBy(p => p.Counts.F1).ThenBy(p => p.Id, StringComparer.Ordinal).Take(worst))
        {
            yield return string.Create(ic, $"  {p.Id[..Math.Min(12, p.Id.Length)]} P={p.Counts.Precision:F3} R={p.Counts.Recall:F3}{(p.Failure is null ? "" : " " + p.Failure)}");
        }

        var s = Score;
        yield return string.Create(ic, $"extraction: P={s.Precision:F3} R={s.Recall:F3} F1={s.F1:F3} accuracy={s.Accuracy:F3} ({s.Pages} pages)");
    }
}
