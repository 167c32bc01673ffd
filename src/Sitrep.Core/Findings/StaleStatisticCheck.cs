using System.Globalization;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Findings;

/// <summary>
/// stale_statistic: a figure given "as of" a date a year or more before the article ("As of May 2024, … over 6.4 million"),
/// unless the date is what the figure is measured against ("5.9 pct below their levels as of March 1986") or the article
/// gives a newer figure of the same kind.
/// </summary>
public sealed class StaleStatisticCheck : IConsistencyCheck
{
    public string Kind => "stale_statistic";

    public IEnumerable<Finding> Check(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (DocumentDates.Anchor(document) is not { } published || !document.TryGet(Layers.Times, out var times))
        {
            yield break;
        }

        string text = document.Text;
        var quantities = document.GetOrDefault(Layers.Quantities, []);
        foreach (var t in times)
        {
            int before = Math.Max(0, t.Range.Start - 6);
            bool asOf = text.AsSpan(before, t.Range.Start - before).Contains("as of", StringComparison.OrdinalIgnoreCase)
                || text.AsSpan(t.Range.Start, t.Range.Length).StartsWith("as of", StringComparison.OrdinalIgnoreCase);
            if (!asOf || !TryEnd(t.Value, out var from) || from.AddMonths(12) > published)
            {
                continue;
            }

            if (Sentences.Holding(document.Sentences, t.Range.Start) is not { } sentence)
            {
                continue;
            }

            // The figure: a quantity after the date in the sentence that is not itself a year ("as of December 31, 1985 … 1985").
            // A figure before it is measured against the date ("5.9 pct below their levels as of March 1986"), not dated by it.
            var figure = quantities.FirstOrDefault(q => sentence.Contains(q.Range) && q.Range.Start >= t.Range.End && !(q.Value is >= 1900 and <= 2100 && q.Value == Math.Floor(q.Value) && q.Kind == QuantityKind.Count));
            if (figure is null || NewerFigure(document, times, quantities, from, published, figure))
            {
                continue;
            }

            int start = text.AsSpan(before, t.Range.Start - before).IndexOf("as of", StringComparison.OrdinalIgnoreCase) is int k and >= 0 ? before + k : t.Range.Start;
            string age = ((published.DayNumber - from.DayNumber) / 30).ToString(CultureInfo.InvariantCulture);
            yield return new Finding(Kind, Severity.Info,
                $"The figure “{text.Substring(figure.Range.Start, figure.Range.Length)}” is given as of {text.Substring(t.Range.Start, t.Range.Length)}, about {age} months before the article; it may be out of date.",
                [new CharRange(start, t.Range.End), figure.Range]);
        }
    }

    /// <summary>The article itself gives a figure of the same kind for a later period up to its date ("reserves at the end of 1986 of 4.9 mln tons"): the old one is background.</summary>
    private static bool NewerFigure(Document document, IReadOnlyList<TimeExpression> times, IReadOnlyList<Quantity> quantities, DateOnly from, DateOnly published, Quantity figure)
    {
        foreach (var t in times)
        {
            if (!TryEnd(t.Value, out var end) || end <= from || end > published || Sentences.Holding(document.Sentences, t.Range.Start) is not { } sentence)
            {
                continue;
            }

            if (quantities.Any(q => q != figure && sentence.Contains(q.Range) && q.Kind == figure.Kind && q.Unit == figure.Unit && !(q.Kind == QuantityKind.Count && q.Value is >= 1900 and <= 2100)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last day of the period a TIMEX3 value names (the kindest reading of "as of 1986" is its end).</summary>
    private static bool TryEnd(string value, out DateOnly end)
    {
        end = default;
        if (value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out end))
        {
            return true;
        }

        if (value.Length >= 7 && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y) && value[4] == '-'
            && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m is >= 1 and <= 12)
        {
            end = new DateOnly(y, m, DateTime.DaysInMonth(y, m));
            return true;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out y) && y is > 0 and < 10000)
        {
            end = new DateOnly(y, 12, 31);
            return true;
        }

        return false;
    }
}
