using System.Numerics;

namespace Sitrep.Core.Tagging;

/// <summary>
/// Greedy left-to-right POS decoding; with gold tags it is also the training step (update on mistakes).
/// Two passes: the first tags every token; the second re-decides the tokens the tag dictionary does not settle
/// (unknown words and words seen with more than one tag), now also seeing the first pass's tags to the right.
/// </summary>
public static class PosDecoder
{
    /// <summary>First pass: tags one sentence into <paramref name="tags"/>; when <paramref name="gold"/> is not empty, learns from it.</summary>
    public static int Decode<TScorer>(ReadOnlySpan<TokenAtoms> sentence, TScorer scorer, ReadOnlySpan<byte> gold, Span<byte> tags)
        where TScorer : IFeatureScorer
    {
        ArgumentNullException.ThrowIfNull(scorer);
        Span<ulong> features = stackalloc ulong[PosFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[scorer.Stride];
        int p1 = PosFeatures.NoTag, p2 = PosFeatures.NoTag;
        int errors = 0;
        for (int i = 0; i < sentence.Length; i++)
        {
            int n = PosFeatures.Extract(sentence, i, p1, p2, features);
            int best = Decide(scorer, features[..n], scores, gold, i, ref errors);
            tags[i] = (byte)best;
            p2 = p1;
            p1 = best;
        }

        return errors;
    }

    /// <summary>
    /// Second pass over the first pass's tags <paramref name="first"/>: tokens with exactly one tag in the tag dictionary
    /// keep their first-pass tag, the others are scored again; when <paramref name="gold"/> is not empty, learns from it.
    /// </summary>
    public static int DecodeSecond<TScorer>(ReadOnlySpan<TokenAtoms> sentence, TScorer scorer, ReadOnlySpan<byte> first, ReadOnlySpan<byte> gold, Span<byte> tags)
        where TScorer : IFeatureScorer
    {
        ArgumentNullException.ThrowIfNull(scorer);
        Span<ulong> features = stackalloc ulong[PosFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[scorer.Stride];
        int p1 = PosFeatures.NoTag, p2 = PosFeatures.NoTag;
        int errors = 0;
        for (int i = 0; i < sentence.Length; i++)
        {
            int best = first[i];
            if (!Settled(sentence[i].TagClass))
            {
                int n = PosFeatures.ExtractSecond(sentence, i, p1, p2, first, features);
                best = Decide(scorer, features[..n], scores, gold, i, ref errors);
            }

            tags[i] = (byte)best;
            p2 = p1;
            p1 = best;
        }

        return errors;
    }

    /// <summary>Whether the tag dictionary knows exactly one tag for the word (the second pass leaves it alone).</summary>
    public static bool Settled(int tagClass) => tagClass > 0 && BitOperations.IsPow2(tagClass);

    private static int Decide<TScorer>(TScorer scorer, ReadOnlySpan<ulong> used, Span<float> scores, ReadOnlySpan<byte> gold, int i, ref int errors)
        where TScorer : IFeatureScorer
    {
        scorer.Score(used, scores);
        int best = 0;
        float bestScore = float.NegativeInfinity;
        for (int t = 0; t < UposNames.Count; t++)
        {
            if (scores[t] > bestScore)
            {
                bestScore = scores[t];
                best = t;
            }
        }

        if (!gold.IsEmpty && gold[i] != best)
        {
            scorer.Update(used, gold[i], best);
            errors++;
        }

        return best;
    }
}
