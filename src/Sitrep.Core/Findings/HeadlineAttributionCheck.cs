using System.Text.RegularExpressions;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Findings;

/// <summary>
/// headline_attribution: the headline gives a claim to someone's agent ("Trump Envoy Reports Ukraine Progress") while
/// the body gives that claim to the principal ("great progress" is Trump's) and never to the agent. The headline's
/// speaker is a role noun (envoy, aide, ally, spokesman…) after the principal's name; the claim is what follows the
/// reporting verb. Narrow on purpose: a checker that cries wolf is switched off.
/// </summary>
public sealed partial class HeadlineAttributionCheck : IConsistencyCheck
{
    private static readonly HashSet<string> s_agents = new(StringComparer.OrdinalIgnoreCase)
    {
        "envoy", "aide", "aides", "ally", "allies", "adviser", "advisers", "advisor", "spokesman", "spokeswoman", "spokesperson",
        "negotiator", "lawyer", "lawyers", "deputy", "camp", "team", "emissary", "representative",
    };

    public string Kind => "headline_attribution";

    public IEnumerable<Finding> Check(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var structure = document.Get(Layers.Structure);
        if (structure.Title is not { } title || !document.TryGet(Layers.Quotes, out var quotes) || !document.TryGet(Layers.Entities, out var entities))
        {
            yield break;
        }

        var m = ReportingVerbRegex().Match(title.Text);
        if (!m.Success)
        {
            yield break;
        }

        var subject = title.Text[..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (subject.Length < 2 || !s_agents.Contains(subject[^1]))
        {
            yield break;
        }

        string agent = subject[^1];
        string principalName = string.Join(' ', subject[..^1]).TrimEnd('\'', '’', 's');
        var principal = entities.FirstOrDefault(e => e.Type == EntityType.Person && (e.Name.Contains(principalName, StringComparison.OrdinalIgnoreCase)
            || e.Mentions.Any(r => string.Equals(document.TextOf(r), principalName, StringComparison.OrdinalIgnoreCase))));
        var claim = ContentWords(title.Text[(m.Index + m.Length)..]);
        if (principal is null || claim.Count == 0)
        {
            yield break;
        }

        var claimQuotes = quotes.Where(q => q.Range.Start >= title.Range.End && q.Speaker is not null && ContentWords(document.TextOf(q.Range)).Overlaps(claim)).ToList();
        var byPrincipal = claimQuotes.FirstOrDefault(q => q.Speaker == principal.Id);
        var agents = entities.Where(e => e.Roles.Any(r => r.Title.Contains(agent, StringComparison.OrdinalIgnoreCase))).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        if (byPrincipal is null || claimQuotes.Any(q => agents.Contains(q.Speaker!)))
        {
            yield break;
        }

        yield return new Finding(Kind, Severity.Warning,
            $"The headline has {principalName}'s {agent.ToLowerInvariant()} {m.Value.Trim().ToLowerInvariant()} it, but in the body “{document.TextOf(byPrincipal.Range)}” is {principal.Name}'s own claim, not the {agent.ToLowerInvariant()}'s.",
            [title.Range, byPrincipal.Range]);
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

    [GeneratedRegex(@"\b(?:Says|Say|Said|Reports|Report|Reported|Claims|Claim|Warns|Warn|Insists|Denies|Deny|Admits|Vows|Tells|Cites|Hails|Announces|Confirms)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingVerbRegex();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordRegex();
}
