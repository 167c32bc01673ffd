using System.Globalization;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Findings;

/// <summary>
/// attribution_conflict: one claim with a figure ("profits rose 12% to $45m") given by the article to two different
/// sources — the same reported words with the same figure, said by one source here and by another there.
/// </summary>
public sealed class AttributionConflictCheck : IConsistencyCheck
{
    public string Kind => "attribution_conflict";

    public IEnumerable<Finding> Check(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var figures = document.GetOrDefault(Layers.Quantities, []).Where(q => !(q.Kind == QuantityKind.Count && q.Value is >= 1900 and <= 2100)).ToList();
        if (figures.Count < 2)
        {
            yield break;
        }

        var claims = RepeatedWords.Attributed(document, 6).Where(x => x.Quote.Kind is QuoteKind.Indirect or QuoteKind.Partial or QuoteKind.Direct).ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < claims.Count; i++)
        {
            for (int j = i + 1; j < claims.Count; j++)
            {
                var (a, wa) = claims[i];
                var (b, wb) = claims[j];
                if ((a.Kind != QuoteKind.Indirect && b.Kind != QuoteKind.Indirect) || a.Range.Overlaps(b.Range) || !RepeatedWords.Same(wa, wb) || RepeatedWords.SameSpeaker(a, b))
                {
                    continue;
                }

                var shared = figures.Where(f => a.Range.Contains(f.Range))
                    .Select(fa => (A: fa, B: figures.FirstOrDefault(f => b.Range.Contains(f.Range) && f.Kind == fa.Kind && f.Value == fa.Value && f.Unit == fa.Unit)))
                    .FirstOrDefault(x => x.B is not null);
                var fa = shared.A;
                if (fa is null || !reported.Add(wa.Length <= wb.Length ? wa : wb))
                {
                    continue;
                }

                yield return new Finding(Kind, Severity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"The figure “{document.TextOf(fa.Range)}” in the same claim is attributed to {RepeatedWords.Name(a)} and to {RepeatedWords.Name(b)}: “{RepeatedWords.Clip(document.TextOf(b.Range))}”."),
                    [a.Range, b.Range]);
            }
        }
    }
}
