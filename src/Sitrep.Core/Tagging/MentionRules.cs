using System.Collections.Frozen;
using Sitrep.Core.Annotations;

namespace Sitrep.Core.Tagging;

/// <summary>
/// Tidies a recognized span before it becomes a mention: drops trailing lower-case words and punctuation
/// ("Truth Social platform" → "Truth Social"), a trailing title ("US President" → "US"), and types seats of
/// government used for their institution ("the Kremlin", "the White House") as organizations.
/// </summary>
public static class MentionRules
{
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "President", "Presidents", "Minister", "Ministers", "Secretary", "Chancellor", "Premier", "Ambassador", "Envoy",
        "Spokesman", "Spokeswoman", "Spokesperson", "Senator", "Governor", "Mayor", "King", "Queen", "Prince", "Pope",
        "General", "Leader", "Chief", "Commander", "Officials", "Official", "Forces", "Troops", "Army", "Government");

    private static readonly FrozenSet<string> Seats = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "Kremlin", "White House", "Pentagon", "Downing Street", "Elysee", "Élysée", "Elysee Palace", "Élysée Palace",
        "Whitehall", "Blue House", "Zhongnanhai", "Quai d'Orsay", "State Department", "Foreign Office", "Bundestag");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SeatLookup = Seats.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Extends an organization's name over "for/of/on/and" and capitalized words when an acronym in brackets right after
    /// spells the whole name: "United Nations High Commissioner" + "for Refugees (UNHCR…" becomes one name.
    /// Returns the new exclusive end token.
    /// </summary>
    public static int ExtendByAcronym(string text, Documents.TokenList tokens, int first, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        int k = end;
        int best = end;
        while (k + 1 < tokens.Count && tokens[k].Span(text) is "for" or "of" or "on" or "and" && IsCapitalized(tokens[k + 1].Span(text)))
        {
            k += 2;
            while (k < tokens.Count && IsCapitalized(tokens[k].Span(text)))
            {
                k++;
            }

            if (k + 1 < tokens.Count && tokens[k].Span(text) is "(" && Initials(text, tokens, first, k).Equals(tokens[k + 1].Text(text), StringComparison.Ordinal))
            {
                best = k;
            }
        }

        return best;
    }

    private static bool IsCapitalized(ReadOnlySpan<char> w) => w.Length > 1 && char.IsUpper(w[0]) && char.IsLetter(w[^1]);

    private static string Initials(string text, Documents.TokenList tokens, int first, int end)
    {
        var initials = new System.Text.StringBuilder(end - first);
        for (int t = first; t < end; t++)
        {
            var w = tokens[t].Span(text);
            if (w.Length > 0 && char.IsUpper(w[0]))
            {
                initials.Append(w[0]);
            }
        }

        return initials.ToString();
    }

    /// <summary>Shrinks [start, end) of <paramref name="atoms"/>/<paramref name="words"/>; returns false when nothing is left.</summary>
    public static bool Trim(ReadOnlySpan<TokenAtoms> atoms, IReadOnlyList<string> words, ref int start, ref int end)
        => Trim(atoms, words, ref start, ref end, out _);

    /// <summary>As <see cref="Trim(ReadOnlySpan{TokenAtoms}, IReadOnlyList{string}, ref int, ref int)"/>; tells whether a title was dropped.</summary>
    public static bool Trim(ReadOnlySpan<TokenAtoms> atoms, IReadOnlyList<string> words, ref int start, ref int end, out bool droppedTitle)
    {
        droppedTitle = false;
        ArgumentNullException.ThrowIfNull(words);
        int first = start;
        while (end > start && (atoms[end - 1].Flags & (AtomFlags.AllLower | AtomFlags.Punctuation)) != 0)
        {
            end--;
        }

        while (end > start && (atoms[start].Flags & AtomFlags.Punctuation) != 0)
        {
            start++;
        }

        if (end - start >= 2 && TitleLookup.Contains(words[end - 1 - first]))
        {
            end--;
            droppedTitle = true;
        }

        return end > start;
    }

    /// <summary>
    /// The type of what is left after a title was dropped ("US President" → "US"): a place or a people when the
    /// gazetteer says so, else <paramref name="type"/>.
    /// </summary>
    public static EntityType AfterTitle(GazetteerMarks marks, EntityType type)
        => (marks & GazetteerMarks.Political) != 0 ? EntityType.Gpe
            : (marks & (GazetteerMarks.Demonym | GazetteerMarks.Group)) != 0 ? EntityType.Norp
            : type;

    /// <summary>Org for a seat of government named for its institution, else <paramref name="type"/>.</summary>
    public static EntityType Retype(string text, EntityType type)
        => type is EntityType.Gpe or EntityType.Loc or EntityType.Misc && SeatLookup.Contains(text.AsSpan()) ? EntityType.Org : type;
}
