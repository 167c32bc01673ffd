using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Tagging;

namespace Sitrep.Train;

/// <summary>
/// Word clusters by our own distributional clustering: each frequent word is described by the words seen just
/// left and right of it (Hellinger-transformed counts over the most frequent context words, randomly projected),
/// then hierarchical k-means gives 64 clusters, each split into 4 (256), each of those into 4 (1024).
/// Also a case profile: how often a word is written lower case vs capitalized mid-sentence.
/// </summary>
internal static class ClusterBuilder
{
    private const int Vocabulary = 40000;
    private const int Contexts = 600;
    private const int Dimensions = 96;

    public static (AtomTable Clusters, AtomTable Casing) Build(string dataRoot, int seed)
    {
        var clock = Stopwatch.StartNew();
        var sentences = NewsCorpus.Sentences(dataRoot).Select(s => s.Select(w => (StableHash.OfNormalized(w), Case(w))).ToArray()).ToList();
        long tokenCount = sentences.Sum(s => (long)s.Length);
        var counts = new Dictionary<ulong, int>();
        var lower = new Dictionary<ulong, int>();
        var capital = new Dictionary<ulong, int>();
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Length; i++)
            {
                var (h, c) = s[i];
                counts[h] = counts.GetValueOrDefault(h) + 1;
                if (i > 0 && c == 1)
                {
                    lower[h] = lower.GetValueOrDefault(h) + 1;
                }
                else if (i > 0 && c == 2)
                {
                    capital[h] = capital.GetValueOrDefault(h) + 1;
                }
            }
        }

        var casing = new AtomTable(counts.Count);
        foreach (var (h, n) in counts.OrderBy(p => p.Key))
        {
            int lo = lower.GetValueOrDefault(h), cap = capital.GetValueOrDefault(h);
            if (lo + cap >= 3)
            {
                casing.Set(h, lo * 10 >= (lo + cap) * 9 ? 1 : cap * 10 >= (lo + cap) * 9 ? 2 : 3);
            }
        }

        var ranked = counts.Where(p => p.Value >= 3).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToArray();
        var vocab = ranked.Take(Vocabulary).ToArray();
        var vocabIndex = new Dictionary<ulong, int>();
        for (int i = 0; i < vocab.Length; i++)
        {
            vocabIndex[vocab[i]] = i;
        }

        int width = 2 * (Contexts + 1);
        var matrix = new float[vocab.Length * width];
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (!vocabIndex.TryGetValue(s[i].Item1, out int w))
                {
                    continue;
                }

                int left = i == 0 ? Contexts : Math.Min(Contexts, vocabIndex.GetValueOrDefault(s[i - 1].Item1, Contexts));
                int right = i + 1 == s.Length ? Contexts : Math.Min(Contexts, vocabIndex.GetValueOrDefault(s[i + 1].Item1, Contexts));
                matrix[(w * width) + left]++;
                matrix[(w * width) + Contexts + 1 + right]++;
            }
        }

        Console.WriteLine(Inv($"clusters: {tokenCount:N0} tokens, {counts.Count:N0} types, {vocab.Length:N0} clustered ({clock.Elapsed.TotalSeconds:F0} s)"));
        var vectors = Project(matrix, vocab.Length, width, seed);
        var rng = new Random(seed);
        var all = Enumerable.Range(0, vocab.Length).ToArray();
        var top = KMeans(vectors, all, 64, rng);
        var packed = new int[vocab.Length];
        for (int c64 = 0; c64 < 64; c64++)
        {
            var members = all.Where(i => top[i] == c64).ToArray();
            var mid = KMeans(vectors, members, 4, rng);
            for (int m4 = 0; m4 < 4; m4++)
            {
                var sub = members.Where((_, k) => mid[k] == m4).ToArray();
                var low = KMeans(vectors, sub, 4, rng);
                for (int k = 0; k < sub.Length; k++)
                {
                    int c256 = (c64 * 4) + m4;
                    int c1024 = (c256 * 4) + low[k];
                    packed[sub[k]] = (c64 + 1) | ((c256 + 1) << 8) | ((c1024 + 1) << 18);
                }
            }
        }

        var table = new AtomTable(vocab.Length);
        for (int i = 0; i < vocab.Length; i++)
        {
            table.Set(vocab[i], packed[i]);
        }

        Console.WriteLine(Inv($"clusters: done, case profiles for {casing.Count:N0} words ({clock.Elapsed.TotalSeconds:F0} s)"));
        return (table, casing);
    }

    /// <summary>0 other, 1 all lower case, 2 capitalized (not all caps).</summary>
    private static int Case(string w)
    {
        bool anyLetter = false, allLower = true;
        foreach (char c in w)
        {
            if (char.IsLetter(c))
            {
                anyLetter = true;
                allLower &= char.IsLower(c);
            }
        }

        if (!anyLetter)
        {
            return 0;
        }

        if (allLower)
        {
            return 1;
        }

        return char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower) ? 2 : 0;
    }

    private static float[] Project(float[] matrix, int rows, int width, int seed)
    {
        var rng = new Random(seed + 17);
        var projection = new float[width * Dimensions];
        for (int i = 0; i < projection.Length; i++)
        {
            projection[i] = rng.Next(2) == 0 ? -1f : 1f;
        }

        var vectors = new float[rows * Dimensions];
        var row = new float[width];
        for (int r = 0; r < rows; r++)
        {
            float total = 0;
            for (int k = 0; k < width; k++)
            {
                total += matrix[(r * width) + k];
            }

            for (int k = 0; k < width; k++)
            {
                row[k] = MathF.Sqrt(matrix[(r * width) + k] / Math.Max(1, total));
            }

            var v = vectors.AsSpan(r * Dimensions, Dimensions);
            for (int k = 0; k < width; k++)
            {
                if (row[k] == 0)
                {
                    continue;
                }

                var p = projection.AsSpan(k * Dimensions, Dimensions);
                for (int d = 0; d < Dimensions; d++)
                {
                    v[d] += row[k] * p[d];
                }
            }

            float norm = 0;
            foreach (float x in v)
            {
                norm += x * x;
            }

            norm = MathF.Sqrt(Math.Max(norm, 1e-12f));
            for (int d = 0; d < Dimensions; d++)
            {
                v[d] /= norm;
            }
        }

        return vectors;
    }

    /// <summary>Spherical k-means of the given rows (k-means++ seeding, 12 iterations); returns each member's cluster.</summary>
    private static int[] KMeans(float[] vectors, int[] members, int k, Random rng)
    {
        var assign = new int[members.Length];
        if (members.Length <= k)
        {
            for (int i = 0; i < members.Length; i++)
            {
                assign[i] = i;
            }

            return assign;
        }

        var centers = new float[k * Dimensions];
        var dist = new float[members.Length];
        Array.Fill(dist, float.MaxValue);
        int first = members[rng.Next(members.Length)];
        vectors.AsSpan(first * Dimensions, Dimensions).CopyTo(centers);
        for (int c = 1; c < k; c++)
        {
            double sum = 0;
            for (int i = 0; i < members.Length; i++)
            {
                float d = 1 - Dot(vectors.AsSpan(members[i] * Dimensions, Dimensions), centers.AsSpan((c - 1) * Dimensions, Dimensions));
                dist[i] = Math.Min(dist[i], Math.Max(d, 0));
                sum += dist[i] * dist[i];
            }

            double pick = rng.NextDouble() * sum;
            int chosen = members.Length - 1;
            for (int i = 0; i < members.Length; i++)
            {
                pick -= dist[i] * dist[i];
                if (pick <= 0)
                {
                    chosen = i;
                    break;
                }
            }

            vectors.AsSpan(members[chosen] * Dimensions, Dimensions).CopyTo(centers.AsSpan(c * Dimensions));
        }

        for (int iteration = 0; iteration < 12; iteration++)
        {
            for (int i = 0; i < members.Length; i++)
            {
                var v = vectors.AsSpan(members[i] * Dimensions, Dimensions);
                int best = 0;
                float bestDot = float.MinValue;
                for (int c = 0; c < k; c++)
                {
                    float d = Dot(v, centers.AsSpan(c * Dimensions, Dimensions));
                    if (d > bestDot)
                    {
                        bestDot = d;
                        best = c;
                    }
                }

                assign[i] = best;
            }

            Array.Clear(centers);
            for (int i = 0; i < members.Length; i++)
            {
                var v = vectors.AsSpan(members[i] * Dimensions, Dimensions);
                var center = centers.AsSpan(assign[i] * Dimensions, Dimensions);
                for (int d = 0; d < Dimensions; d++)
                {
                    center[d] += v[d];
                }
            }

            for (int c = 0; c < k; c++)
            {
                var center = centers.AsSpan(c * Dimensions, Dimensions);
                float norm = MathF.Sqrt(Math.Max(Dot(center, center), 1e-12f));
                for (int d = 0; d < Dimensions; d++)
                {
                    center[d] /= norm;
                }
            }
        }

        return assign;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
