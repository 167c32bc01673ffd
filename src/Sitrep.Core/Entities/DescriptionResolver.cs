using Sitrep.Core.Language;
using Sitrep.Core.Quotes;
using Sitrep.Core.Parsing;

namespace Sitrep.Core.Entities;

/// <summary>
/// A definite description that refers back to a named body: "the union" after "the United Auto Workers", "the court"
/// after "the High Court", "the party" after "the Labour Party". The description is a singular agent noun of a body
/// (<see cref="AgentNouns"/>, kind body) with "the" as its only word before it in the parse and no name of its own after
/// it ("the government of Iraq"); it refers to the nearest organisation named before it whose name holds the same noun,
/// or a noun of the same agent code (Workers and union are both LAB) other than a government's (a ministry is no
/// government). The description becomes a mention of that organisation, as a resolved pronoun does, so every reader
/// (quotes, events) finds the organisation, and the described-actor layer makes no entity of it.
/// </summary>
internal sealed class DescriptionResolver(TokenText t, DependencyTree? tree)
{
    /// <summary>The agent code whose nouns name different bodies (government, ministry, embassy, agency).</summary>
    private const string Government = "GOV";

    /// <summary>Adds each resolved description to its organisation's cluster; <paramref name="clusterOfToken"/> gains it.</summary>
    public void Resolve(MentionCluster?[] clusterOfToken)
    {
        if (tree is null)
        {
            return;
        }

        for (int k = 1; k < t.Count; k++)
        {
            if (clusterOfToken[k] is not null || !t.IsWord(k))
            {
                continue;
            }

            var form = Body(t[k]);
            if (form is null || !IsBareDefinite(k))
            {
                continue;
            }

            if (Antecedent(k, form, clusterOfToken) is { } named)
            {
                named.Add(t.Token(k).Range, null);
                clusterOfToken[k] = named;
            }
        }
    }

    /// <summary>The one-word singular agent noun of a body that <paramref name="word"/> is, or null.</summary>
    private static AgentNouns.Form? Body(ReadOnlySpan<char> word)
    {
        foreach (var f in AgentNouns.OfWord(word))
        {
            if (f.Words.Length == 1 && !f.Plural && !f.People)
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>"the union": the noun's only dependent before it is the determiner "the", it is no compound's first word,
    /// and nothing after it names it further ("the government of Iraq", "the union's leader" is still the union).</summary>
    private bool IsBareDefinite(int k)
    {
        if (tree!.UniversalRelation(k) == "compound" || tree.UniversalRelation(k) == "flat")
        {
            return false;
        }

        int before = 0;
        bool the = false;
        foreach (int child in tree.Children(k))
        {
            if (child < k)
            {
                before++;
                the = tree.UniversalRelation(child) == "det" && t[child].Equals("the", StringComparison.OrdinalIgnoreCase);
            }
            else if (tree.UniversalRelation(child) is "nmod" or "appos" or "flat" or "compound")
            {
                return false;
            }
        }

        return before == 1 && the;
    }

    /// <summary>The nearest organisation named before token <paramref name="k"/> that the description fits, or null.</summary>
    private static MentionCluster? Antecedent(int k, AgentNouns.Form form, MentionCluster?[] clusters)
    {
        for (int j = k - 1; j >= 0; j--)
        {
            if (clusters[j] is { Type: Annotations.EntityType.Org } c && Fits(c, form))
            {
                return c;
            }
        }

        return null;
    }

    private static bool Fits(MentionCluster c, AgentNouns.Form form)
    {
        foreach (var name in c.Names)
        {
            foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var f in AgentNouns.OfWord(word))
                {
                    if (f.Words.Length == 1 && (f.Noun == form.Noun || (f.Code == form.Code && form.Code != Government)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
