using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Quotes;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Entities;

/// <summary>
/// Names written with a hyphen inside ("Ban Ki-moon", "Abd al-Karim al-Iryani") are one name: the tokenizer splits the
/// hyphen off (UD English), and the tagger may stop a mention at it or split it in two. A person mention is extended
/// over a hyphen glued to both neighbours and the word after it; mentions joined that way become one. A lower-case
/// part the tagger reads as a verb or adjective ("Oscar-winning", "Tory-led", "Paris-based") makes the compound a
/// modifier of the noun after it, not a name: the mention is not extended over it (<see cref="ModifierPart"/>).
/// </summary>
internal static class HyphenatedNames
{
    /// <param name="pos">The tagger's parts of speech; without them no part is read as a modifier's.</param>
    public static List<EntityMention> Join(TokenText t, List<EntityMention> mentions, PosTags? pos = null)
    {
        var result = new List<EntityMention>(mentions.Count);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type != EntityType.Person)
            {
                result.Add(m);
                continue;
            }

            // "Kassym-Jomart Tokayev" tagged from "Jomart": take the glued part before.
            int start = m.Tokens.Start;
            while (start >= 2 && GluedHyphen(t, start - 1) && t.IsCapitalized(start - 2) && (result.Count == 0 || result[^1].Tokens.End <= start - 2))
            {
                start -= 2;
            }

            int end = m.Tokens.End;
            while (end + 1 < t.Count && GluedHyphen(t, end) && t.IsWord(end + 1) && !ModifierPart(t, pos, end + 1))
            {
                end += 2;
                // The next mention starts inside or right after what we took: take it whole.
                while (i + 1 < mentions.Count && mentions[i + 1].Tokens.Start <= end && mentions[i + 1].Type is EntityType.Person or EntityType.Misc or EntityType.Org)
                {
                    end = Math.Max(end, mentions[i + 1].Tokens.End);
                    i++;
                }
            }

            result.Add(end == m.Tokens.End && start == m.Tokens.Start ? m : new EntityMention(t.Range(start, end - 1), new TokenRange(start, end), EntityType.Person));
        }

        return result;
    }

    /// <summary>
    /// Token <paramref name="i"/>, after a glued hyphen, is a lower-case word the tagger reads as a verb or adjective: a
    /// participle or adjective that makes the compound a modifier ("Oscar-winning actress", "US-backed rebels"), where a
    /// name's lower-case part is a noun or name ("Ban Ki-moon").
    /// </summary>
    public static bool ModifierPart(TokenText t, PosTags? pos, int i)
        => pos is not null && i < pos.Count && !t.IsCapitalized(i) && pos[i] is UposTag.Verb or UposTag.Adj;

    /// <summary>Token <paramref name="i"/> is a hyphen with no space on either side.</summary>
    public static bool GluedHyphen(TokenText t, int i)
        => i > 0 && i + 1 < t.Count && t[i] is "-" or "‐" or "‑" && t.Token(i - 1).End == t.Token(i).Start && t.Token(i).End == t.Token(i + 1).Start;
}
