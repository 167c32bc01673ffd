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
/// A definite description of a person works the same way through the titles bound to people (<see cref="RoleBinder"/>):
/// "the home secretary" after "Home Secretary Charles Clarke", "the president" after "President Jacques Chirac" —
/// a singular role noun (<c>Language/Data/titles.tsv</c>, column role) with "the" and only its own modifiers before it
/// refers to the nearest person named before it who bears that very title.
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
            MentionCluster? named = null;
            if (form is not null && IsBareDefinite(k))
            {
                named = Antecedent(k, form, clusterOfToken);
            }
            else if (form is null && RoleBinder.IsRoleNoun(t[k]) && DefiniteArticle(k) is >= 0 and var the)
            {
                named = PersonAntecedent(the, k, clusterOfToken);
            }

            if (named is not null)
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

    /// <summary>
    /// The "the" of a definite description whose head is <paramref name="k"/> (the words between are its modifiers: "home"
    /// of "the home secretary"; none of "the minister"), or −1 when it is none: every word from "the" to the head depends
    /// on the head (the article as its determiner, the rest as adjectives or compounds), the head is no compound's or
    /// name's word ("Home Secretary Charles Clarke") and nothing after it names it further ("the minister of finance",
    /// "the minister, Mr Brown").
    /// </summary>
    private int DefiniteArticle(int k)
    {
        if (tree!.UniversalRelation(k) is "compound" or "flat")
        {
            return -1;
        }

        int det = -1;
        foreach (int child in tree.Children(k))
        {
            if (child > k && tree.UniversalRelation(child) is "nmod" or "appos" or "flat" or "compound" or "acl")
            {
                return -1;
            }

            if (child < k && tree.UniversalRelation(child) == "det")
            {
                if (!t[child].Equals("the", StringComparison.OrdinalIgnoreCase) || det >= 0)
                {
                    return -1;
                }

                det = child;
            }
        }

        if (det < 0)
        {
            return -1;
        }

        for (int j = det + 1; j < k; j++)
        {
            if (!t.IsWord(j) || tree.Head(j) != k || tree.UniversalRelation(j) is not ("amod" or "compound"))
            {
                return -1;
            }
        }

        return det;
    }

    /// <summary>
    /// The nearest person named before token <paramref name="k"/> whose title is the description's words, case aside
    /// ("the home secretary": "Home Secretary Charles Clarke", not "the shadow home secretary, David Davis"; "the prime
    /// minister" is not the "Deputy Prime Minister"), or null. The description's words run from after <paramref name="the"/> to <paramref name="k"/>.
    /// </summary>
    private MentionCluster? PersonAntecedent(int the, int k, MentionCluster?[] clusters)
    {
        for (int j = k - 1; j >= 0; j--)
        {
            if (clusters[j] is not { Type: Annotations.EntityType.Person } c)
            {
                continue;
            }

            foreach (var (title, _, _) in c.Roles)
            {
                if (IsTitle(title, the + 1, k))
                {
                    return c;
                }
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="title"/> is the words <paramref name="first"/> to <paramref name="k"/>, case aside.</summary>
    private bool IsTitle(string title, int first, int k)
    {
        var rest = title.AsSpan().Trim();
        for (int j = first; j < k; j++)
        {
            var m = t[j];
            if (!rest.StartsWith(m, StringComparison.OrdinalIgnoreCase) || rest.Length == m.Length || rest[m.Length] != ' ')
            {
                return false;
            }

            rest = rest[(m.Length + 1)..].TrimStart();
        }

        return rest.Equals(t[k], StringComparison.OrdinalIgnoreCase);
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
