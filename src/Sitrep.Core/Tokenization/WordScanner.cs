using Sitrep.Core.Documents;

namespace Sitrep.Core.Tokenization;

/// <summary>Scans words: clitics, hyphens, initialisms, abbreviation periods, domain-like names.</summary>
internal static class WordScanner
{
    /// <summary>The end of the word token starting at <paramref name="i"/> (a word character) in the chunk [chunkStart, end).</summary>
    public static int Scan(ReadOnlySpan<char> s, int i, int chunkStart, int end)
    {
        // "n't" left over after "do" was split off "don't".
        if ((s[i] | 0x20) == 'n' && i + 2 < end && CharClasses.IsApostrophe(s[i + 1]) && (s[i + 2] | 0x20) == 't' && (i + 3 >= end || !CharClasses.IsWordChar(s[i + 3])))
        {
            return i + 3;
        }

        if (TryInitialism(s, i, end, out int initialism))
        {
            return initialism;
        }

        int segStart = i;
        int k = i;
        while (true)
        {
            while (k < end && CharClasses.IsWordChar(s[k]))
            {
                k++;
            }

            if (k + 1 >= end || k == i)
            {
                break;
            }

            char c = s[k];
            if (CharClasses.IsApostrophe(c) && CharClasses.IsLetter(s[k + 1]))
            {
                int m = k + 1;
                while (m < end && CharClasses.IsLetter(s[m]))
                {
                    m++;
                }

                bool wordEnds = m >= end || !CharClasses.IsWordChar(s[m]);
                if (wordEnds && m == k + 2 && (s[k + 1] | 0x20) == 't' && (s[k - 1] | 0x20) == 'n' && k - 1 > i)
                {
                    return k - 1; // do|n't, ca|n't, wo|n't
                }

                if (wordEnds && WordParts.IsClitic(s[(k + 1)..m]))
                {
                    return k; // Witkoff|‘s, they|'re
                }

                k = m; // O'Brien, rock'n'roll
                continue;
            }

            if (CharClasses.IsHyphen(c) && CharClasses.IsWordChar(s[k + 1]) && k > segStart)
            {
                if (WordParts.JoinsHyphen(s[segStart..k]))
                {
                    segStart = k + 1;
                    k++;
                    continue;
                }

                break;
            }

            if (c == '_' && CharClasses.IsWordChar(s[k + 1]))
            {
                k++; // file_name, GCP_London
                continue;
            }

            if (c == '&' && CharClasses.IsUpper(s[k - 1]) && CharClasses.IsUpper(s[k + 1]) && k - i <= 3)
            {
                k++; // AT&T, S&P, M&A
                continue;
            }

            if (c == '.' && k - i >= 2 && TryDomainPart(s, k, end, out int domainEnd))
            {
                k = domainEnd; // Amazon.com, bbc.co.uk, report.pdf
                continue;
            }

            break;
        }

        if (segStart == i)
        {
            int split = WordParts.ContractionSplit(s[i..k]);
            if (split > 0)
            {
                return i + split; // can|not, gon|na, do|nt
            }
        }

        // A final period belongs to an abbreviation or an initial, unless it also ends the sentence ("etc|.").
        if (k < end && s[k] == '.' && !(k + 1 < end && s[k + 1] == '.'))
        {
            var word = s[segStart..k];
            if (word.Length == 1 && CharClasses.IsUpper(word[0]) && word[0] != 'I')
            {
                return EndsSentence(s, k + 1) ? k : k + 1; // J. K. Rowling
            }

            if (word.Length == 1 && CharClasses.IsLower(word[0]) && segStart > chunkStart && s[segStart - 1] == '(')
            {
                return k + 1; // "(b. 1950)", "(c. 1640)"
            }

            var kind = Abbreviations.Lookup(word);
            if (kind != AbbreviationKind.None && Abbreviations.Takes(word, kind, k + 1 < end ? s[k + 1] : ' ', NextNonSpace(s, k + 1))
                && ((kind & AbbreviationKind.Title) != 0 || !EndsSentence(s, k + 1)))
            {
                return k + 1;
            }
        }

        return k;
    }

    /// <summary>A token that starts with an apostrophe: a clitic after a closing quote or a number ("1990's"), or a short year ("'60s").</summary>
    public static bool TryApostropheWord(ReadOnlySpan<char> s, int i, int chunkStart, int end, out int next, out TokenKind kind)
    {
        next = i;
        kind = TokenKind.Word;
        if (i + 1 >= end)
        {
            return false;
        }

        if (CharClasses.IsDigit(s[i + 1]))
        {
            int m = i + 1;
            while (m < end && CharClasses.IsDigit(s[m]))
            {
                m++;
            }

            if (m - i - 1 != 2 || (i > chunkStart && CharClasses.IsWordChar(s[i - 1])))
            {
                return false;
            }

            if (m < end && s[m] == 's')
            {
                m++;
            }

            if (m < end && CharClasses.IsWordChar(s[m]))
            {
                return false;
            }

            next = m;
            kind = TokenKind.Number;
            return true;
        }

        if (i == chunkStart || !CharClasses.IsLetter(s[i + 1]))
        {
            return false;
        }

        int e = i + 1;
        while (e < end && CharClasses.IsLetter(s[e]))
        {
            e++;
        }

        if ((e < end && CharClasses.IsWordChar(s[e])) || !WordParts.IsClitic(s[(i + 1)..e]))
        {
            return false;
        }

        next = e;
        return true;
    }

    private static bool TryInitialism(ReadOnlySpan<char> s, int i, int end, out int next)
    {
        next = i;
        if (i + 4 < end && s[i + 2] == '.' && CharClasses.IsUpper(s[i]) && CharClasses.IsLower(s[i + 1]) && CharClasses.IsUpper(s[i + 3]) && s[i + 4] == '.')
        {
            next = i + 5; // Ph.D.
            return true;
        }

        if (i + 2 >= end || s[i + 1] != '.' || !CharClasses.IsLetter(s[i + 2]) || (i + 3 < end && CharClasses.IsWordChar(s[i + 3])))
        {
            return false;
        }

        int k = i + 2;
        while (k + 2 < end && s[k + 1] == '.' && CharClasses.IsLetter(s[k + 2]) && (k + 3 >= end || !CharClasses.IsWordChar(s[k + 3])))
        {
            k += 2;
        }

        k++;
        if (k < end && s[k] == '.' && !(k + 1 < end && s[k + 1] == '.') && !EndsSentence(s, k + 1))
        {
            k++;
        }

        next = k;
        return true;
    }

    /// <summary>".com", ".co.uk", ".pdf": a period then lower-case letters or digits, then the end of the word.</summary>
    private static bool TryDomainPart(ReadOnlySpan<char> s, int dot, int end, out int next)
    {
        next = dot;
        int k = dot;
        int labels = 0;
        while (k + 1 < end && s[k] == '.' && CharClasses.IsLower(s[k + 1]) && ++labels <= 8)
        {
            int m = k + 1;
            while (m < end && (CharClasses.IsLower(s[m]) || CharClasses.IsDigit(s[m])))
            {
                m++;
            }

            if (m - k - 1 > 6)
            {
                return false;
            }

            k = m;
        }

        if (k == dot || labels > 8 || (k < end && CharClasses.IsWordChar(s[k])))
        {
            return false;
        }

        next = k;
        return true;
    }

    /// <summary>
    /// True when a period before <paramref name="k"/> also ends a sentence: the text or the line ends there, or
    /// (after white space) a typical sentence-initial word follows. Then the period is a token of its own.
    /// </summary>
    internal static bool EndsSentence(ReadOnlySpan<char> s, int k)
    {
        if (k < s.Length && !CharClasses.IsSeparator(s[k]))
        {
            return false;
        }

        while (k < s.Length && CharClasses.IsSeparator(s[k]))
        {
            if (s[k] is '\n' or '\r')
            {
                return true;
            }

            k++;
        }

        if (k >= s.Length)
        {
            return true;
        }

        int e = k;
        while (e < s.Length && e - k < 12 && CharClasses.IsLetter(s[e]))
        {
            e++;
        }

        return e > k && (e >= s.Length || !CharClasses.IsWordChar(s[e])) && SentenceStarters.Contains(s[k..e]);
    }

    private static char NextNonSpace(ReadOnlySpan<char> s, int k)
    {
        for (int lim = Math.Min(s.Length, k + 8); k < lim; k++)
        {
            if (!CharClasses.IsSeparator(s[k]))
            {
                return s[k];
            }
        }

        return ' ';
    }
}
