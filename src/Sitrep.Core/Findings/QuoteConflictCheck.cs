using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Findings;

/// <summary>
/// quote_conflict: the same quoted words (eight or more; or the opening words of the other quote, which runs on longer)
/// attributed to two different speakers in one article. A pull
/// quote or embedded post repeating its own speaker's words is no conflict; reported speech is left to the
/// attribution-conflict check.
/// </summary>
public sealed class QuoteConflictCheck : IConsistencyCheck
{
    public string Kind => "quote_conflict";

    public IEnumerable<Finding> Check(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var quotes = RepeatedWords.Attributed(document, 8).Where(x => x.Quote.Kind is not QuoteKind.Indirect).ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < quotes.Count; i++)
        {
            for (int j = i + 1; j < quotes.Count; j++)
            {
                var (a, wa) = quotes[i];
                var (b, wb) = quotes[j];
                if (a.Range.Overlaps(b.Range) || !RepeatedWords.Within(wa, wb) || RepeatedWords.SameSpeaker(a, b) || !reported.Add(wa.Length <= wb.Length ? wa : wb))
                {
                    continue;
                }

                yield return new Finding(Kind, Severity.Warning,
                    $"The same words are attributed to {RepeatedWords.Name(a)} and to {RepeatedWords.Name(b)}: “{RepeatedWords.Clip(document.TextOf(a.Range))}”.",
                    [a.Range, b.Range]);
            }
        }
    }
}
