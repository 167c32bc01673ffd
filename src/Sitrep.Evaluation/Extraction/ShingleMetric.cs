using System.Globalization;
using System.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// The article-body metric of the Scrapinghub/Zyte extraction benchmark: word tokens (<c>\w+</c> as Python
/// reads it: letters, digits and underscore), multisets of 4-token shingles, and per-page true/false
/// positives and negatives normalised to sum to one.
/// </summary>
public static class ShingleMetric
{
    private const int ShingleSize = 4;

    /// <summary>The word tokens of <paramref name="text"/>: maximal runs of Unicode letters, numbers and '_'.</summary>
    public static List<string> Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<string>();
        int start = -1;
        int i = 0;
        while (i < text.Length)
        {
            int width = 1;
            bool word;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                word = IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[i], text[i + 1])));
            }
            else
            {
                word = text[i] == '_' || IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(text[i]));
            }

            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                tokens.Add(text[start..i].ToString());
                start = -1;
            }

            i += width;
        }

        if (start >= 0)
        {
            tokens.Add(text[start..].ToString());
        }

        return tokens;
    }

    /// <summary>Per-page (tp, fp, fn), each divided by their sum (all zero when both texts have no tokens).</summary>
    public static PageCounts Compare(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        var a = Shingles(truth);
        var b = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, x) in a)
        {
            int y = b.GetValueOrDefault(key);
            tp += Math.Min(x, y);
            fn += Math.Max(0, x - y);
        }

        foreach (var (key, y) in b)
        {
            int x = a.GetValueOrDefault(key);
            fp += Math.Max(0, y - x);
        }

        double sum = tp + fp + fn;
        return sum > 0 ? new PageCounts(tp / sum, fp / sum, fn / sum) : new PageCounts(tp, fp, fn);
    }

    private static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        int count = Math.Max(1, tokens.Count - ShingleSize + 1);
        var key = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            key.Clear();
            int end = Math.Min(tokens.Count, i + ShingleSize);
            if (end <= i)
            {
                continue;
            }

            for (int j = i; j < end; j++)
            {
                // U+0001 cannot be part of a token, so the joined key is unambiguous.
                key.Append(tokens[j]).Append('\u0001');
            }

            string k = key.ToString();
            result[k] = result.GetValueOrDefault(k) + 1;
        }

        return result;
    }

    private static bool IsWordCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
