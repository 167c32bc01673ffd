using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Quotes;

/// <summary>
/// Finds reported speech: a reporting verb followed by its clause ("Zelensky has previously suggested
/// that Russia would…", "Trump indicated he had briefed…", "informed the BBC that…", "the ministry said
/// exports rose…" when the part-of-speech tags show a subject and its verb), a sentence closed by its
/// attribution ("…, a source said.", "…, according to police.") or opened by one ("According to the
/// central bank, growth slowed…").
/// </summary>
internal static class ReportedSpeechFinder
{
    /// <summary>One reported-speech item: the content's characters, the cue token and the speaker phrase's tokens.</summary>
    public readonly record struct Reported(CharRange Content, int Cue, int First, int Last);

    /// <summary>The reported speech of the sentences (<paramref name="pos"/>, when given, finds a claim without 'that'); a wire dateline (<paramref name="dateline"/>) opening a sentence is never part of what was said.</summary>
    public static List<Reported> Find(TokenText t, IReadOnlyList<Sentence> sentences, IReadOnlyList<CharRange> directQuotes, PosTags? pos = null, CharRange? dateline = null)
    {
        var found = new List<Reported>();
        foreach (var sentence in sentences)
        {
            int a = sentence.Tokens.Start, b = sentence.Tokens.End;
            if (dateline is { } d)
            {
                // "KYIV, March 5 — Russian forces shelled …, the governor said.": the clause starts after the dateline.
                while (a < b && t.Token(a).Start < d.End)
                {
                    a++;
                }
            }

            if (b - a < 4)
            {
                continue;
            }

            if (TryOpeningAccordingTo(t, a, b, directQuotes, found))
            {
                continue;
            }

            for (int c = a + 1; c < b - 1; c++)
            {
                if (!t.IsLowerCue(c) || !SpeakerPhrase.Left(t, c, a, out int first, out int last))
                {
                    continue;
                }

                int start = ClauseStart(t, c, b, pos);
                if (start < 0)
                {
                    continue;
                }

                int end = b - 1;
                while (end > start && ClosingMark(t, end))
                {
                    end--;
                }

                var content = t.Range(start, end);
                if (content.Length > 8 && !MostlyQuoted(content, directQuotes))
                {
                    found.Add(new Reported(content, c, first, last));
                    break;
                }
            }

            // "…, a source said." / "…, said Trump." closing a sentence without quotation marks.
            if (found.Count == 0 || found[^1].Content.End < sentence.Chars.Start)
            {
                TryClosingAttribution(t, a, b, directQuotes, found);
            }
        }

        return found;
    }

    private static void TryClosingAttribution(TokenText t, int a, int b, IReadOnlyList<CharRange> directQuotes, List<Reported> found)
    {
        int end = b - 1;
        if (!t.Is(end, '.'))
        {
            return;
        }

        for (int c = end - 1; c > a + 3 && c >= end - 8; c--)
        {
            if (t.IsQuoteMark(c))
            {
                return;
            }

            int first, last;
            // "…, according to police." (not "…, he said, according to the paper.", which the saying verb attributes).
            if (t[c] is "according" && t.Is(c - 1, ',') && c + 1 < end && t[c + 1] is "to" && !QuoteWords.IsSayingVerb(t[c - 2])
                && AccordingTo(t, c + 1, end, out first, out last) && last == end - 1)
            {
                Add(t, a, c - 2, c, first, last, directQuotes, found);
                return;
            }

            if (!t.IsLowerCue(c) || !QuoteWords.IsSayingVerb(t[c]))
            {
                continue;
            }

            if (t.Is(c - 1, ','))
            {
                if (!SpeakerPhrase.Right(t, c, end, out first, out last))
                {
                    return;
                }

                Add(t, a, c - 2, c, first, last, directQuotes, found);
                return;
            }

            if (SpeakerPhrase.Left(t, c, a, out first, out last) && first - 1 > a && t.Is(first - 1, ','))
            {
                Add(t, a, first - 2, c, first, last, directQuotes, found);
            }

            return;
        }
    }

    /// <summary>"According to the central bank, growth slowed…": the source before the comma, the rest of the sentence its claim.</summary>
    private static bool TryOpeningAccordingTo(TokenText t, int a, int b, IReadOnlyList<CharRange> directQuotes, List<Reported> found)
    {
        if (b - a < 6 || !t.IsWord(a) || !t[a].Equals("according", StringComparison.OrdinalIgnoreCase) || t[a + 1] is not "to"
            || !AccordingTo(t, a + 1, b, out int first, out int last) || last + 2 >= b || !t.Is(last + 1, ','))
        {
            return false;
        }

        int end = b - 1;
        while (end > last + 2 && ClosingMark(t, end))
        {
            end--;
        }

        int count = found.Count;
        Add(t, last + 2, end, a, first, last, directQuotes, found);
        return found.Count > count;
    }

    /// <summary>The source after "according to": a speaker phrase, else the words up to the next punctuation (at most eight).</summary>
    private static bool AccordingTo(TokenText t, int to, int bound, out int first, out int last)
    {
        if (SpeakerPhrase.Right(t, to, bound, out first, out last))
        {
            return true;
        }

        first = to + 1;
        last = first - 1;
        while (last + 1 < bound && last + 1 - first < 8 && (t.IsWord(last + 1) || t.Token(last + 1).Kind is TokenKind.Number))
        {
            last++;
        }

        return last >= first;
    }

    private static void Add(TokenText t, int a, int last, int cue, int first, int speakerLast, IReadOnlyList<CharRange> directQuotes, List<Reported> found)
    {
        if (last <= a)
        {
            return;
        }

        var content = t.Range(a, last);
        if (!MostlyQuoted(content, directQuotes))
        {
            found.Add(new Reported(content, cue, first, speakerLast));
        }
    }

    /// <summary>The first token of the reported clause after the cue, or -1 when the cue does not introduce one.</summary>
    private static int ClauseStart(TokenText t, int cue, int end, PosTags? pos)
    {
        int k = cue + 1;
        var verb = t[cue];
        if (QuoteWords.TakesAddressee(verb))
        {
            // Skip the addressee: "informed the BBC", "told reporters".
            int stop = Math.Min(end, k + 6);
            while (k < stop && t.IsWord(k) && !(t[k] is "that"))
            {
                k++;
            }
        }

        if (k < end && t.IsWord(k) && t[k] is "that")
        {
            return k + 1 < end ? k + 1 : -1;
        }

        if (k < end && QuoteWords.TakesPronounClause(verb)
            && t.IsWord(k) && (QuoteWords.IsPronoun(t[k]) || QuoteWords.IsDeterminer(t[k])) && !(t[k] is "it" && k + 1 < end && t.Is(k + 1, '.')))
        {
            return k;
        }

        // "The ministry said exports rose 4%": without "that", a clause whose subject (a noun phrase) is followed by its verb.
        if (pos is not null && k < end && QuoteWords.TakesNounClause(verb) && t.IsWord(k) && !t.IsLowerCue(k) && ClauseFollows(t, pos, k, end))
        {
            return k;
        }

        return -1;
    }

    /// <summary>
    /// A clause starts at token <paramref name="k"/>: a noun phrase and then its verb ("exports rose"), after a conjunction
    /// ("but Northern Ireland led…"), a subordinate clause ("if found guilty, he could…") or a fronted phrase closed by a
    /// comma ("in the poorest areas, the gap was…"); "said in a statement released on Monday" is none.
    /// </summary>
    private static bool ClauseFollows(TokenText t, PosTags pos, int k, int end)
    {
        if (k >= Math.Min(end, pos.Count) || !t.IsWord(k))
        {
            return false;
        }

        // "said earlier this month, SBC agreed…", "said Tuesday the company would…".
        if (QuoteWords.IsTimeWord(t[k]))
        {
            return FrontedThenClause(t, pos, k, end) || (k + 1 < end && !QuoteWords.IsTimeWord(t[k + 1]) && t.IsWord(k + 1) && SubjectThenVerb(t, pos, k + 1, end));
        }

        // "said up to 1.4 million workers could…", "said nearly 30% of firms…".
        if (pos[k] is UposTag.Adv or UposTag.Adp)
        {
            for (int n = k + 1; n <= k + 2 && n < Math.Min(end, pos.Count); n++)
            {
                if (pos[n] is UposTag.Num)
                {
                    return SubjectThenVerb(t, pos, n, end) || FrontedThenClause(t, pos, k, end);
                }

                if (pos[n] is not (UposTag.Adv or UposTag.Adp))
                {
                    break;
                }
            }
        }

        switch (pos[k])
        {
            case UposTag.Cconj:
                return ClauseFollows(t, pos, k + 1, end);
            case UposTag.Sconj:
                return SubjectThenVerb(t, pos, k + 1, end) || FrontedThenClause(t, pos, k, end);
            case UposTag.Adp:
                return FrontedThenClause(t, pos, k, end);
            case UposTag.Adv:
                return FrontedThenClause(t, pos, k, end);
            default:
                return SubjectThenVerb(t, pos, k, end);
        }
    }

    /// <summary>A phrase of up to ten words closed by a comma, then a clause ("in January 2003, there were…").</summary>
    private static bool FrontedThenClause(TokenText t, PosTags pos, int k, int end)
    {
        for (int j = k + 1; j < Math.Min(end - 1, k + 11); j++)
        {
            if (t.Is(j, ','))
            {
                return SubjectThenVerb(t, pos, j + 1, end);
            }

            if (!t.IsWord(j) && t.Token(j).Kind is not TokenKind.Number)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Token <paramref name="k"/> opens a noun phrase (a noun, name, number, pronoun, determiner or adjective) that a verb follows within a few words, before any comma.</summary>
    private static bool SubjectThenVerb(TokenText t, PosTags pos, int k, int end)
    {
        if (k >= Math.Min(end, pos.Count) || (!t.IsWord(k) && t.Token(k).Kind is not TokenKind.Number) || QuoteWords.IsTimeWord(t[k]) || QuoteWords.IsRightStop(t[k])
            || pos[k] is not (UposTag.Noun or UposTag.Propn or UposTag.Num or UposTag.Adj or UposTag.Det or UposTag.Pron))
        {
            return false;
        }

        for (int j = k + 1; j < Math.Min(end, Math.Min(pos.Count, k + 12)); j++)
        {
            if (pos[j] is UposTag.Verb or UposTag.Aux)
            {
                return j > k + 1 || pos[k] is not (UposTag.Adj or UposTag.Det);
            }

            if (pos[j] is not (UposTag.Noun or UposTag.Propn or UposTag.Num or UposTag.Adj or UposTag.Det or UposTag.Part or UposTag.Adp or UposTag.Cconj or UposTag.Adv or UposTag.Sym) || t.Is(j, ','))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Punctuation or a quotation mark ending a sentence, trimmed off the reported words; a percent sign is the figure's own ("13.1%").</summary>
    private static bool ClosingMark(TokenText t, int i)
        => t.Token(i).Kind is TokenKind.Quote || (t.Token(i).Kind is TokenKind.Punctuation && !t.Is(i, '%'));

    private static bool MostlyQuoted(CharRange content, IReadOnlyList<CharRange> directQuotes)
    {
        foreach (var q in directQuotes)
        {
            int overlap = Math.Min(q.End, content.End) - Math.Max(q.Start, content.Start);
            if (overlap * 2 > content.Length)
            {
                return true;
            }
        }

        return false;
    }
}
