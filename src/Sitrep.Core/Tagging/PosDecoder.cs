using System.Runtime.CompilerServices;

namespace Sitrep.Core.Tagging;

/// <summary>Greedy left-to-right POS decoding; with gold tags it is also the training step (update on mistakes).</summary>
public static class PosDecoder
{
    /// <summary>Tags one sentence into <paramref name="tags"/>; when <paramref name="gold"/> is not empty, learns from it.</summary>
    public static int Decode<TScorer>(ReadOnlySpan<TokenAtoms> sentence, TScorer scorer, ReadOnlySpan<byte> gold, Span<byte> tags)
        where TScorer : IFeatureScorer
    {
        ArgumentNullException.ThrowIfNull(scorer);
        Span<ulong> features = stackalloc ulong[PosFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[scorer.Stride];
        int labels = UposNames.Count;
        int p1 = PosFeatures.NoTag, p2 = PosFeatures.NoTag;
        int errors = 0;
        for (int i = 0; i < sentence.Length; i++)
        {
            int n = PosFeatures.Extract(sentence, i, p1, p2, features);
            var used = features[..n];
            scorer.Score(used, scores);
            int best = 0;
            float bestScore = float.NegativeInfinity;
            for (int t = 0; t < labels; t++)
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

            tags[i] = (byte)best;
            p2 = p1;
            p1 = best;
        }

        return errors;
    }
}
