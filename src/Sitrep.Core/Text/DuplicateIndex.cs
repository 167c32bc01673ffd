namespace Sitrep.Core.Text;

/// <summary>
/// An in-memory LSH index of MinHash signatures (<see cref="MinHash"/>): each text added is compared only with the
/// texts that share a band bucket with it, and is a copy of the most similar one at or above the threshold whose
/// figures agree with it (<see cref="MinHash.FiguresAgree"/>), or rather of that one's original when it is itself a copy. The store keeps the same buckets in a table; this one serves
/// evaluations and batch tools.
/// </summary>
public sealed class DuplicateIndex(double threshold = MinHash.DefaultThreshold)
{
    private readonly Dictionary<long, List<int>> _buckets = [];
    private readonly List<(string Id, ulong[]? Signature, long[] Figures, int Original)> _items = [];

    /// <summary>The similarity from which a text is a copy.</summary>
    public double Threshold { get; } = threshold;

    /// <summary>Adds a text; returns the id of the original it copies and the similarity, or null when it is new.</summary>
    public (string Original, double Similarity)? Add(string id, ReadOnlySpan<char> text) => Add(id, text, MinHash.Signature(text));

    /// <summary>Adds a text whose signature is known (null: too short to compare); as <see cref="Add(string, ReadOnlySpan{char})"/>.</summary>
    public (string Original, double Similarity)? Add(string id, ReadOnlySpan<char> text, ulong[]? signature)
    {
        ArgumentNullException.ThrowIfNull(id);
        int self = _items.Count;
        if (signature is null)
        {
            _items.Add((id, null, [], self));
            return null;
        }

        long[] figures = MinHash.Figures(text);
        var best = Best(signature, figures);
        int original = best is { } b ? _items[b.Item].Original : self;
        _items.Add((id, signature, figures, original));
        for (int band = 0; band < MinHash.Bands; band++)
        {
            long key = MinHash.Bucket(signature, band);
            if (!_buckets.TryGetValue(key, out var list))
            {
                _buckets[key] = list = [];
            }

            list.Add(self);
        }

        return best is { } m ? (_items[original].Id, m.Similarity) : null;
    }

    /// <summary>The most similar stored text at or above the threshold, without adding.</summary>
    private (int Item, double Similarity)? Best(ulong[] signature, long[] figures)
    {
        (int Item, double Similarity)? best = null;
        var seen = new HashSet<int>();
        for (int band = 0; band < MinHash.Bands; band++)
        {
            if (!_buckets.TryGetValue(MinHash.Bucket(signature, band), out var list))
            {
                continue;
            }

            foreach (int item in list)
            {
                if (!seen.Add(item))
                {
                    continue;
                }

                double s = MinHash.Similarity(signature, _items[item].Signature);
                if (s >= Threshold && (best is null || s > best.Value.Similarity) && MinHash.FiguresAgree(figures, _items[item].Figures))
                {
                    best = (item, s);
                }
            }
        }

        return best;
    }
}
