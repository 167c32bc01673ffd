using System.Collections.Frozen;

namespace Sitrep.Core.Language;

/// <summary>
/// Nouns that name a person by what the person is: a role of <c>Data/titles.tsv</c> ("envoy", "spokeswoman", "candidate")
/// or an agent noun of people in <c>Data/agents.tsv</c> ("lawyer", "operative", "protesters").
/// </summary>
public static class PersonNouns
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_roles = Titles.Roles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <paramref name="word"/> (a token as written) names a person; with <paramref name="singular"/>, an agent
    /// noun counts only as a one-word singular ("operative", not "operatives" or "party officials").
    /// </summary>
    public static bool Is(ReadOnlySpan<char> word, bool singular = false)
    {
        if (s_roles.Contains(word))
        {
            return true;
        }

        foreach (var form in AgentNouns.OfWord(word))
        {
            if (form.People && (!singular || (!form.Plural && form.Words.Length == 1)))
            {
                return true;
            }
        }

        return false;
    }
}
