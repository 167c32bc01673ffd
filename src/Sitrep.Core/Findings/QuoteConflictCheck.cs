using System.Text;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Findings;

/// <summary>
/// quote_conflict: the same words (five or more) attributed to two different speakers in one article. A pull quote or
/// embedded post repeating its own speaker's words is no conflict.
/// </summary>
public sealed class QuoteConflictCheck : IConsistencyCheck
{
    public string Kind => "quote_conflict";

    public IEnumerable<Finding> Check(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Only words attributed to people the article names (entities of type PERSON), eight words or more: a short
        // phrase echoed in a longer quote, or a quote with an unresolved speaker, is no evidence of two speakers.
        var people = document.GetOrDefault(Layers.Entities, []).Where(e => e.Type == EntityType.Person).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var quotes = document.GetOrDefault(Layers.Quotes, [])
            .Where(q => q.Kind is not QuoteKind.Indirect && q.Speaker is not null && people.Contains(q.Speaker))
            .Select(q => (Quote: q, Words: Words(document.TextOf(q.Range))))
            .Where(x => x.Words.Split(' ').Length >= 8)
            .ToList();
        for (int i = 0; i < quotes.Count; i++)
        {
            for (int j = i + 1; j < quotes.Count; j++)
            {
                var (a, wa) = quotes[i];
                var (b, wb) = quotes[j];
                // The same words: one contains the other and the shorter is most of the longer.
                bool same = (wa.Contains(wb, StringComparison.Ordinal) || wb.Contains(wa, StringComparison.Ordinal)) && Math.Min(wa.Length, wb.Length) * 10 >= Math.Max(wa.Length, wb.Length) * 7;
                if (!same || SameSpeaker(a, b))
                {
                    continue;
                }

                yield return new Finding(Kind, Severity.Warning,
                    $"The same words are attributed to {a.SpeakerName ?? a.Speaker} and to {b.SpeakerName ?? b.Speaker}: “{Clip(document.TextOf(a.Range))}”.",
                    [a.Range, b.Range]);
            }
        }
    }

    private static bool SameSpeaker(Quote a, Quote b)
    {
        if (a.Speaker is not null && b.Speaker is not null)
        {
            return a.Speaker == b.Speaker || (a.SpeakerName is not null && b.SpeakerName is not null && PersonNames.Same(a.SpeakerName, b.SpeakerName));
        }

        return a.SpeakerName is null || b.SpeakerName is null || PersonNames.Same(a.SpeakerName, b.SpeakerName);
    }

    private static string Words(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    private static string Clip(string s) => s.Length <= 80 ? s : string.Concat(s.AsSpan(0, 79), "…");
}
