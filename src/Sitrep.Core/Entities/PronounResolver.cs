using System.Collections.Frozen;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Language;
using Sitrep.Core.Parsing;
using Sitrep.Core.Quotes;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Entities;

/// <summary>
/// The one pronoun resolver: "he"/"she" refer to a person named before them. In the pronoun's own sentence the nearest
/// person that is a subject before it wins ("Trump said Clinton lied when she…" → Clinton), else the first person
/// there; in the sentences before (up to three outside quotations), the subject of the sentence's main verb, else any
/// subject, else the first person. A pronoun already resolved counts as a mention of its person (so "he" chains through
/// "he"), a person known as "she" (by an earlier pronoun or a title: Mrs, Ms, Queen) is never "he" and the reverse, and
/// a name inside a quotation counts only for a pronoun inside one. Without a parse the first person of the nearest
/// sentence wins. The resolved pronouns become mentions of their entities, so every reader (quotes, events, roles,
/// findings) finds a pronoun's person in the entity layer: <see cref="EntityReferents.Of"/>.
/// "It" as a subject stands for an organisation or a country only where the tree says whose it is (<see cref="Neuter"/>):
/// in a clause under a verb whose subject is one ("GM said it would…", "the union plans to tell GM that it will…"), or as
/// the subject of a reporting verb ("It said…"), the organisation or country that is the subject before it.
/// "They", "them", "their" stand for a named organisation or people only when the nearest subject is one (<see cref="Group"/>).
/// A he/she whose nearest sentence before has as its main subject a person introduced by description ("A UKIP spokesman
/// said …") stands for that person: it stays unresolved here and <see cref="Resolve"/> returns the description.
/// </summary>
internal sealed class PronounResolver(TokenText t, IReadOnlyList<Sentence> sentences, DependencyTree? tree, PosTags? pos = null)
{
    private const int SentencesBack = 3;

    /// <summary>How many clauses up from "it" a subject is looked for.</summary>
    private const int ClausesUp = 4;

    private static readonly FrozenDictionary<string, PronounFacts>.AlternateLookup<ReadOnlySpan<char>> s_subjects =
        Pronouns.Subjects.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds each resolved he/she to its person's cluster, each resolved "it" to its organisation's or country's and each resolved they/them/their to its organisation's or people's; <paramref name="clusterOfToken"/> gains the pronouns.</summary>
    /// <returns>The he/she that stand for a person a sentence before introduced by description as its main subject (<see cref="Layers.DescribedAntecedents"/>).</returns>
    public IReadOnlyDictionary<int, Antecedent> Resolve(MentionCluster?[] clusterOfToken)
    {
        var described = new Dictionary<int, Antecedent>();
        if (sentences.Count == 0)
        {
            return described;
        }

        var quoted = Quoted();
        var gender = Genders(clusterOfToken);
        for (int i = 0; i < t.Count; i++)
        {
            if (!t.IsWord(i))
            {
                continue;
            }

            if (tree is not null && !quoted[i] && IsThirdPlural(t[i]))
            {
                if (Group(i, clusterOfToken, quoted) is { } group)
                {
                    group.Add(t.Token(i).Range, null);
                    clusterOfToken[i] = group;
                }

                continue;
            }

            if (tree is not null && IsNeuterSubject(i))
            {
                if (Neuter(i, clusterOfToken, quoted) is { } owner)
                {
                    owner.Add(t.Token(i).Range, null);
                    clusterOfToken[i] = owner;
                }

                continue;
            }

            bool possessive = tree is not null && IsActOwner(i);
            if ((possessive ? PossessiveGender(t[i]) : Gender(t[i])) is not (var g and not Unknown))
            {
                continue;
            }

            int s = Sentences.IndexOfToken(sentences, i);
            MentionCluster? found = null;
            for (int back = s, narrative = 0; back >= 0 && narrative <= SentencesBack && found is null; back--)
            {
                var range = sentences[back].Tokens;
                int stop = back == s ? i : range.End;
                int description = -1;
                found = back == s ? InOwnSentence(range.Start, stop, i, g, clusterOfToken, quoted, gender, nearest: possessive) : InSentenceBefore(range.Start, stop, i, g, clusterOfToken, quoted, gender, out description);
                if (description >= 0)
                {
                    if (!possessive)
                    {
                        described[i] = Description(description);
                    }

                    break;
                }

                if (back != s && !AllQuoted(range, quoted))
                {
                    narrative++;
                }
            }

            if (found is not null)
            {
                found.Add(t.Token(i).Range, null);
                clusterOfToken[i] = found;
                if (!possessive)
                {
                    // A possessive's reading is the least sure ("attacked Hale over his record"): it teaches no gender.
                    gender.TryAdd(found, g);
                }
            }
        }

        return described;
    }

    /// <summary>The description headed by <paramref name="head"/>: its words before the head that hang from it ("A UKIP"), and a
    /// phrase after it that a preposition opens ("a spokeswoman for Human Rights Watch"), up to a punctuation mark.</summary>
    private Antecedent Description(int head)
    {
        int first = head;
        while (first > 0 && t.IsWord(first - 1) && tree!.IsUnder(first - 1, head))
        {
            first--;
        }

        int last = head;
        while (last + 1 < t.Count && t.IsWord(last + 1) && tree!.IsUnder(last + 1, head) && tree!.UniversalRelation(last + 1) is not ("acl" or "appos"))
        {
            last++;
        }

        return new Antecedent(first, last, head);
    }

    private const char Unknown = '\0';

    /// <summary>A third-person neuter subject pronoun ("it") that the tree makes a subject, not an expletive ("it is likely that").</summary>
    private bool IsNeuterSubject(int i)
        => s_subjects.TryGetValue(t[i], out var facts) && facts is { Person: 3, Gender: "neuter" }
           && tree!.UniversalRelation(i) == "nsubj" && tree.Head(i) >= 0;

    /// <summary>
    /// The organisation or country "it" (token <paramref name="i"/>) stands for, or null. Up the clauses that hold it
    /// (complement, open complement, adverbial clause, conjunct), the first verb with a subject decides: an organisation or
    /// country (or a pronoun already resolved to one) is the answer, anything else (a person, a common noun) none. When no
    /// clause above has a subject and "it" is a reporting verb's ("It said…"), the organisation or country that is the
    /// nearest subject before it in its sentence, else the subject of the main verb of the nearest sentence before, is.
    /// </summary>
    private MentionCluster? Neuter(int i, MentionCluster?[] clusters, bool[] quoted)
    {
        if (ClauseSubject(i) is var subject and >= 0)
        {
            return Neutral(subject, i, clusters, quoted);
        }

        if (!t.IsLowerCue(tree!.Head(i)))
        {
            return null;
        }

        int s = Sentences.IndexOfToken(sentences, i);
        for (int k = i - 1; k >= sentences[s].Tokens.Start; k--)
        {
            if (IsSubject(k, clusters) && Neutral(k, i, clusters, quoted) is { } c)
            {
                return c;
            }
        }

        for (int back = s - 1; back >= 0 && back >= s - 2; back--)
        {
            var range = sentences[back].Tokens;
            for (int k = range.Start; k < range.End; k++)
            {
                if (IsSubject(k, clusters) && tree.Head(tree.Head(k)) < 0)
                {
                    return Neutral(k, i, clusters, quoted);
                }
            }
        }

        return null;
    }

    private static readonly FrozenDictionary<string, PronounFacts>.AlternateLookup<ReadOnlySpan<char>> s_all =
        Pronouns.All.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"they", "them", "their" (the pronouns table's third person plural, any form but the reflexive).</summary>
    private static bool IsThirdPlural(ReadOnlySpan<char> w)
        => s_all.TryGetValue(w, out var facts) && facts is { Person: 3, Number: "plural" } && !Pronouns.Reflexives.ContainsKey(w.ToString());

    /// <summary>
    /// The named organisation or group of people ("Unison … say they", "Palestinians … their") that "they", "them" or
    /// "their" (token <paramref name="i"/>) stands for, or null. Only the nearest subject decides, as for "it": up the
    /// clauses that hold a subject "they" (complement, open complement, adverbial clause, conjunct), the first verb with
    /// a subject; else the nearest subject before the pronoun in its sentence; else the subject of the main verb of the
    /// sentence before. That subject must be a mention of an organisation or a named people (or a plural pronoun already
    /// resolved to one); a person, a country, a common noun ("five unions", which the described-actor layer reads) or
    /// an unresolved pronoun means none.
    /// </summary>
    private MentionCluster? Group(int i, MentionCluster?[] clusters, bool[] quoted)
    {
        if (tree!.UniversalRelation(i) == "nsubj" && ClauseSubject(i) is var subject and >= 0 && subject < i)
        {
            return GroupAt(subject, i, clusters, quoted);
        }

        int s = Sentences.IndexOfToken(sentences, i);
        for (int k = i - 1; k >= sentences[s].Tokens.Start; k--)
        {
            if (IsAnySubject(k, clusters))
            {
                return GroupAt(k, i, clusters, quoted);
            }
        }

        for (int back = s - 1; back >= 0 && back >= s - 2; back--)
        {
            var range = sentences[back].Tokens;
            if (AllQuoted(range, quoted))
            {
                continue;
            }

            for (int k = range.Start; k < range.End; k++)
            {
                if (IsAnySubject(k, clusters) && tree.Head(tree.Head(k)) < 0)
                {
                    return GroupAt(k, i, clusters, quoted);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// The subject of the first clause up from the subject pronoun <paramref name="i"/> (through complement, open
    /// complement, adverbial clause, conjunct; at most <see cref="ClausesUp"/>) that has one ("GM said it would…",
    /// "Unison say they…"), or −1.
    /// </summary>
    private int ClauseSubject(int i)
    {
        int clause = tree!.Head(i);
        for (int up = 0; up < ClausesUp && clause >= 0; up++)
        {
            string rel = tree.UniversalRelation(clause);
            int parent = tree.Head(clause);
            if (parent < 0 || rel is not ("ccomp" or "xcomp" or "advcl" or "conj"))
            {
                break;
            }

            clause = parent;
            int subject = tree.FirstChild(clause, "nsubj");
            if (subject >= 0)
            {
                return subject;
            }
        }

        return -1;
    }

    /// <summary>Whether token <paramref name="k"/> is the word of a subject that hangs outside its mention (any subject: a name, a pronoun, a common noun).</summary>
    private bool IsAnySubject(int k, MentionCluster?[] clusters)
    {
        int h = tree!.Head(k);
        return h >= 0 && tree.UniversalRelation(k) == "nsubj" && (clusters[k] is null || clusters[h] != clusters[k]);
    }

    private static MentionCluster? GroupAt(int k, int pronoun, MentionCluster?[] clusters, bool[] quoted)
        => clusters[k] is { Type: EntityType.Org or EntityType.Norp } c && (!quoted[k] || quoted[pronoun]) ? c : null;

    /// <summary>The organisation or country token <paramref name="k"/> is a mention of, when "it" at <paramref name="pronoun"/> may stand for it.</summary>
    private static MentionCluster? Neutral(int k, int pronoun, MentionCluster?[] clusters, bool[] quoted)
        => clusters[k] is { Type: EntityType.Org or EntityType.Gpe } c && (!quoted[k] || quoted[pronoun]) ? c : null;

    private static char Gender(ReadOnlySpan<char> w) => w is "he" or "He" ? 'm' : w is "she" or "She" ? 'f' : Unknown;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titleWords = Titles.Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, PronounFacts>.AlternateLookup<ReadOnlySpan<char>> s_determiners =
        Pronouns.Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static char PossessiveGender(ReadOnlySpan<char> w)
        => s_determiners.TryGetValue(w, out var facts) && facts is { Person: 3, Number: "singular" }
            ? facts.Gender switch { "masculine" => 'm', "feminine" => 'f', _ => Unknown }
            : Unknown;

    /// <summary>
    /// "praised his handling", "her comments": a possessive his/her that the tree makes the owner (<c>nmod:poss</c>) of
    /// a common noun that names no person: not an agent or role noun ("his envoy", "her spokesman", "his party": the
    /// principal of whoever acts, not the actor, so it stays unresolved and the readers that name a phrase by its
    /// possessor do not take it for the one who acts).
    /// </summary>
    private bool IsActOwner(int i)
    {
        if (tree!.Relation(i) != "nmod:poss" || tree.Head(i) is not (> 0 and var owned) || owned <= i || !t.IsWord(owned) || t.IsCapitalized(owned))
        {
            return false;
        }

        var noun = t[owned];
        return AgentNouns.OfWord(noun).Length == 0 && !s_titleWords.Contains(noun);
    }

    // nearest: a possessive ("accused Mr Brown of missing his target", "Tony Blair is now recycling it in his bid") is
    // the nearest person before it in its own sentence, not the subject first.
    private MentionCluster? InOwnSentence(int start, int stop, int pronoun, char g, MentionCluster?[] clusters, bool[] quoted, Dictionary<MentionCluster, char> gender, bool nearest = false)
    {
        MentionCluster? first = null;
        for (int k = stop - 1; k >= start; k--)
        {
            if (Candidate(k, pronoun, g, clusters, quoted, gender) is not { } c)
            {
                continue;
            }

            if (nearest)
            {
                return c;
            }

            if (tree is not null && IsSubject(k, clusters))
            {
                return c;
            }

            first = c;
        }

        return first;
    }

    /// <param name="described">The head of the sentence's main subject when that is a person it only describes ("A
    /// Conservative spokeswoman said …"), else −1: the pronoun is that person's, whom no named entity stands for, so it
    /// stays unresolved in the entity layer and the quote reader names its speaker by the description.</param>
    private MentionCluster? InSentenceBefore(int start, int stop, int pronoun, char g, MentionCluster?[] clusters, bool[] quoted, Dictionary<MentionCluster, char> gender, out int described)
    {
        described = -1;
        MentionCluster? first = null, subject = null;
        for (int k = start; k < stop; k++)
        {
            if (tree is not null && !quoted[k] && IsDescribedMainSubject(k, clusters))
            {
                described = k;
                return null;
            }

            if (Candidate(k, pronoun, g, clusters, quoted, gender) is not { } c)
            {
                continue;
            }

            if (tree is null)
            {
                return c;
            }

            first ??= c;
            if (SubjectWord(k, clusters) is var subjectWord and >= 0)
            {
                if (tree.Head(tree.Head(subjectWord)) < 0)
                {
                    return c;
                }

                subject ??= c;
            }
        }

        return subject ?? first;
    }

    /// <summary>
    /// The person token <paramref name="k"/> is a mention of, when the he/she at <paramref name="pronoun"/> may stand for it:
    /// of the pronoun's gender or none known, outside a quotation unless the pronoun is inside one, and not the name part
    /// of a modifier compound ("Oscar-winning actress Susan Sarandon … she": <see cref="InModifierCompound"/>).
    /// </summary>
    private MentionCluster? Candidate(int k, int pronoun, char g, MentionCluster?[] clusters, bool[] quoted, Dictionary<MentionCluster, char> gender)
    {
        if (clusters[k] is not { Type: EntityType.Person } c || (quoted[k] && !quoted[pronoun]) || InModifierCompound(k, clusters))
        {
            return null;
        }

        return gender.TryGetValue(c, out var known) && known != g ? null : c;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is the subject of its sentence's main verb and a lower-case person noun
    /// (<see cref="PersonNouns"/>: "spokeswoman", "official") that an indefinite article introduces (<see cref="ArticleWords"/>)
    /// and no name of its own holds: "a UKIP spokesman said", not "spokeswoman Jane Smith" nor "the chancellor said" (a
    /// definite description mostly stands for a person named before).
    /// </summary>
    private bool IsDescribedMainSubject(int k, MentionCluster?[] clusters)
    {
        if (clusters[k] is not null || !t.IsWord(k) || t.IsCapitalized(k) || tree!.UniversalRelation(k) != "nsubj"
            || tree.Head(k) is not (>= 0 and var verb) || tree.Head(verb) >= 0 || !PersonNouns.Is(t[k], singular: true))
        {
            return false;
        }

        bool indefinite = false;
        foreach (int c in tree.Children(k))
        {
            if (clusters[c] is { Type: EntityType.Person })
            {
                return false;
            }

            indefinite |= tree.UniversalRelation(c) == "det" && ArticleWords.IsIndefinite(t[c]);
        }

        return indefinite;
    }

    /// <summary>
    /// Whether the mention word <paramref name="k"/> belongs to a name glued by a hyphen to a participle or adjective
    /// ("Oscar-winning", "Tory-led": <see cref="HyphenatedNames.ModifierPart"/>): the compound modifies the noun after
    /// it, and a pronoun does not reach inside a word for its antecedent (the parse may still make the name a subject).
    /// </summary>
    private bool InModifierCompound(int k, MentionCluster?[] clusters)
    {
        int end = k;
        while (end + 1 < t.Count && clusters[end + 1] == clusters[k])
        {
            end++;
        }

        return HyphenatedNames.GluedHyphen(t, end + 1) && HyphenatedNames.ModifierPart(t, pos, end + 2);
    }

    /// <summary>Whether token <paramref name="k"/>'s mention is a subject: the word of the mention that hangs outside it is an nsubj (<see cref="SubjectWord"/>).</summary>
    private bool IsSubject(int k, MentionCluster?[] clusters) => SubjectWord(k, clusters) >= 0;

    /// <summary>
    /// The subject word that the mention word <paramref name="k"/> is (itself, when it is the subject) or stands in
    /// apposition to ("correspondent" of "BBC political correspondent Glenn Campbell said", which the parse may read
    /// as a subject noun with the name as its apposition), else −1; a mention's other words are not its subject.
    /// </summary>
    private int SubjectWord(int k, MentionCluster?[] clusters)
    {
        int h = tree!.Head(k);
        if (h >= 0 && clusters[h] == clusters[k])
        {
            return -1;
        }

        int s = k;
        if (tree.UniversalRelation(s) == "appos" && h >= 0 && clusters[h] is null)
        {
            s = h;
        }

        return tree.UniversalRelation(s) == "nsubj" && tree.Head(s) >= 0 ? s : -1;
    }

    private bool AllQuoted(TokenRange range, bool[] quoted)
    {
        for (int k = range.Start; k < range.End; k++)
        {
            if (!quoted[k] && t.IsWord(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tokens inside quotation marks: a name there is the quoted speaker's word, not the one a pronoun outside it refers to.</summary>
    private bool[] Quoted()
    {
        var quoted = new bool[t.Count];
        foreach (var q in QuoteFinder.Find(t.Text))
        {
            var cover = t.Tokens.Cover(q.Inner);
            for (int k = cover.Start; k < cover.End; k++)
            {
                quoted[k] = true;
            }
        }

        return quoted;
    }

    /// <summary>The gender a title at or right before the start of a person's mention states ("Mrs Thatcher", "Mr Blair", "Queen Elizabeth").</summary>
    private Dictionary<MentionCluster, char> Genders(MentionCluster?[] clusters)
    {
        var gender = new Dictionary<MentionCluster, char>();
        for (int k = 0; k < t.Count; k++)
        {
            if (clusters[k] is not { Type: EntityType.Person } c || (k > 0 && clusters[k - 1] == c))
            {
                continue;
            }

            char g = TitleGender(t[k]);
            if (g == Unknown && k > 0)
            {
                g = TitleGender(t[k - 1]);
            }

            if (g != Unknown)
            {
                gender.TryAdd(c, g);
            }
        }

        return gender;
    }

    private static char TitleGender(ReadOnlySpan<char> w) => w switch
    {
        "Mr" or "Mr." or "Sir" or "Lord" or "King" or "Prince" => 'm',
        "Mrs" or "Mrs." or "Ms" or "Ms." or "Miss" or "Lady" or "Dame" or "Queen" or "Princess" => 'f',
        _ => Unknown,
    };
}
