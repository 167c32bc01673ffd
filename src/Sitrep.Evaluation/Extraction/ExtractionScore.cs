namespace Sitrep.Evaluation;

/// <summary>The benchmark's summary over pages: averaged precision and recall, their F1, and exact-match accuracy.</summary>
public sealed record ExtractionScore(double Precision, double Recall, double F1, double Accuracy, int Pages)
{
    /// <summary>Averages per-page counts as the benchmark does (each average over the pages where it is defined).</summary>
    public static ExtractionScore From(IReadOnlyList<PageCounts> pages, IReadOnlyList<bool> exact)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(exact);
        double p = 0, r = 0;
        int np = 0, nr = 0;
        foreach (var c in pages)
        {
            if (c.HasPrecision)
            {
                p += c.Precision;
                np++;
            }

            if (c.HasRecall)
            {
                r += c.Recall;
                nr++;
            }
        }

        p = np > 0 ? p / np : 0;
        r = nr > 0 ? r / nr : 0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        double a = exact.Count > 0 ? exact.Count(e => e) / (double)exact.Count : 0;
        return new ExtractionScore(p, r, f, a, pages.Count);
    }
}
