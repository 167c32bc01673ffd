using System.Globalization;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Findings;

/// <summary>stale_statistic: a figure given "as of" a date a year or more before the article ("As of May 2024, … over 6.4 million").</summary>
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
            if (!asOf || !TryStart(t.Value, out var from) || from.AddMonths(12) > published)
            {
                continue;
            }

            var sentence = document.Sentences.FirstOrDefault(s => s.Chars.Contains(t.Range.Start)).Chars;
            var figure = quantities.FirstOrDefault(q => sentence.Contains(q.Range));
            if (figure is null)
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

    private static bool TryStart(string value, out DateOnly start)
    {
        start = default;
        if (value.Length >= 7 && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y) && value[4] == '-'
            && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m is >= 1 and <= 12)
        {
            start = new DateOnly(y, m, 1);
            return true;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out y))
        {
            start = new DateOnly(y, 1, 1);
            return true;
        }

        return false;
    }
}
