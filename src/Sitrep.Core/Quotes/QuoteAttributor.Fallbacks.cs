using Sitrep.Core.Documents;

namespace Sitrep.Core.Quotes;

/// <summary>The attributor's fallbacks: "according to" and sentence-final attributions, sentence subjects, and quote chains.</summary>
internal sealed partial class QuoteAttributor
{
    /// <summary>"according to X": a name or any noun phrase up to the next punctuation ("excerpts of his speech released by the White House").</summary>
    private bool AccordingTo(int to, int bound, out int first, out int last)
    {
        if (SpeakerPhrase.Right(t, to, bound, out first, out last))
        {
            return true;
        }

        first = to + 1;
        last = first - 1;
        while (last + 1 < bound && last + 1 - first < 12 && (t.IsWord(last + 1) || t.Token(last + 1).Kind is TokenKind.Number) && !t.IsQuoteMark(last + 1))
        {
            last++;
        }

        return last >= first;
    }

    /// <summary>"“I held and hugged” grieving families before…, he said.": an attribution closing the quote's sentence.</summary>
    private Attribution SentenceFinal(int close, int rightBound, char lastInner)
    {
        int end = rightBound - 1;
        if (end <= close || !t.Is(end, '.'))
        {
            return Attribution.None;
        }

        // "“… using European law.” The decision will have no impact…, the government has said.": a quote that ends
        // its sentence is not attributed by the next one (as After reads it).
        if (lastInner == '.' && close + 1 < rightBound && t.IsCapitalized(close + 1))
        {
            return Attribution.None;
        }

        for (int c = end - 1; c > close && c >= end - 20; c--)
        {
            if (t.IsQuoteMark(c))
            {
                return Attribution.None;
            }

            if (!IsCueAt(c) || !QuoteWords.IsSayingVerb(t[c]))
            {
                continue;
            }

            if (t.Is(c - 1, ',') && SpeakerPhrase.Right(t, c, end, out int rf, out int rl))
            {
                return new Attribution(rf, rl, c, AttributionRule.After);
            }

            if (SpeakerPhrase.Left(t, c, close + 1, out int lf, out int ll) && lf - 1 > close && t.Is(lf - 1, ','))
            {
                return new Attribution(lf, ll, c, AttributionRule.After);
            }

            return Attribution.None;
        }

        return Attribution.None;
    }

    /// <summary>A partial quote in a sentence without a cue belongs to the sentence's subject ("Trump is reportedly “open to…”").</summary>
    private Attribution Subject(int open, int leftBound)
    {
        int start = leftBound;
        bool personFirst = names.RunAtStart(start) is { } head && head.First == start && names.IsPersonLike(head);
        for (int k = start + 1; k < open && k - start <= 5 && !personFirst; k++)
        {
            if (t.Is(k, ','))
            {
                start = k + 1;
                break;
            }
        }

        if (start == leftBound && t.IsWord(start) && t.IsCapitalized(start) && IsIntroWord(t[start]))
        {
            for (int k = start + 1; k < open && k - start <= 8; k++)
            {
                if (t.Is(k, ','))
                {
                    start = k + 1;
                    break;
                }
            }
        }

        for (int k = start; k < open && k <= start + 1; k++)
        {
            if (t.IsWord(k) && QuoteWords.IsPronoun(t[k]) && !(t[k] is "It" or "You" or "it" or "you"))
            {
                return new Attribution(k, k, -1, AttributionRule.Subject);
            }
        }

        if (names.RunAtStart(start) is { } run && run.Last < open && (names.IsPersonLike(run) || run.First <= start + 1))
        {
            return new Attribution(run.First, run.Last, -1, AttributionRule.Subject);
        }

        // "The Republican candidate appeared…": a determiner and capitalized words or a role noun.
        if (start < open && t.IsWord(start) && t[start] is "The" or "the" or "A" or "An")
        {
            int k = start + 1;
            while (k < open && k - start <= 5 && t.IsWord(k) && (t.IsCapitalized(k) || Entities.RoleBinder.IsRoleNoun(t[k])))
            {
                k++;
            }

            if (k > start + 1 && k - 1 < open && Entities.RoleBinder.IsRoleNoun(t[k - 1]))
            {
                return new Attribution(start, k - 1, -1, AttributionRule.Subject);
            }
        }

        return Attribution.None;
    }

    private static bool IsIntroWord(ReadOnlySpan<char> w)
        => w is "In" or "On" or "At" or "After" or "Before" or "During" or "Later" or "Earlier" or "Meanwhile" or "However" or "But" or "And"
            or "So" or "Then" or "Still" or "Yet" or "Also" or "Asked" or "When" or "While" or "Since" or "As" or "Speaking" or "For" or "From"
            or "Last" or "This" or "Now" or "Today" or "Yesterday" or "Instead" or "Indeed" or "Finally";

    /// <summary>"…, Bill Clinton said, according to audio provided by Wyoming Public Radio": the named source wins.</summary>
    private Attribution PreferAccordingTo(Attribution found, int rightBound)
    {
        if (!found.Found || found.Rule is AttributionRule.According || found.Cue < 0)
        {
            return found;
        }

        for (int k = found.Cue + 1; k + 1 < rightBound && k - found.Cue < 20; k++)
        {
            if (t.IsQuoteMark(k))
            {
                break;
            }

            if (t[k] is "according" && t[k + 1] is "to" && AccordingTo(k + 1, rightBound, out int f, out int l))
            {
                return new Attribution(f, l, k, AttributionRule.According);
            }
        }

        return found;
    }

    /// <summary>
    /// Quotes without their own attribution take the speaker of the quote before them in the paragraph, else of the next
    /// one; a quote opening a run of paragraphs that hold nothing but quotes takes the speaker of the first quote of the
    /// run that has one (a list of sayings, its attribution on a later one).
    /// </summary>
    private void Chain(IReadOnlyList<QuoteStretch> stretches, Attribution[] result, int[] opens, int[] closes)
    {
        for (int q = 0; q < stretches.Count; q++)
        {
            if (result[q].Found)
            {
                continue;
            }

            int s = sentences.Count == 0 ? 0 : SentenceOf(opens[q]);
            if (s > 0 && sentences[s].Tokens.Start == opens[q] && !BreakBetween(sentences[s - 1].Tokens.End - 1, opens[q]) && !HasQuote(sentences[s - 1].Tokens))
            {
                // "Sam Lau … said in a statement. “There are no…”": the sentence before names the speaker.
                var previous = sentences[s - 1].Tokens;
                for (int m = previous.End - 1; m > previous.Start; m--)
                {
                    if (IsCueAt(m) && SpeakerPhrase.Left(t, m, previous.Start, out int pf, out int pl) && check.Accepts(pf, pl))
                    {
                        result[q] = new Attribution(pf, pl, m, AttributionRule.Continued);
                        break;
                    }
                }

                // "Writing in the Guardian newspaper, Mr Brown outlined his view of the direction… “As our manifesto…”": a
                // quote that is a whole sentence after a sentence without a cue is the words of that sentence's subject, a
                // person the recognizer named.
                if (!result[q].Found && parse is not null && closes[q] + 1 >= sentences[s].Tokens.End - 1
                    && parse.MainSubject(previous.End - 1, out int head, out int mf, out int ml) && check.InPerson(head) && check.Accepts(mf, ml))
                {
                    result[q] = new Attribution(mf, ml, -1, AttributionRule.Continued, head);
                }

                if (result[q].Found)
                {
                    continue;
                }
            }

            for (int p = q - 1; p >= 0; p--)
            {
                int ps = sentences.Count == 0 ? 0 : SentenceOf(opens[p]);
                int paragraphs = ParagraphBreaks(opens[p], opens[q]);
                if (s - ps > 5 || (paragraphs > 0 && (!StartsParagraph(stretches[q], opens[q]) || paragraphs > 1)))
                {
                    break;
                }

                if (result[p].Found)
                {
                    result[q] = result[p] with { Rule = AttributionRule.Continued };
                    break;
                }
            }

            if (result[q].Found)
            {
                continue;
            }

            for (int n = q + 1; n < stretches.Count && !BreakBetween(opens[q], opens[n]); n++)
            {
                if (result[n].Found && result[n].Rule is AttributionRule.After or AttributionRule.Before)
                {
                    result[q] = result[n] with { Rule = AttributionRule.Following };
                    break;
                }
            }

            if (result[q].Found || !StartsParagraph(stretches[q], opens[q]))
            {
                continue;
            }

            // "“Trust, plain-speaking and straight talking is …” / “I don't think anyone can say …” / … “I accepted …,” he
            // said": quotes that are whole paragraphs, one after another, go with the first of them that is attributed.
            for (int n = q + 1; n < stretches.Count && ParagraphBreaks(opens[q], opens[n]) <= MaxSayings && !WordsBetween(closes[n - 1], opens[n]); n++)
            {
                if (result[n].Found && result[n].Rule is AttributionRule.After or AttributionRule.Before)
                {
                    if (n > q + 1 || BreakBetween(opens[q], opens[n]))
                    {
                        result[q] = result[n] with { Rule = AttributionRule.Following };
                    }

                    break;
                }
            }
        }
    }

    /// <summary>How many paragraph breaks a run of quoted paragraphs may span to reach its attributed quote.</summary>
    private const int MaxSayings = 4;

    /// <summary>Whether a word stands between tokens <paramref name="a"/> and <paramref name="b"/> (both excluded).</summary>
    private bool WordsBetween(int a, int b)
    {
        for (int k = a + 1; k < b; k++)
        {
            if (t.IsWord(k))
            {
                return true;
            }
        }

        return false;
    }

    private int ParagraphBreaks(int a, int b)
    {
        int breaks = 0;
        for (int k = a; k < b; k++)
        {
            if (t.LineBreakAfter(k))
            {
                breaks++;
            }
        }

        return breaks;
    }

    private bool HasQuote(TokenRange range)
    {
        for (int k = range.Start; k < range.End; k++)
        {
            if (t.IsQuoteMark(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool StartsParagraph(QuoteStretch q, int open)
        => q.Continues || open == 0 || t.LineBreakAfter(open - 1);

    private bool BreakBetween(int a, int b)
    {
        for (int k = a; k < b; k++)
        {
            if (t.LineBreakAfter(k))
            {
                return true;
            }
        }

        return false;
    }
}
