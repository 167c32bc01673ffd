using System.Globalization;

namespace Sitrep.Ingest;

/// <summary>
/// Tells running text from a list or a data file read as plain text (a folder of articles often holds a README, word
/// lists and tables beside them). A word is a prose word when it is letters (with inner apostrophes or hyphens, and
/// quotes, brackets or punctuation around it); a line is prose when it has at least five words, three fifths of them
/// prose words. A text of at least <see cref="MinLines"/> lines whose prose lines hold under <see cref="MinProseShare"/>
/// of its words is not an article. Over the corpora this was set on, the lowest share of a BBC or PolNeAR article was
/// 0.69 and of a Reuters-21578 story of 20 lines or more 0.17 (market tables with a lead), while word lists have 0 and
/// a Prolog fact file 0.09; shorter texts are never refused.
/// </summary>
public static class ProseCheck
{
    public const int MinLines = 20;

    public const double MinProseShare = 0.10;

    /// <summary>Null when <paramref name="text"/> may be an article; else why it is not, in a few words.</summary>
    public static string? NotAnArticle(ReadOnlySpan<char> text)
    {
        int lines = 0, words = 0, prose = 0;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range];
            if (line.IsWhiteSpace())
            {
                continue;
            }

            lines++;
            int inLine = 0, proseInLine = 0;
            foreach (var w in line.SplitAny(" \t\r\f\v\u00a0"))
            {
                var word = line[w];
                if (word.IsEmpty)
                {
                    continue;
                }

                inLine++;
                if (IsProseWord(word))
                {
                    proseInLine++;
                }
            }

            words += inLine;
            if (inLine >= 5 && proseInLine * 5 >= inLine * 3)
            {
                prose += proseInLine;
            }
        }

        if (lines < MinLines || words == 0 || prose >= MinProseShare * words)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"not an article: {lines:N0} lines, and only {100.0 * prose / words:F0}% of the {words:N0} words are in sentences (a list or a data file?)");
    }

    private static bool IsProseWord(ReadOnlySpan<char> word)
    {
        word = word.TrimStart("\"'“‘(");
        word = word.TrimEnd(".,;:!?\"'”’)");
        if (word.IsEmpty || !char.IsLetter(word[0]))
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsLetter(c) && c is not ('\'' or '’' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
