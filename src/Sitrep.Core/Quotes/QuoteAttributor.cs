using Sitrep.Core.Documents;

namespace Sitrep.Core.Quotes;

/// <summary>
/// Finds the speaker of each quoted stretch from the words around it: a cue after the quote
/// ("…," he said / "…," said Trump), a cue before it in the same sentence (Trump said: "…" /
/// Trump called it "…"), "according to X", a cue in a sentence ending with a colon; otherwise the
/// speaker of the quote before it in the paragraph (a chain), or of the next quote in the paragraph. A phrase that
/// <see cref="SpeakerCheck"/> refuses is no attribution (the chain may still give the quote a speaker).
/// </summary>
internal sealed partial class QuoteAttributor(TokenText t, IReadOnlyList<Sentence> sentences, NameIndex names, SpeakerCheck check, ParseSpeaker? parse = null)
{
    private const int AfterWindow = 24;

    public Attribution[] Attribute(IReadOnlyList<QuoteStretch> stretches)
    {
        var result = new Attribution[stretches.Count];
        var opens = new int[stretches.Count];
        var closes = new int[stretches.Count];
        for (int q = 0; q < stretches.Count; q++)
        {
            (opens[q], closes[q]) = Tokens(stretches[q]);
        }

        for (int q = 0; q < stretches.Count; q++)
        {
            int leftBound = SentenceStart(opens[q]);
            if (q > 0 && closes[q - 1] >= leftBound)
            {
                leftBound = closes[q - 1] + 1;
            }

            int after = closes[q] + 1;
            while (after < t.Count - 1 && t.IsQuoteMark(after))
            {
                after++;
            }

            // An attribution never lies across a paragraph break from its quote.
            int rightBound = BreakBetween(closes[q], Math.Min(after, t.Count - 1)) ? closes[q] + 1 : SentenceEnd(Math.Min(after, t.Count - 1));
            if (q + 1 < stretches.Count && opens[q + 1] < rightBound)
            {
                rightBound = opens[q + 1];
            }

            result[q] = FromParse(opens[q], closes[q], leftBound, rightBound) ?? PreferAccordingTo(Explicit(stretches[q], opens[q], closes[q], leftBound, rightBound), rightBound);
            if (result[q].Found && !check.Accepts(result[q].First, result[q].Last))
            {
                // No speaker, but still an attribution's shape: the quote is no scare quote, and the chain may name its speaker.
                result[q] = result[q] with { First = -1, Last = -1, Head = -1 };
            }
        }

        Chain(stretches, result, opens, closes);
        return result;
    }

    /// <summary>The subject of the speech verb the parse hangs the quote from, or null (no parse, no speech verb, or no subject).</summary>
    private Attribution? FromParse(int open, int close, int leftBound, int rightBound)
    {
        if (parse is null || !parse.Find(open, close, leftBound, rightBound, out int cue, out int head, out int first, out int last) || first < 0)
        {
            return null;
        }

        var rule = t[cue] is "according" or "According" ? AttributionRule.According : cue > close ? AttributionRule.After : AttributionRule.Before;
        return new Attribution(first, last, cue, rule, head);
    }

    /// <summary>The sentence index of token <paramref name="token"/>.</summary>
    public int SentenceOf(int token) => Sentences.IndexOfToken(sentences, token);

    private (int Open, int Close) Tokens(QuoteStretch q)
    {
        int open = t.Tokens.IndexAtOrAfter(q.Open);
        int close = q.Closed ? t.Tokens.IndexAtOrAfter(q.Close) : Math.Max(open, t.Tokens.IndexAtOrAfter(q.Inner.End - 1));
        return (open, Math.Min(close, t.Count - 1));
    }

    private int SentenceStart(int token) => sentences.Count == 0 ? 0 : sentences[SentenceOf(token)].Tokens.Start;

    private int SentenceEnd(int token) => sentences.Count == 0 ? t.Count : sentences[SentenceOf(token)].Tokens.End;

    private Attribution Explicit(QuoteStretch q, int open, int close, int leftBound, int rightBound)
    {
        char lastInner = t.Text[q.Inner.End - 1];
        bool commaAfter = close + 1 < rightBound && (t.Is(close + 1, ',') || t.Token(close + 1).Kind is TokenKind.Dash);
        bool leadsIntoAttribution = lastInner is ',' or '?' or '!' or '—' or '–' or '-' or '…' || commaAfter;
        bool afterThat = open > 0 && t.IsWord(open - 1) && t[open - 1] is "that";
        if (leadsIntoAttribution && q.Closed && !afterThat)
        {
            var after = After(close, rightBound, lastInner);
            if (after.Found)
            {
                return after;
            }
        }

        int colonBound = ColonExtended(open, leftBound);
        var before = Before(open, colonBound);
        if (before.Found)
        {
            return before;
        }

        // "He then listed the qualities…: “Has the candidate…”": the subject of the sentence that ends with the colon.
        if (colonBound < leftBound)
        {
            var subject = Subject(open - 1, colonBound);
            if (subject.Found)
            {
                return subject with { Rule = AttributionRule.Before };
            }
        }

        if (q.Closed)
        {
            var after = After(close, rightBound, lastInner);
            if (after.Found)
            {
                return after;
            }
        }

        // "HuffPollster: “Pollsters are…”", "Michael P. McDonald: “At long last…”": a name and a colon.
        if (open - 2 >= 0 && t.Is(open - 1, ':') && t.IsCapitalized(open - 2) && names.NameIn(open - 2, open - 2) is { } speaker && speaker.Last == open - 2)
        {
            return new Attribution(speaker.NameFirst, speaker.Last, -1, AttributionRule.Before);
        }

        var closing = q.Closed ? SentenceFinal(close, rightBound, lastInner) : Attribution.None;
        if (closing.Found)
        {
            return closing;
        }

        return open > leftBound ? Subject(open, leftBound) : Attribution.None;
    }

    /// <summary>A quote opening a sentence right after a sentence that ends with a colon reads that sentence too.</summary>
    private int ColonExtended(int open, int leftBound)
    {
        if (sentences.Count == 0)
        {
            return leftBound;
        }

        int s = SentenceOf(open);
        var start = sentences[s].Tokens.Start;
        if (open == start && s > 0 && t.Is(sentences[s - 1].Tokens.End - 1, ':'))
        {
            return sentences[s - 1].Tokens.Start;
        }

        return leftBound;
    }

    private Attribution After(int close, int rightBound, char lastInner)
    {
        // "“…” ― Pamela Padilla": a dash after the quote and a name closing the line (an epigraph, a reader's comment).
        if (close + 2 < t.Count && t.Token(close + 1).Kind is TokenKind.Dash && DashName(close + 2, out int df, out int dl))
        {
            return new Attribution(df, dl, -1, AttributionRule.After);
        }

        int k = close + 1;
        while (k < rightBound && (t.Is(k, ',') || t.IsQuoteMark(k) || t.Token(k).Kind is TokenKind.Dash))
        {
            k++;
        }

        if (k >= rightBound || (lastInner == '.' && t.IsCapitalized(k)))
        {
            return Attribution.None;
        }

        if (t[k] is "according" && k + 1 < rightBound && t[k + 1] is "to" && AccordingTo(k + 1, rightBound, out int af, out int al))
        {
            return new Attribution(af, al, k, AttributionRule.According);
        }

        if (IsCueAt(k))
        {
            return SpeakerPhrase.Right(t, k, rightBound, out int rf, out int rl)
                ? new Attribution(rf, rl, k, AttributionRule.After)
                : Attribution.None;
        }

        // "“…,” Jim Chilton, senior vice president for space and launch at Boeing Defense, Space, and Security, said": a
        // person named right after the quote and set off by a comma is the speaker; the cue closes the apposition after
        // the name, whatever names the apposition holds.
        if (check.PersonAt(k, out int person) && person + 1 < rightBound && t.Is(person + 1, ',') && ApposedCue(person + 2, k, rightBound) is int apposed and >= 0)
        {
            return new Attribution(k, person, apposed, AttributionRule.After);
        }

        for (int m = k + 1; m < rightBound && m - k <= AfterWindow; m++)
        {
            if (t.Is(m, '('))
            {
                int closeParen = SpeakerPhrase.MatchingClose(t, m, rightBound);
                if (closeParen > 0)
                {
                    m = closeParen;
                    continue;
                }
            }

            // "Mitch McConnell, R-Ky., said": a period before a comma closes an abbreviation, not the sentence.
            bool abbreviation = t.Is(m, '.') && m + 1 < rightBound && t.Is(m + 1, ',');
            if (t.IsQuoteMark(m) || (t.IsHardStop(m) && t.Token(m).Kind is not TokenKind.Dash && !abbreviation))
            {
                break;
            }

            // "“slightly” by 25 percent compared with those in the same group in other states": a cue word read as a noun
            // far after the quote is no attribution of it.
            if (IsCueAt(m) && !t.IsNounCue(m))
            {
                bool left = SpeakerPhrase.Left(t, m, k, out int lf, out int ll);
                if (left && Names(lf, ll))
                {
                    return new Attribution(lf, ll, m, AttributionRule.After);
                }

                // "…” in the 2008 primary, said Ohio State University professor Paul Beck."
                if (t.Is(m - 1, ',') && SpeakerPhrase.Right(t, m, rightBound, out int cf, out int cl))
                {
                    return new Attribution(cf, cl, m, AttributionRule.After);
                }

                return left ? new Attribution(lf, ll, m, AttributionRule.After) : Attribution.None;
            }
        }

        return Attribution.None;
    }

    /// <summary>The first cue from <paramref name="from"/> on, within the window after <paramref name="k"/> and before the sentence or clause ends; −1 when none.</summary>
    private int ApposedCue(int from, int k, int rightBound)
    {
        for (int m = from; m < rightBound && m - k <= AfterWindow; m++)
        {
            bool abbreviation = t.Is(m, '.') && m + 1 < rightBound && t.Is(m + 1, ',');
            if (t.IsQuoteMark(m) || (t.IsHardStop(m) && t.Token(m).Kind is not TokenKind.Dash && !abbreviation))
            {
                return -1;
            }

            if (IsCueAt(m) && !t.IsNounCue(m))
            {
                return m;
            }
        }

        return -1;
    }

    private Attribution Before(int open, int leftBound)
    {
        for (int m = open - 1; m >= leftBound; m--)
        {
            if (t.IsQuoteMark(m))
            {
                break;
            }

            if (t[m] is "to" && m - 1 >= leftBound && t[m - 1] is "according" or "According")
            {
                return AccordingTo(m, open, out int af, out int al)
                    ? new Attribution(af, al, m - 1, AttributionRule.According)
                    : Attribution.None;
            }

            if (IsCueAt(m) || (m == leftBound && t.IsWord(m) && QuoteWords.IsCue(t[m])))
            {
                var found = CueSpeaker(m, open, leftBound);
                if (found.Found)
                {
                    return Outer(found, m, leftBound) ?? found;
                }
            }
        }

        return Attribution.None;
    }

    /// <summary>The speaker of the cue at <paramref name="m"/> before a quote opening at <paramref name="open"/>.</summary>
    private Attribution CueSpeaker(int m, int open, int leftBound)
    {
        // "He echoed the sentiment, stating, …", "by saying", "issued a statement calling": a participle takes the clause's subject.
        bool participle = t[m].EndsWith("ing", StringComparison.Ordinal);
        bool attached = m - 1 >= leftBound && t.IsWord(m - 1) && (QuoteWords.IsPronoun(t[m - 1]) || (t.IsCapitalized(m - 1) && !AfterPreposition(m - 1, leftBound)));
        if (participle && !attached && m - 1 > leftBound)
        {
            for (int m2 = m - 2; m2 > leftBound; m2--)
            {
                if (IsCueAt(m2) && SpeakerPhrase.Left(t, m2, leftBound, out int pf, out int pl))
                {
                    return new Attribution(pf, pl, m, AttributionRule.Before);
                }
            }

            // The clause's subject may stand before an earlier quote of the same sentence.
            var subject = Subject(open, Math.Min(leftBound, SentenceStart(open)));
            return subject.Found ? subject with { Cue = m, Rule = AttributionRule.Before } : Attribution.None;
        }

        // "The paradox, says Carl Anthony, historian…, is that…": an inserted inverted attribution, commas on both sides.
        if (m - 1 >= leftBound && t.Is(m - 1, ',') && SpeakerPhrase.Right(t, m, open, out int cf, out int cl) && t.IsCapitalized(cf) && cl + 1 < open && t.Is(cl + 1, ','))
        {
            return new Attribution(cf, cl, m, AttributionRule.Before);
        }

        if (SpeakerPhrase.Left(t, m, leftBound, out int lf, out int ll))
        {
            return new Attribution(lf, ll, m, AttributionRule.Before);
        }

        // "Said Trump: …", "…, said a spokesman, “…”": inverted only at the head of a clause.
        bool clauseHead = m == leftBound || !t.IsWord(m - 1);
        if (!participle && clauseHead && SpeakerPhrase.Right(t, m, open, out int rf, out int rl))
        {
            return new Attribution(rf, rl, m, AttributionRule.Before);
        }

        var fallback = Subject(open, leftBound);
        return fallback.Found ? fallback with { Cue = m, Rule = AttributionRule.Before } : Attribution.None;
    }

    /// <summary>"Trump said Fox executives were calling “every 15 minutes”": an earlier saying verb whose clause holds the cue owns the quote.</summary>
    private Attribution? Outer(Attribution found, int m, int leftBound)
    {
        for (int m0 = Math.Min(found.First, m) - 1; m0 >= leftBound; m0--)
        {
            if (t.IsQuoteMark(m0) || t.Is(m0, ';'))
            {
                return null;
            }

            if (IsCueAt(m0) && QuoteWords.IsSayingVerb(t[m0]) && m0 + 1 < t.Count && t.IsWord(m0 + 1) && !QuoteWords.IsRightStop(t[m0 + 1])
                && SpeakerPhrase.Left(t, m0, leftBound, out int f, out int l))
            {
                return new Attribution(f, l, m0, AttributionRule.Before);
            }
        }

        return null;
    }

    /// <summary>"question on Facebook writing": the capitalized run ending at <paramref name="k"/> is the object of a preposition.</summary>
    private bool AfterPreposition(int k, int leftBound)
    {
        while (k > leftBound && t.IsCapitalized(k - 1))
        {
            k--;
        }

        return k > leftBound && t.IsWord(k - 1) && t[k - 1] is "on" or "in" or "to" or "at" or "from" or "of" or "for" or "about" or "by";
    }

    /// <summary>A name of one to five capitalized words from token <paramref name="first"/> to the end of its line (a comma may add a description).</summary>
    private bool DashName(int first, out int nameFirst, out int nameLast)
    {
        nameFirst = first;
        nameLast = first - 1;
        int k = first;
        while (k < t.Count && k - first < 5 && (t.IsCapitalized(k) || (k > first && t.Is(k, '.') && !t.LineBreakAfter(k - 1))))
        {
            nameLast = k;
            if (t.LineBreakAfter(k))
            {
                break;
            }

            k++;
        }

        if (nameLast < first || !t.IsCapitalized(first))
        {
            return false;
        }

        if (nameLast + 1 >= t.Count || t.LineBreakAfter(nameLast))
        {
            return true;
        }

        int next = nameLast + 1;
        if (t.Is(next, '.') && (next + 1 >= t.Count || t.LineBreakAfter(next)))
        {
            return true;
        }

        if (!t.Is(next, ','))
        {
            return false;
        }

        for (int m = next; m < t.Count && m - next < 15; m++)
        {
            if (t.IsQuoteMark(m))
            {
                return false;
            }

            if (m + 1 >= t.Count || t.LineBreakAfter(m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when tokens [first, last] hold a capitalized word or a pronoun (a phrase that names someone).</summary>
    private bool Names(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (t.IsCapitalized(k) || (t.IsWord(k) && QuoteWords.IsPronoun(t[k])))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCueAt(int i) => t.IsLowerCue(i);
}
