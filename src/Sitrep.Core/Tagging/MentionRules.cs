using System.Collections.Frozen;
using Sitrep.Core.Annotations;
using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Tagging;

/// <summary>
/// Tidies a recognized span before it becomes a mention: drops trailing lower-case words and punctuation
/// ("Truth Social platform" → "Truth Social"), a trailing title ("US President" → "US"), and types seats of
/// government used for their institution ("the Kremlin", "the White House") as organizations.
/// </summary>
public static class MentionRules
{
    // Title words, and how a mention may hold them (Language/Data/titles.tsv, column in_name): at its end, where the
    // title is dropped ("US President" → "US"), and/or before a person's name inside it, where the mention is split
    // ("Federal Reserve Governor X").
    private static readonly FrozenSet<string> Titles = Language.Titles.EndOfName;

    private static readonly FrozenSet<ulong> PersonTitles = Language.Titles.BeforeName.Select(w => StableHash.OfNormalized(w)).ToFrozenSet();

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
        bool cased = false;
        for (int k = start; k < end && !cased; k++)
        {
            cased = (atoms[k].Flags & (AtomFlags.InitialCap | AtomFlags.AllCaps)) != 0;
        }

        // Trailing lower-case words are not part of a name, unless the name is written all in lower case.
        while (end > start && (atoms[end - 1].Flags & (cased ? AtomFlags.AllLower | AtomFlags.Punctuation : AtomFlags.Punctuation)) != 0)
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
    /// Splits a recognized mention that runs over a person's title into what precedes the title and the name after
    /// it, in a document's labels: "US President Donald Trump" → "US" (a place when the gazetteer says so, else the
    /// mention's type), "President" outside, "Donald Trump" a person; "Federal Reserve Governor Lawrence Lindsey" →
    /// "Federal Reserve" + "Lawrence Lindsey". The name must be one to three capitalized words.
    /// </summary>
    public static void SplitAtTitles(ReadOnlySpan<TokenAtoms> atoms, ReadOnlySpan<Documents.TokenRange> sentences, Span<byte> labels)
    {
        var chunks = new List<(int Start, int End, int Type)>();
        foreach (var range in sentences)
        {
            chunks.Clear();
            var sentence = labels[range.Start..range.End];
            var words = atoms[range.Start..range.End];
            NerLabels.Chunks(sentence, chunks);
            foreach (var (start, end, type) in chunks)
            {
                if (end - start < 3 || type == NerLabels.Person)
                {
                    continue;
                }

                int title = -1;
                for (int k = end - 2; k > start && k >= end - 4; k--)
                {
                    if (PersonTitles.Contains(words[k].Lower))
                    {
                        title = k;
                        break;
                    }
                }

                if (title < 0 || !AllCapitalized(words[(title + 1)..end]))
                {
                    continue;
                }

                var marks = IsOnePhrase(words, start, title) ? (GazetteerMarks)words[start].Gazetteer : GazetteerMarks.None;
                int before = (marks & GazetteerMarks.Political) != 0 ? NerLabels.Location
                    : (marks & GazetteerMarks.Demonym) != 0 ? NerLabels.Misc
                    : type;
                NerLabels.Mark(sentence, start, title, before);
                sentence[title] = NerLabels.Outside;
                NerLabels.Mark(sentence, title + 1, end, NerLabels.Person);
            }
        }
    }

    /// <summary>
    /// A name that a form of address starts (<see cref="Language.Titles.Address"/>), maybe through capitalized titles,
    /// and capitalized words that are no titles end: a person ("Lord Osborne", "Mr Justice Harrison", "Lord Justice
    /// May"), whatever type the recognizer gave it. Not "Lord Chief Justice" (no name) nor "Lord Justices Clarke and Rix".
    /// </summary>
    public static bool IsAddressedName(ReadOnlySpan<string> words)
    {
        if (words.Length < 2 || !Language.Titles.Address.Contains(words[0]))
        {
            return false;
        }

        int k = 1;
        while (k < words.Length && Language.Titles.Words.Contains(words[k]) && IsCapitalized(words[k]))
        {
            k++;
        }

        if (k == words.Length)
        {
            return false;
        }

        for (; k < words.Length; k++)
        {
            if (!IsCapitalized(words[k]) || Language.Titles.Words.Contains(words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>
    /// Where a name that is not a person's ends with a person, after its first word: a multi-word person phrase of the
    /// gazetteer, of no other type, that runs to the name's end, or a listed forename (<see cref="ListedNames"/>; no
    /// gazetteer type) followed by one or two capitalized words that are no titles to the end: "Unison Dave Prentis" →
    /// "Unison" + "Dave Prentis". The index in <paramref name="words"/> where the person starts, or -1.
    /// </summary>
    public static int PersonAtEnd(ReadOnlySpan<TokenAtoms> words, int start, int end, ListedNames listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        const int person = (int)(GazetteerMarks.Person | GazetteerMarks.NewsPerson);
        const int other = (int)(GazetteerMarks.Political | GazetteerMarks.Demonym | GazetteerMarks.Group
            | GazetteerMarks.NewsOrganization | GazetteerMarks.NewsLocation | GazetteerMarks.NewsOther);
        const int first = (int)GazetteerMarks.First;
        for (int p = start + 1; p < end - 1; p++)
        {
            int bits = words[p].Gazetteer;
            if ((bits & (int)GazetteerMarks.MultiWord) != 0 && (bits & first) != 0 && (bits & person) != 0 && (bits & other) == 0)
            {
                return IsOnePhrase(words, p, end) ? p : -1;
            }

            if (bits == 0 && listed.IsForename(words[p].Lower) && (words[p].Flags & AtomFlags.InitialCap) != 0 && end - p is 2 or 3
                && AllCapitalized(words[(p + 1)..end]))
            {
                return p;
            }
        }

        return -1;
    }

    /// <summary>
    /// A person's name that runs on over "of" into a name the gazetteer knows as an organisation or place, or a listed
    /// organisation (<see cref="ListedNames"/>): "Bill O'Reilly of Fox News", "John Smith of Reuters". The index of
    /// "of", the end of that name (which may reach past the mention) and whether it is an organisation; or null. The
    /// person ends before "of".
    /// </summary>
    public static (int Of, int End, bool Organisation)? NameAfterOf(ReadOnlySpan<TokenAtoms> words, ReadOnlySpan<string> text, int start, int end, ListedNames listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        const int first = (int)GazetteerMarks.First;
        const int named = (int)(GazetteerMarks.NewsOrganization | GazetteerMarks.Political | GazetteerMarks.NewsLocation);
        const int person = (int)(GazetteerMarks.Person | GazetteerMarks.NewsPerson);
        for (int k = start + 2; k < end - 1; k++)
        {
            if (text[k - start] is not "of")
            {
                continue;
            }

            int listedEnd = listed.OrganisationAt(words, k + 1, words.Length);
            if (listedEnd >= end)
            {
                return (k, listedEnd, true);
            }

            int bits = words[k + 1].Gazetteer;
            if ((bits & first) == 0 || (bits & named) == 0 || ((bits & person) != 0 && (bits & (int)GazetteerMarks.MultiWord) == 0))
            {
                return null;
            }

            int phraseEnd = k + 2;
            while (phraseEnd < words.Length && words[phraseEnd].Gazetteer != 0 && (words[phraseEnd].Gazetteer & first) == 0)
            {
                phraseEnd++;
            }

            return phraseEnd >= end ? (k, phraseEnd, (bits & (int)GazetteerMarks.NewsOrganization) != 0) : null;
        }

        return null;
    }

    /// <summary>Whether a word (normalized hash) is a person's title such as "President" or "Governor".</summary>
    public static bool IsPersonTitle(ulong lower) => PersonTitles.Contains(lower);

    /// <summary>Whether [start, end) is exactly one gazetteer phrase.</summary>
    private static bool IsOnePhrase(ReadOnlySpan<TokenAtoms> words, int start, int end)
    {
        const int first = (int)GazetteerMarks.First;
        if ((words[start].Gazetteer & first) == 0 || (end < words.Length && words[end].Gazetteer != 0 && (words[end].Gazetteer & first) == 0))
        {
            return false;
        }

        for (int k = start + 1; k < end; k++)
        {
            if (words[k].Gazetteer == 0 || (words[k].Gazetteer & first) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllCapitalized(ReadOnlySpan<TokenAtoms> words)
    {
        foreach (ref readonly var w in words)
        {
            if ((w.Flags & AtomFlags.InitialCap) == 0 || PersonTitles.Contains(w.Lower))
            {
                return false;
            }
        }

        return true;
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
