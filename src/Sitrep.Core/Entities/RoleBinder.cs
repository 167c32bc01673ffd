using System.Collections.Frozen;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Quotes;

namespace Sitrep.Core.Entities;

/// <summary>
/// Binds titles and roles to people: a title before the name ("US President Donald Trump", "foreign policy aide Yuri
/// Ushakov"), an apposition before it ("his envoy, Steve Witkoff": envoy of the person "his" refers to) or after it
/// ("Donald Trump, President of the United States"). A title before the name keeps the capitalized words the parse
/// makes its modifiers ("Home Secretary", "Shadow Chancellor"), so that a later "the home secretary" finds the person
/// (<see cref="DescriptionResolver"/>).
/// </summary>
internal sealed class RoleBinder(TokenText t, IReadOnlyList<Sentence> sentences, MentionCluster?[] clusterOfToken, EntityType[] typeOfToken, Parsing.DependencyTree? tree = null)
{
    // Role nouns: Language/Data/titles.tsv, column role.
    private static readonly FrozenSet<string> s_roleNouns = Language.Titles.Roles;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_roleLookup = s_roleNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsRoleNoun(ReadOnlySpan<char> w) => s_roleLookup.Contains(w);

    /// <summary>Finds the roles of the person mention at <paramref name="mention"/> (its name proper at <paramref name="name"/>) and adds them to its cluster.</summary>
    public void Bind(MentionCluster person, TokenRange mention, TokenRange name, int sentence)
    {
        var sentenceTokens = sentences.Count == 0 ? new TokenRange(0, t.Count) : sentences[sentence].Tokens;
        BindPreTitle(person, mention, name, sentenceTokens.Start);
        BindApposition(person, mention.Start, sentenceTokens.Start, sentence);
        BindTrailingApposition(person, mention.End, sentenceTokens.End);
    }

    private void BindPreTitle(MentionCluster person, TokenRange mention, TokenRange name, int lowerBound)
    {
        int a = name.Start;
        bool hasRole = false;
        MentionCluster? of = null;
        while (a - 1 >= lowerBound && ((t.IsCapitalized(a - 1) && (QuoteWords.IsTitle(t[a - 1]) || IsRoleNoun(t[a - 1]) || typeOfToken[a - 1] is EntityType.Gpe or EntityType.Norp || Acronyms.LettersOf(t[a - 1]) is not null || Knowledge.Countries.Shared.ByNameLookup.ContainsKey(t[a - 1])))
            || (a - 2 >= lowerBound && a < name.Start && TitleJoiner(a - 1) && (t.IsCapitalized(a - 2) || TitleJoiner(a - 2)))))
        {
            a--;
            hasRole |= IsRoleNoun(t[a]);
            if (typeOfToken[a] is EntityType.Gpe)
            {
                of ??= clusterOfToken[a];
            }
        }

        if (!hasRole && a == name.Start && name.Start - 1 >= lowerBound && t.IsWord(name.Start - 1) && !t.IsCapitalized(name.Start - 1) && IsRoleNoun(t[name.Start - 1]))
        {
            // "foreign policy aide Yuri Ushakov": a lowercase role with up to three modifiers.
            a = name.Start - 1;
            hasRole = true;
            while (a - 1 >= lowerBound && name.Start - a < 4 && t.IsWord(a - 1) && !t.IsCapitalized(a - 1) && !QuoteWords.IsPhraseStop(t[a - 1])
                && !QuoteWords.IsDeterminer(t[a - 1]) && !QuoteWords.IsCue(t[a - 1]) && !(t[a - 1] is "of" or "for" or "in" or "on" or "at" or "from"))
            {
                a--;
            }

            // "Shadow foreign secretary X" opening a sentence: the capitalized first word is the role's too (so that "the
            // foreign secretary" later is not taken for this person), unless it is a determiner, a stop or a name.
            if (a - 1 == lowerBound && t.IsWord(a - 1) && t.IsCapitalized(a - 1) && clusterOfToken[a - 1] is null
                && !QuoteWords.IsDeterminer(t[a - 1]) && !QuoteWords.IsPhraseStop(t[a - 1]) && !NameVariants.IsPossessive(t[a - 1]))
            {
                a--;
            }

            if (a - 1 >= lowerBound && NameVariants.IsPossessive(t[a - 1]) && a - 2 >= lowerBound)
            {
                of = clusterOfToken[a - 2];
            }
        }

        while (a < name.Start && TitleJoiner(a))
        {
            a++;
        }

        if (hasRole && a < name.Start)
        {
            a = TitleModifiers(a, name, lowerBound);
            var range = t.Range(a, name.Start - 1);
            AddRole(person, t.Text.Substring(range.Start, range.Length), range, of);
        }

        _ = mention;
    }

    /// <summary>
    /// The start of the title at <paramref name="a"/> with the capitalized words before it that name no entity and that
    /// the parse makes a compound or adjective of the title or name ("Home" of "Home Secretary Charles Clarke"; at most
    /// two). Without a parse the title stays as found.
    /// </summary>
    private int TitleModifiers(int a, TokenRange name, int lowerBound)
    {
        if (tree is null)
        {
            return a;
        }

        int start = a;
        while (a - 1 >= lowerBound && start - a < 2 && t.IsWord(a - 1) && t.IsCapitalized(a - 1) && typeOfToken[a - 1] == EntityType.Misc
            && clusterOfToken[a - 1] is null && tree.UniversalRelation(a - 1) is "compound" or "amod"
            && tree.Head(a - 1) >= a && tree.Head(a - 1) < name.End)
        {
            a--;
        }

        return a;
    }

    /// <summary>A word that joins a title's parts: a glued hyphen ("Vice-President", "Secretary-General"), "of" and "of the" ("President of the Philippines").</summary>
    private bool TitleJoiner(int i)
        => HyphenatedNames.GluedHyphen(t, i) || t[i] is "of" || (t[i] is "the" && i > 0 && t[i - 1] is "of");

    private void BindApposition(MentionCluster person, int start, int lowerBound, int sentence)
    {
        // "[his] envoy , NAME" — a comma right before the name, a role phrase before it, led by a possessive or "the".
        int comma = start - 1;
        if (comma - 1 < lowerBound || !t.Is(comma, ',') || !t.IsWord(comma - 1) || !IsRoleNoun(t[comma - 1]))
        {
            return;
        }

        int a = comma - 1;
        while (a - 1 >= lowerBound && comma - a < 5 && t.IsWord(a - 1) && !QuoteWords.IsDeterminer(t[a - 1]) && !QuoteWords.IsPhraseStop(t[a - 1]) && !NameVariants.IsPossessive(t[a - 1]))
        {
            a--;
        }

        if (a - 1 < lowerBound)
        {
            return;
        }

        var lead = t[a - 1];
        MentionCluster? of = null;
        if (lead is "his" or "His" or "her" or "Her" or "their" or "Their" or "its" or "Its")
        {
            of = Antecedent(a - 1, sentence, person);
        }
        else if (NameVariants.IsPossessive(lead) && a - 2 >= lowerBound)
        {
            of = clusterOfToken[a - 2];
        }
        else if (!(lead is "the" or "The" or "a" or "A" or "an" or "An"))
        {
            return;
        }

        var range = t.Range(a, comma - 1);
        AddRole(person, t.Text.Substring(range.Start, range.Length), range, of);
    }

    private void BindTrailingApposition(MentionCluster person, int end, int upperBound)
    {
        // "NAME, President of the United States" / "NAME, the president's envoy,"
        if (end >= upperBound || !t.Is(end, ','))
        {
            return;
        }

        int a = end + 1;
        if (a < upperBound && t[a] is "the" or "a" or "an")
        {
            a++;
        }

        if (a >= upperBound || !t.IsWord(a))
        {
            return;
        }

        int b = a;
        bool hasRole = false;
        MentionCluster? of = null;
        while (b < upperBound && b - a < 8 && (t.IsWord(b) || NameVariants.IsPossessive(t[b]) || (b > a && HyphenatedNames.GluedHyphen(t, b))) && !(QuoteWords.IsCue(t[b]) && !t.IsCapitalized(b)) && !(t[b] is "who" or "which" or "and"))
        {
            hasRole |= IsRoleNoun(t[b]);
            if (typeOfToken[b] is EntityType.Gpe or EntityType.Org)
            {
                of ??= clusterOfToken[b];
            }

            b++;
        }

        // "Condoleezza Rice, the prime minister said": the phrase after the comma is the next clause's subject.
        if (hasRole && b > a && !(tree is not null && tree.UniversalRelation(b - 1) is "nsubj" or "nsubj:pass"))
        {
            var range = t.Range(a, b - 1);
            AddRole(person, t.Text.Substring(range.Start, range.Length), range, of);
        }
    }

    /// <summary>Who "his"/"her" refers to: the first other person of the sentence before it, else of the sentences before.</summary>
    private MentionCluster? Antecedent(int pronoun, int sentence, MentionCluster self)
    {
        for (int s = sentence; s >= 0 && s >= sentence - 3; s--)
        {
            var range = sentences.Count == 0 ? new TokenRange(0, t.Count) : sentences[s].Tokens;
            int stop = s == sentence ? pronoun : range.End;
            for (int k = range.Start; k < stop; k++)
            {
                if (clusterOfToken[k] is { } c && c != self && c.Type == EntityType.Person)
                {
                    return c;
                }
            }
        }

        return null;
    }

    private static void AddRole(MentionCluster person, string title, CharRange range, MentionCluster? of)
    {
        foreach (var r in person.Roles)
        {
            if (string.Equals(r.Title, title, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        person.Roles.Add((title, range, of == person ? null : of));
    }
}
