using Sitrep.Core.Documents;
using Sitrep.Core.Parsing;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Quotes;

/// <summary>
/// The speaker of a quote read from the parse: the quote hangs from a speech verb (its words are the verb's clausal
/// complement, or the verb is a parenthetical of the quote: "“…,” he said"), and the speaker is that verb's subject, in
/// either order ("said Trump"), or the object of "according to" on the quote's clause. A participle or a coordinated
/// verb without a subject of its own ("…, saying", "and added") takes its head's subject; a relative pronoun ("who
/// said") stands for the noun its clause modifies. The phrase returned is the subject's noun phrase without
/// appositions or relative clauses ("Frank Naylor, chairman of …" → "Frank Naylor"); a possessive inside it stays, for
/// <see cref="SpeakerNamer"/> to keep as the principal.
/// </summary>
internal sealed class ParseSpeaker(TokenText t, DependencyTree tree, PosTags? pos)
{
    private const int MaxClimb = 4;

    /// <summary>
    /// The speech verb of the quote at tokens [open, close] (its marks included) and its subject phrase; false when
    /// the parse attaches the quote to no speech verb. <paramref name="first"/> is −1 when the verb has no subject
    /// that can name a speaker (a cue found, but no speaker).
    /// </summary>
    public bool Find(int open, int close, int lowerBound, int upperBound, out int cue, out int head, out int first, out int last)
    {
        cue = head = first = last = -1;
        int bestDistance = int.MaxValue;
        for (int k = open; k <= close && k < tree.Count; k++)
        {
            int h = tree.Head(k);
            if (h >= 0 && (h < open || h > close))
            {
                // A word of the quote hangs from a word outside it: climb to the speech verb that governs the quote.
                int v = SpeechAncestor(h, open, close);
                Consider(v, open, close, lowerBound, upperBound, ref cue, ref bestDistance);
            }

            foreach (int c in tree.Children(k))
            {
                if (c >= open && c <= close)
                {
                    continue;
                }

                // "“…,” he said": the speech verb is a parenthetical of the quote's clause.
                if (IsSpeechVerb(c) && tree.UniversalRelation(c) is "parataxis" or "ccomp" or "advcl" or "conj" or "xcomp" or "dep")
                {
                    Consider(c, open, close, lowerBound, upperBound, ref cue, ref bestDistance);
                }
                else if (tree.UniversalRelation(c) is "obl" or "nmod" && According(c) && c >= lowerBound && c < upperBound)
                {
                    // "“…”, according to a spokesman": the object of "according to" on the quote's clause.
                    cue = FirstOf(c);
                    head = c;
                    (first, last) = Phrase(c);
                    return true;
                }
            }
        }

        if (cue < 0)
        {
            return false;
        }

        int subject = NamedApposition(Subject(cue));
        if (subject >= 0 && (subject < open || subject > close) && Names(subject))
        {
            (first, last) = Phrase(subject);
            head = subject;
            if (first <= close && last >= open)
            {
                head = first = last = -1;
            }
        }

        return true;
    }

    /// <summary>
    /// The subject phrase of the speech verb at <paramref name="cue"/> (reported speech: "Citibank A/S, the Norwegian
    /// subsidiary of the U.S.-based bank, said it made …" → "Citibank A/S"), read as a quote's speaker is; false when the
    /// tree gives the verb no subject that can name a speaker.
    /// </summary>
    public bool SubjectPhrase(int cue, out int head, out int first, out int last)
    {
        head = first = last = -1;
        int subject = cue >= 0 && cue < tree.Count ? NamedApposition(Subject(cue)) : -1;
        if (subject < 0 || !Names(subject))
        {
            return false;
        }

        (first, last) = Phrase(subject);
        head = subject;
        return true;
    }

    /// <summary>
    /// The subject of the main verb of the sentence that holds token <paramref name="any"/>, when it is a name the tagger
    /// reads as one (a quote standing alone after that sentence is that person's words); false otherwise.
    /// </summary>
    public bool MainSubject(int any, out int head, out int first, out int last)
    {
        head = first = last = -1;
        if (pos is null || any < 0 || any >= tree.Count)
        {
            return false;
        }

        int root = tree.RootOf(any);

        if (root >= pos.Count || pos[root] is not UposTag.Verb)
        {
            return false;
        }

        int subject = NamedApposition(tree.FirstChild(root, "nsubj"));
        if (subject < 0 || subject >= pos.Count || pos[subject] is not UposTag.Propn)
        {
            return false;
        }

        (first, last) = Phrase(subject);
        head = subject;
        return true;
    }

    private static void Consider(int v, int open, int close, int lowerBound, int upperBound, ref int cue, ref int bestDistance)
    {
        if (v < 0 || v < lowerBound || v >= upperBound || (v >= open && v <= close))
        {
            return;
        }

        int distance = v < open ? open - v : v - close;
        if (distance < bestDistance)
        {
            bestDistance = distance;
            cue = v;
        }
    }

    /// <summary>The nearest speech verb at or above <paramref name="h"/>, outside the quote, within a few steps; −1 when none.</summary>
    private int SpeechAncestor(int h, int open, int close)
    {
        for (int step = 0; h >= 0 && step < MaxClimb; step++)
        {
            if (h >= open && h <= close)
            {
                return -1;
            }

            if (IsSpeechVerb(h))
            {
                return h;
            }

            h = tree.Head(h);
        }

        return -1;
    }

    private bool IsSpeechVerb(int k)
        => (t.IsLowerCue(k) || CapitalizedCue(k)) && (pos is null || k >= pos.Count || pos[k] is UposTag.Verb or UposTag.Aux);

    /// <summary>
    /// "…,” Robert Binney, senior vice-president of Chase Manhattan Bank N.A., Told a group…": a cue word written with a
    /// capital inside a sentence (a typo) that the tagger reads as the verb of its sentence, with a subject before it; not
    /// in a title-case line ("Clinton Says Trump’s …", where the next word has a capital too).
    /// </summary>
    private bool CapitalizedCue(int k)
        => pos is not null && k + 1 < pos.Count && pos[k] is UposTag.Verb && t.IsCapitalized(k) && tree.Head(k) < 0 && t.IsWord(k + 1) && !t.IsCapitalized(k + 1)
           && tree.FirstChild(k, "nsubj") is int s and >= 0 && s < k && QuoteWords.IsCue(t[k]);

    /// <summary>The subject of the speech verb <paramref name="v"/>, or of the verb a subjectless participle or conjunct hangs from.</summary>
    private int Subject(int v)
    {
        for (int step = 0; v >= 0 && step < 3; step++)
        {
            int s = tree.FirstChild(v, "nsubj");
            if (s >= 0)
            {
                // "Smith, who said …": the relative pronoun stands for the noun its clause modifies.
                if (t.IsWord(s) && t[s] is "who" or "that" or "which" && tree.Relation(v) == "acl:relcl")
                {
                    return tree.Head(v);
                }

                if (ParticipleOfSpeaker(v, s))
                {
                    v = tree.Head(v);
                    continue;
                }

                return MisreadRelative(v, s);
            }

            string rel = tree.Relation(v);
            if (rel is "acl" && tree.Head(v) is int noun and >= 0)
            {
                // "aide Yuri Ushakov stating that …": a person the participle describes speaks; "ministers raised an appeal
                // arguing that …", "issued a statement saying …": else the subject of the verb whose object it describes.
                if (IsPerson(noun))
                {
                    return noun;
                }

                if (tree.UniversalRelation(noun) is not "obj")
                {
                    return -1;
                }

                v = tree.Head(noun);
                continue;
            }

            if (tree.Head(v) < 0 && IsSpeechVerb(v))
            {
                return ElidedSubject(v);
            }

            if (DependencyTree.Universal(rel) is not ("conj" or "advcl" or "xcomp" or "parataxis"))
            {
                return -1;
            }

            // "He acknowledged that the public had lost faith…, but suggested …", parsed with "suggested" a conjunct of
            // "lost": a verb of saying coordinated into the clause another verb of saying reports goes with that verb.
            int h = tree.Head(v);
            if (DependencyTree.Universal(rel) == "conj" && IsSpeechVerb(v) && h >= 0 && tree.UniversalRelation(h) == "ccomp"
                && tree.FirstChild(h, "mark") >= 0 && tree.Head(h) is int reporter and >= 0 && IsSpeechVerb(reporter))
            {
                v = reporter;
                continue;
            }

            v = tree.Head(v);
        }

        return -1;
    }

    /// <summary>
    /// "Graham said on MSNBC's "Morning Joe," adding, “…”", parsed with the show as the participle's subject: a participle
    /// of saying that hangs from a verb of saying with a subject of its own speaks with that subject, whatever the parse
    /// puts between the two verbs as the participle's subject; not a participle with an auxiliary ("is calling") nor an
    /// absolute one ("with Senator X telling reporters").
    /// </summary>
    private bool ParticipleOfSpeaker(int participle, int subject)
    {
        if (tree.UniversalRelation(participle) != "advcl" || tree.Head(participle) is not (>= 0 and var head) || subject < head
            || !t[participle].EndsWith("ing", StringComparison.Ordinal) || !IsSpeechVerb(head) || tree.FirstChild(head, "nsubj") < 0
            || tree.FirstChild(participle, "aux") >= 0)
        {
            return false;
        }

        int before = Phrase(subject).First - 1;
        return before < 0 || !t.IsWord(before) || t[before] is not ("with" or "With");
    }

    /// <summary>
    /// "Raimond said negotiations … took a long time. But added: “…”": a speech verb that is its sentence's root with no
    /// subject, nothing before it but a coordinating word or an adverb, shares the subject of the sentence before (the
    /// subject of that sentence's root, when it is a name, a pronoun or a person noun); −1 otherwise.
    /// </summary>
    private int ElidedSubject(int verb)
    {
        int first = Span(verb).First;
        if (first == 0 || pos is null || verb - first > 2)
        {
            return -1;
        }

        for (int k = first; k < verb; k++)
        {
            if (k >= pos.Count || pos[k] is not (UposTag.Cconj or UposTag.Adv) || tree.Head(k) != verb)
            {
                return -1;
            }
        }

        int root = tree.RootOf(first - 1);

        int subject = tree.FirstChild(root, "nsubj");
        return subject >= 0 && IsPerson(subject) ? subject : -1;
    }

    /// <summary>
    /// "The authors of the research published in the journal JAMA Psychiatry argued": a long subject the parser split
    /// into a clause of its own ("authors … published", an adverbial clause of the speech verb) and a subject right after
    /// it ("JAMA Psychiatry"). An adverbial clause with no marking word ("as", "when") and no punctuation before the verb is no
    /// adverbial clause but a participle describing its own subject, which is the speaker. Otherwise
    /// <paramref name="subject"/>.
    /// </summary>
    private int MisreadRelative(int verb, int subject)
    {
        foreach (int a in tree.Children(verb))
        {
            if (a >= subject || tree.UniversalRelation(a) != "advcl" || tree.FirstChild(a, "mark") >= 0 || (pos is not null && (a >= pos.Count || pos[a] != UposTag.Verb)))
            {
                continue;
            }

            int own = tree.FirstChild(a, "nsubj");
            var (_, last) = Span(a);
            if (own >= 0 && own < a && last + 1 == Phrase(subject).First && AllWords(own, subject) && tree.FirstChild(a, "aux") < 0)
            {
                return own;
            }
        }

        return subject;
    }

    private bool AllWords(int a, int b)
    {
        for (int k = a; k <= b; k++)
        {
            if (!t.IsWord(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name, a pronoun or a role noun ("aide", "spokesman").</summary>
    private bool IsPerson(int k)
        => t.IsWord(k) && (Entities.RoleBinder.IsRoleNoun(t[k]) || (pos is not null && k < pos.Count && pos[k] is UposTag.Propn or UposTag.Pron));

    /// <summary>"His press secretary, Karoline Leavitt, affirmed": a described person's apposition that is a name names the speaker.</summary>
    private int NamedApposition(int subject)
    {
        if (subject < 0 || pos is null || subject >= pos.Count)
        {
            return subject;
        }

        // A title the tagger reads as a name, with the name right after it ("said US Attorney Roslynn Mauskopf") or after
        // a determiner ("The Higher Education Minister, Kim Howells, said"), stands as a described person does; not one
        // that heads a name of its own ("Lord Bach, Minister for …", "Sen. Ted Cruz (Tex.)").
        if (pos[subject] is UposTag.Propn && QuoteWords.IsTitle(t[subject]))
        {
            foreach (int c in tree.Children(subject))
            {
                if ((c == subject + 1 || (c > subject && HasDeterminer(subject))) && tree.UniversalRelation(c) == "appos" && c < pos.Count && pos[c] == UposTag.Propn)
                {
                    return c;
                }
            }

            return subject;
        }

        // "said Wertheim and Co analyst Michael Ellman", parsed with the firm as the subject and the titled name its
        // conjunct: a conjunct name with no coordinating word of its own and a title before it is the person the phrase
        // names, the firm before the title its modifier.
        if (pos[subject] is UposTag.Propn)
        {
            foreach (int c in tree.Children(subject))
            {
                if (c > subject && tree.UniversalRelation(c) == "conj" && c < pos.Count && pos[c] == UposTag.Propn && Contiguous(subject, c)
                    && tree.FirstChild(c, "cc") < 0 && HasTitleBefore(c, lowerCase: true))
                {
                    return c;
                }
            }
        }

        if (pos[subject] is not UposTag.Noun)
        {
            return subject;
        }

        foreach (int c in tree.Children(subject))
        {
            if (tree.UniversalRelation(c) == "appos" && c < pos.Count && pos[c] == UposTag.Propn)
            {
                return c;
            }

            // "lead researcher and NASA planetary scientist Lucas Paganini said": two bare titles joined by "and" before a
            // name are one person's; the name the second title stands in apposition to is the speaker.
            if (tree.UniversalRelation(c) == "conj" && c > subject && c < pos.Count && pos[c] == UposTag.Noun && Contiguous(subject, c)
                && !HasDeterminer(subject) && !HasDeterminer(c) && TitledName(c) is int titled and >= 0)
            {
                return titled;
            }

            // "GM chairman and chief executive Rick Wagoner said", parsed with the name the conjunct and the second title its modifier.
            if (tree.UniversalRelation(c) == "conj" && c > subject && c < pos.Count && pos[c] == UposTag.Propn && Contiguous(subject, c)
                && !HasDeterminer(subject) && HasTitleBefore(c))
            {
                return c;
            }

            // "said Olena Marchenko, head of the grain traders' association", parsed with the name as a compound of
            // "association": a compound is next to its head, so a name cut off from it by a comma is the person the
            // phrase describes, as an apposition would be.
            if (tree.UniversalRelation(c) == "compound" && c < subject && c < pos.Count && pos[c] == UposTag.Propn && !Contiguous(c, subject))
            {
                return c;
            }
        }

        return subject;
    }

    /// <summary>A name right after the title noun <paramref name="title"/>, in apposition to it ("scientist Lucas Paganini"); −1 when none.</summary>
    private int TitledName(int title)
    {
        foreach (int c in tree.Children(title))
        {
            if (c > title && tree.UniversalRelation(c) == "appos" && c < pos!.Count && pos[c] == UposTag.Propn && Contiguous(title, c))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>Whether the name at <paramref name="name"/> has a title word before it among its modifiers ("chief executive Rick Wagoner").</summary>
    /// <param name="lowerCase">Only a title written in lower case ("analyst", not "House Speaker", which may be a name's part).</param>
    private bool HasTitleBefore(int name, bool lowerCase = false)
    {
        foreach (int c in tree.Children(name))
        {
            if (c < name && t.IsWord(c) && tree.UniversalRelation(c) is "compound" or "amod" or "nmod" && QuoteWords.IsTitle(t[c]) && !(lowerCase && t.IsCapitalized(c)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasDeterminer(int noun)
    {
        foreach (int c in tree.Children(noun))
        {
            if (tree.UniversalRelation(c) == "det" || tree.Relation(c) == "nmod:poss")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the subject's head word can name a speaker: a name, a pronoun or a noun (not "The", "At", "In").</summary>
    private bool Names(int k)
    {
        if (!t.IsWord(k))
        {
            return false;
        }

        return pos is null || k >= pos.Count || pos[k] is UposTag.Propn or UposTag.Pron or UposTag.Noun or UposTag.Num or UposTag.X;
    }

    /// <summary>"according to X": X has the case word "according".</summary>
    private bool According(int x)
    {
        foreach (int c in tree.Children(x))
        {
            if (c < x && t.IsWord(c) && t[c] is "according" or "According")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of the phrase of <paramref name="x"/> (the "according" before an object of "according to").</summary>
    private int FirstOf(int x)
    {
        foreach (int c in tree.Children(x))
        {
            if (t.IsWord(c) && t[c] is "according" or "According")
            {
                return c;
            }
        }

        return x;
    }

    /// <summary>
    /// The noun phrase headed by <paramref name="head"/>: the head and the whole subtrees of its modifiers, without
    /// appositions, relative and other clauses, coordination, punctuation or the case word before an oblique.
    /// </summary>
    private (int First, int Last) Phrase(int head)
    {
        int first = head, last = head;
        foreach (int c in tree.Children(head))
        {
            string rel = tree.UniversalRelation(c);
            if (rel is "appos" or "acl" or "punct" or "conj" or "cc" or "parataxis" or "dep" or "advcl" or "ccomp" or "case" or "discourse" or "list" or "vocative")
            {
                continue;
            }

            var (f, l) = Span(c);
            if (f < first && Contiguous(f, first))
            {
                first = f;
            }

            if (l > last && Contiguous(last, l))
            {
                last = l;
            }
        }

        return (first, last);
    }

    private bool Contiguous(int a, int b)
    {
        for (int k = a; k <= b; k++)
        {
            if (t.IsQuoteMark(k) || t.Is(k, ',') || t.Is(k, '(') || t.Is(k, ')'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first and last token of the subtree of <paramref name="x"/>.</summary>
    private (int First, int Last) Span(int x)
    {
        int first = x, last = x;
        foreach (int c in tree.Children(x))
        {
            var (f, l) = Span(c);
            first = Math.Min(first, f);
            last = Math.Max(last, l);
        }

        return (first, last);
    }
}
