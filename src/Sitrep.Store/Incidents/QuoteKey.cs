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

    /// <summary>The quote's normalised words joined by single spaces, or null when it has fewer than <see cref="MinWords"/>.</summary>
    public static string? Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string words = EntityIdentity.Normalize(text);
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

    /// <summary>Whether two quotes' normalised words share a run of <see cref="MinWords"/> words.</summary>
    public static bool Share(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var x = a.Split(' ');
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + MinWords <= x.Length; i++)
        {
            runs.Add(string.Join(' ', x, i, MinWords));
        }

        var y = b.Split(' ');
        for (int i = 0; i + MinWords <= y.Length; i++)
        {
            if (runs.Contains(string.Join(' ', y, i, MinWords)))
            {
                return true;
            }
        }

        return false;
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
