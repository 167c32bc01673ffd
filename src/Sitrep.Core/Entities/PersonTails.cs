using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Language;
using Sitrep.Core.Quotes;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Entities;

/// <summary>
/// "Fellow Lib Dem Norman Baker", "Telegraph journalist Robert Peston": the tagger may read a party, paper or committee
/// and the person named after it as one organisation. A mention that is no person's, of three tokens or more, whose last
/// word is the surname of a person the article names elsewhere by two names or by a title and surname ("Mr Baker"), and
/// whose word before that is capitalized (the forename), is split: the last two words are the person; the words before
/// them, less the titles and lower-case words that end them ("journalist", "MP"), stay a mention of the first type when a
/// word remains. A surname that is a head word of names ("Party", "Council") is never read so.
/// </summary>
internal static class PersonTails
{
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_address = Titles.Address.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<EntityMention> Split(TokenText t, List<EntityMention> mentions)
    {
        var surnames = Surnames(t, mentions);
        if (surnames.Count == 0)
        {
            return mentions;
        }

        var result = new List<EntityMention>(mentions.Count);
        foreach (var m in mentions)
        {
            int last = m.Tokens.End - 1, fore = last - 1;
            if (m.Type is EntityType.Person || m.Tokens.Length < 3 || last >= t.Count || !t.IsWord(last) || !t.IsWord(fore)
                || !t.IsCapitalized(fore) || QuoteWords.IsTitle(t[fore]) || NameTypes.IsHead(t[last]) || !surnames.Contains(t[last].ToString()))
            {
                result.Add(m);
                continue;
            }

            int end = fore;
            while (end > m.Tokens.Start && (!t.IsWord(end - 1) || !t.IsCapitalized(end - 1) || QuoteWords.IsTitle(t[end - 1])))
            {
                end--;
            }

            if (end > m.Tokens.Start)
            {
                result.Add(new EntityMention(t.Range(m.Tokens.Start, end - 1), new TokenRange(m.Tokens.Start, end), m.Type));
            }

            result.Add(new EntityMention(t.Range(fore, last), new TokenRange(fore, last + 1), EntityType.Person));
        }

        return result;
    }

    /// <summary>The last words of the person mentions of two words or more, and of one word after a personal title ("Mr Baker").</summary>
    private static HashSet<string> Surnames(TokenText t, List<EntityMention> mentions)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type is not EntityType.Person || m.Tokens.End > t.Count)
            {
                continue;
            }

            int last = m.Tokens.End - 1;
            bool twoNames = m.Tokens.Length >= 2 && t.IsWord(last - 1) && t.IsCapitalized(last - 1);
            bool titled = m.Tokens.Start > 0 && t.IsWord(m.Tokens.Start - 1) && IsPersonalTitle(t[m.Tokens.Start - 1]);
            if (t.IsWord(last) && (twoNames || titled))
            {
                surnames.Add(t[last].ToString());
            }
        }

        return surnames;
    }

    /// <summary>A form of address (<c>Language/Data/titles.tsv</c>, column address: "Mr", "Dr", "Lord"), a final point ignored.</summary>
    private static bool IsPersonalTitle(ReadOnlySpan<char> w)
        => s_address.Contains(w.EndsWith('.') ? w[..^1] : w);
}
