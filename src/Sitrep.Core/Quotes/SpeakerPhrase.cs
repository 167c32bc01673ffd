namespace Sitrep.Core.Quotes;

/// <summary>
/// Finds the words naming a speaker next to a reporting verb, by shape alone: the subject read leftwards
/// ("Trump said", "His press secretary, Karoline Leavitt, affirmed", "Trump, who …, said") or the phrase
/// after an inverted cue ("said a spokesman", "according to the Kremlin").
/// </summary>
internal static class SpeakerPhrase
{
    private const int MaxTokens = 12;

    /// <summary>The subject of the cue at token <paramref name="cue"/>, not reaching before <paramref name="lowerBound"/>.</summary>
    public static bool Left(TokenText t, int cue, int lowerBound, out int first, out int last)
    {
        first = last = -1;
        int j = cue - 1;
        while (j >= lowerBound && t.IsWord(j) && (QuoteWords.IsBetweenSubjectAndCue(t[j]) || (IsDay(t[j]) && j - 1 >= lowerBound && t[j - 1] is "on")))
        {
            j -= IsDay(t[j]) ? 2 : 1;
        }

        if (j < lowerBound)
        {
            return false;
        }

        if (t.IsWord(j) && QuoteWords.IsPronoun(t[j]))
        {
            first = last = j;
            return true;
        }

        // "Ms. Sherry smiled and said", "She says …, but insists": the subject of the clause's first verb.
        if (t.IsWord(j) && t[j] is "and" or "but")
        {
            int k = j - 1;
            if (k >= lowerBound && t.Is(k, ','))
            {
                k--;
            }

            while (k >= lowerBound && j - k <= 25 && !t.IsQuoteMark(k) && !t.Is(k, ',') && !t.Is(k, ';'))
            {
                k--;
            }

            return ClauseSubject(t, k + 1, j, out first, out last) || ClauseSubject(t, lowerBound, j, out first, out last);
        }

        bool closingComma = t.Is(j, ',');
        if (closingComma)
        {
            j--;
        }

        if (j < lowerBound || !Collect(t, j, lowerBound, out int start))
        {
            return false;
        }

        first = start;
        last = j;
        if (!closingComma)
        {
            // "Katie Packer, who is chairman of Our Principles Pac said"
            int w = first - 1;
            while (w > lowerBound && t.IsWord(w) && QuoteWords.IsVerbLike(t[w]))
            {
                w--;
            }

            if (w < first - 1 && w - 1 > lowerBound && t.IsWord(w) && t[w] is "who" && t.Is(w - 1, ',') && Collect(t, w - 2, lowerBound, out int sw))
            {
                first = sw;
                last = w - 2;
            }

            return true;
        }

        // "Trump, who spoke in Ohio, said" / "Mr. Paulson, who bet against …, told": the speaker is before the clause.
        int comma = -1;
        for (int k = j; k >= lowerBound && j - k < 30; k--)
        {
            if (t.IsQuoteMark(k))
            {
                break;
            }

            if (t.Is(k, ','))
            {
                comma = k;
                break;
            }
        }

        // … and "Fiorina, speaking to Iowans, said": a participle clause set off by commas.
        if (comma > lowerBound && t.IsWord(comma + 1) && (t[comma + 1] is "who" or "which" or "whose" or "whom" || (t[comma + 1].EndsWith("ing", StringComparison.Ordinal) && !t.IsCapitalized(comma + 1))))
        {
            if (Collect(t, comma - 1, lowerBound, out int s2))
            {
                first = s2;
                last = comma - 1;
                return true;
            }

            return false;
        }

        // "His press secretary, Karoline Leavitt, affirmed": both halves of the apposition.
        int before = first - 1;
        if (before >= lowerBound && t.Is(before, ',') && before - 1 >= lowerBound && Collect(t, before - 1, lowerBound, out int s3) && before - s3 <= 8)
        {
            first = s3;
        }

        return true;
    }

    /// <summary>The speaker after an inverted cue ("said Trump", "said a spokesman for the campaign").</summary>
    public static bool Right(TokenText t, int cue, int upperBound, out int first, out int last)
    {
        first = last = -1;
        int j = cue + 1;
        while (j < upperBound && t.IsWord(j) && QuoteWords.IsTimeWord(t[j]))
        {
            j++;
        }

        if (j >= upperBound || !t.IsWord(j))
        {
            return false;
        }

        var w = t[j];
        if (QuoteWords.IsPronoun(w) && !(w is "it" or "It" or "you" or "You"))
        {
            first = last = j;
            return true;
        }

        if (QuoteWords.IsRightStop(w) || (!(t.IsCapitalized(j) || QuoteWords.IsDeterminer(w)) && !NameFollows(t, j, upperBound)))
        {
            return false;
        }

        first = j;
        last = j;
        for (int k = j + 1; k < upperBound && k - j < MaxTokens; k++)
        {
            if (t.Is(k, '('))
            {
                int close = MatchingClose(t, k, upperBound);
                if (close < 0)
                {
                    break;
                }

                last = close;
                k = close;
                continue;
            }

            if (!(t.IsWord(k) || t.Token(k).Kind is Documents.TokenKind.Number) || QuoteWords.IsRightStop(t[k]) || QuoteWords.IsVerbLike(t[k]) || t.IsLowerCue(k))
            {
                break;
            }

            last = k;
        }

        // "insists Sanders is mounting…": a subject of a clause, not an inverted speaker.
        int next = last + 1;
        return !(next < upperBound && t.IsWord(next) && QuoteWords.IsVerbLike(t[next]));
    }

    /// <summary>Reads a phrase leftwards from token <paramref name="j"/> until a comma, a clause word or a mark.</summary>
    private static bool Collect(TokenText t, int j, int lowerBound, out int first)
    {
        first = j + 1;
        int k = j;
        while (k >= lowerBound && j - k < MaxTokens)
        {
            if (t.Is(k, ')'))
            {
                int open = MatchingOpen(t, k, lowerBound);
                if (open < 0)
                {
                    break;
                }

                k = open - 1;
                continue;
            }

            var kind = t.Token(k).Kind;
            if (kind is Documents.TokenKind.Number or Documents.TokenKind.Handle)
            {
                k--;
                continue;
            }

            if (kind is not Documents.TokenKind.Word)
            {
                break;
            }

            var w = t[k];
            if (w is "and" or "&" && k - 1 >= lowerBound && k + 1 <= j && t.IsCapitalized(k - 1) && t.IsCapitalized(k + 1))
            {
                k--;
                continue;
            }

            if ((QuoteWords.IsPhraseStop(w) && !IsAffiliation(t, k, lowerBound)) || t.IsLowerCue(k) || (QuoteWords.IsPronoun(w) && k < j))
            {
                break;
            }

            k--;
        }

        first = k + 1;

        // Leading prepositions are not part of the speaker: "In Ohio, Trump" was cut at the comma; "for Trump" here.
        while (first <= j && t.IsWord(first) && t[first] is "of" or "for" or "in" or "on" or "at" or "from")
        {
            first++;
        }

        return first <= j;
    }

    /// <summary>"an aide to Chirac", "a lawyer with the firm": an affiliation preposition right after a role word.</summary>
    private static bool IsAffiliation(TokenText t, int k, int lowerBound)
        => k - 1 >= lowerBound && t.IsWord(k - 1) && Language.Prepositions.IsAffiliation(t[k]) && s_roles.Contains(t[k - 1]);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_roles =
        Language.Titles.Roles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The subject at the head of a clause: a pronoun or a capitalized run (after an introductory word).</summary>
    private static bool ClauseSubject(TokenText t, int start, int stop, out int first, out int last)
    {
        first = last = -1;
        if (start < stop && t.IsWord(start) && t[start] is "In" or "On" or "At" or "After" or "But" or "And" or "Then" or "Later" or "So" or "Still" or "Yet" or "Also")
        {
            start++;
        }

        if (start >= stop || !t.IsWord(start))
        {
            return false;
        }

        if (QuoteWords.IsPronoun(t[start]) && !(t[start] is "it" or "It"))
        {
            first = last = start;
            return true;
        }

        int k = start;
        while (k < stop && (t.IsCapitalized(k) || (k > start && t.Is(k, '.'))))
        {
            k++;
        }

        if (k == start)
        {
            return false;
        }

        first = start;
        last = k - 1;
        return true;
    }

    private static bool IsDay(ReadOnlySpan<char> w)
        => w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    /// <summary>"said former Vermont governor Howard Dean": lowercase words leading to a capitalized name.</summary>
    private static bool NameFollows(TokenText t, int j, int upperBound)
    {
        for (int k = j; k < upperBound && k - j <= 4; k++)
        {
            if (!t.IsWord(k) || QuoteWords.IsRightStop(t[k]) || QuoteWords.IsPhraseStop(t[k]))
            {
                return false;
            }

            if (t.IsCapitalized(k))
            {
                return true;
            }
        }

        return false;
    }

    private static int MatchingOpen(TokenText t, int close, int lowerBound)
    {
        for (int k = close - 1; k >= lowerBound && close - k < 15; k--)
        {
            if (t.Is(k, '('))
            {
                return k;
            }
        }

        return -1;
    }

    public static int MatchingClose(TokenText t, int open, int upperBound)
    {
        for (int k = open + 1; k < upperBound && k - open < 15; k++)
        {
            if (t.Is(k, ')'))
            {
                return k;
            }
        }

        return -1;
    }
}
