using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Quotes;

namespace Sitrep.Core.Entities;

/// <summary>
/// "Prime Minister of the United Kingdom Gordon Brown": the tagger may read the country and the name after it as one
/// place or organisation. After a title's "of" (or "of the"), a mention that starts with a country the country table
/// knows and goes on with two or more capitalized words is split: the country, then the person.
/// </summary>
internal static class TitledNames
{
    public static List<EntityMention> Split(TokenText t, List<EntityMention> mentions)
    {
        var result = new List<EntityMention>(mentions.Count);
        foreach (var m in mentions)
        {
            if (m.Type is EntityType.Person || m.Tokens.Length < 3 || !AfterTitleOf(t, m.Tokens.Start))
            {
                result.Add(m);
                continue;
            }

            int split = -1;
            for (int k = m.Tokens.End - 2; k > m.Tokens.Start; k--)
            {
                var head = t.Range(m.Tokens.Start, k - 1);
                if (Countries.Shared.Code(t.Text.Substring(head.Start, head.Length)) is not null && Enumerable.Range(k, m.Tokens.End - k).All(i => t.IsWord(i) && t.IsCapitalized(i)))
                {
                    split = k;
                    break;
                }
            }

            if (split < 0)
            {
                result.Add(m);
                continue;
            }

            result.Add(new EntityMention(t.Range(m.Tokens.Start, split - 1), new TokenRange(m.Tokens.Start, split), EntityType.Gpe));
            result.Add(new EntityMention(t.Range(split, m.Tokens.End - 1), new TokenRange(split, m.Tokens.End), EntityType.Person));
        }

        return result;
    }

    /// <summary>The mention follows "TITLE of" or "TITLE of the" ("Premier of China …").</summary>
    private static bool AfterTitleOf(TokenText t, int start)
    {
        int k = start - 1;
        if (k >= 0 && t[k] is "the")
        {
            k--;
        }

        return k >= 1 && t[k] is "of" && t.IsCapitalized(k - 1) && (QuoteWords.IsTitle(t[k - 1]) || RoleBinder.IsRoleNoun(t[k - 1]));
    }
}
