using System.Text;

namespace Sitrep.Store.Incidents;

/// <summary>
/// Keys of a quote's words, to find the same words in another source by index: the whole quote's normalised words,
/// its first <see cref="MinWords"/> and its last (64-bit FNV-1a of lower-case letter/digit runs joined by spaces). Two
/// quotes that share a key share a run of at least <see cref="MinWords"/> words.
/// </summary>
public static class QuoteKey
{
    /// <summary>Quotes shorter than this are not compared (short phrases recur by chance: "we are very pleased").</summary>
    public const int MinWords = 8;

    /// <summary>
    /// The quote's own normalised words joined by single spaces, or null when it has fewer than <see cref="MinWords"/>.
    /// A quote inside the quote (‘…’ or '…': "Gordon Brown told him: 'There's nothing…'") is the quoted person's words,
    /// not the speaker's, and is left out.
    /// </summary>
    public static string? Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string words = EntityIdentity.Normalize(WithoutInnerQuotes(text));
        int count = words.Length == 0 ? 0 : words.Count(c => c == ' ') + 1;
        return count >= MinWords ? words : null;
    }

    /// <summary>The keys of normalised words (from <see cref="Words"/>): whole, first run, last run (distinct).</summary>
    public static IReadOnlyList<long> Of(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var list = words.Split(' ');
        var keys = new List<long> { Hash(words) };
        foreach (long k in new[] { Hash(string.Join(' ', list[..MinWords])), Hash(string.Join(' ', list[^MinWords..])) })
        {
            if (!keys.Contains(k))
            {
                keys.Add(k);
            }
        }

        return keys;
    }

    /// <summary>
    /// Whether two quotes' normalised words are the same words: a shared run of at least <see cref="MinWords"/> words that is
    /// at least half of the shorter quote. A stock phrase inside two different quotes ("one of the best players in the
    /// world") is not one quote.
    /// </summary>
    public static bool Share(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = a.Split(' ');
        var y = b.Split(' ');
        int run = LongestRun(x, y);
        return run >= MinWords && 2 * run >= Math.Min(x.Length, y.Length);
    }

    /// <summary>The longest run of words the two sequences share.</summary>
    private static int LongestRun(string[] x, string[] y)
    {
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        int best = 0;
        for (int i = 1; i <= x.Length; i++)
        {
            for (int j = 1; j <= y.Length; j++)
            {
                current[j] = string.Equals(x[i - 1], y[j - 1], StringComparison.Ordinal) ? previous[j - 1] + 1 : 0;
                best = Math.Max(best, current[j]);
            }

            (previous, current) = (current, previous);
        }

        return best;
    }

    /// <summary>The text without single-quoted passages: an opening ‘ or ' at a word's start to the next closing ’ or ' at a word's end.</summary>
    public static string WithoutInnerQuotes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? sb = null;
        int copied = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool opens = (c == '\u2018' || c == '\'') && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (!opens)
            {
                continue;
            }

            int close = -1;
            for (int k = i + 1; k < text.Length; k++)
            {
                char d = text[k];
                if ((d == '\u2019' || d == '\'') && !char.IsWhiteSpace(text[k - 1]) && (k + 1 == text.Length || !char.IsLetterOrDigit(text[k + 1])))
                {
                    close = k;
                    break;
                }
            }

            if (close < 0)
            {
                break;
            }

            sb ??= new StringBuilder(text.Length);
            sb.Append(text, copied, i - copied).Append(' ');
            copied = close + 1;
            i = close;
        }

        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static long Hash(string s)
    {
        ulong h = 14695981039346656037;
        foreach (byte b in Encoding.UTF8.GetBytes(s))
        {
            h = (h ^ b) * 1099511628211;
        }

        return unchecked((long)h);
    }
}
