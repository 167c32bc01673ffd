namespace Sitrep.Core.Documents;

/// <summary>Finding the sentence that holds a token or a character (binary search over the sentences in text order).</summary>
public static class Sentences
{
    /// <summary>The index of the sentence holding token <paramref name="token"/> (the last sentence starting at or before it).</summary>
    public static int IndexOfToken(IReadOnlyList<Sentence> sentences, int token)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int lo = 0, hi = sentences.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences[mid].Tokens.Start <= token)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The characters of the sentence holding character <paramref name="position"/>, or null when none does.</summary>
    public static CharRange? Holding(IReadOnlyList<Sentence> sentences, int position)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = sentences[mid].Chars;
            if (position < s.Start)
            {
                hi = mid - 1;
            }
            else if (position >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return s;
            }
        }

        return null;
    }
}
