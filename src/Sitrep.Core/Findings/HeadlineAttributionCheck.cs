using System.Text.RegularExpressions;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Findings;

/// <summary>
/// headline_attribution: the headline has someone say or report a claim ("Trump Envoy Reports Ukraine Progress"), but
/// the body gives that claim only to someone else (the "great progress" is Trump's). The headline's speaker is the
/// head of the words before its reporting verb ("Envoy"); it matches a body speaker by name, mention or role.
/// </summary>
public sealed partial class HeadlineAttributionCheck : IConsistencyCheck
{
    public string Kind => "headline_attribution";

    public IEnumerable<Finding> Check(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var structure = document.Get(Layers.Structure);
        if (structure.Title is not { } title || !document.TryGet(Layers.Quotes, out var quotes))
        {
            yield break;
        }

        var m = ReportingVerbRegex().Match(title.Text);
        if (!m.Success)
        {
            yield break;
        }

        string subject = title.Text[..m.Index].Trim();
        string head = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var claim = ContentWords(title.Text[(m.Index + m.Length)..]);
        if (head.Length < 3 || claim.Count == 0)
        {
            yield break;
        }

        var entities = document.GetOrDefault(Layers.Entities, []).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var claimQuotes = quotes.Where(q => q.Range.Start >= title.Range.End && ContentWords(document.TextOf(q.Range)).Overlaps(claim)).ToList();
        if (claimQuotes.Count == 0 || claimQuotes.Any(q => Matches(document, q, head, entities)))
        {
            yield break;
        }

        var first = claimQuotes[0];
        string speaker = first.SpeakerName ?? "someone else";
        yield return new Finding(Kind, Severity.Warning,
            $"The headline has the {head.ToLowerInvariant()} {m.Value.Trim().ToLowerInvariant()} it, but in the body “{document.TextOf(first.Range)}” is attributed to {speaker}.",
            [title.Range, first.Range]);
    }

    private static bool Matches(Document document, Quote quote, string head, Dictionary<string, Entity> entities)
    {
        if (quote.SpeakerName is null && quote.Speaker is null)
        {
            return true; // unknown speaker: no evidence of a different one
        }

        if (quote.SpeakerName?.Contains(head, StringComparison.OrdinalIgnoreCase) == true)
        {
            return true;
        }

        if (quote.Speaker is not null && entities.TryGetValue(quote.Speaker, out var e))
        {
            return e.Mentions.Any(r => document.TextOf(r).Contains(head, StringComparison.OrdinalIgnoreCase))
                || e.Roles.Any(r => r.Title.Contains(head, StringComparison.OrdinalIgnoreCase));
        }

        return false;
    }

    private static HashSet<string> ContentWords(string s)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match w in WordRegex().Matches(s))
        {
            if (w.Length >= 5)
            {
                set.Add(w.Value);
            }
        }

        set.ExceptWith(["after", "about", "their", "there", "which", "while", "against", "amid", "before", "under"]);
        return set;
    }

    [GeneratedRegex(@"\b(?:Says|Say|Said|Reports|Report|Reported|Claims|Claim|Warns|Warn|Insists|Denies|Deny|Admits|Vows|Tells|Cites|Hails|Announces|Confirms)\b", RegexOptions.IgnoreCase, 200)]
    private static partial Regex ReportingVerbRegex();

    [GeneratedRegex(@"\p{L}+", RegexOptions.None, 200)]
    private static partial Regex WordRegex();
}
