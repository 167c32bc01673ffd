namespace Sitrep.Core.Text;

/// <summary>
/// An in-memory LSH index of MinHash signatures (<see cref="MinHash"/>) that groups copies by the store's rule
/// (<see cref="DuplicateLinking"/>): each text added is compared only with the texts that share a band bucket with it,
/// and the groups are the connected parts of the similar-and-figures-agree relation, each under its lowest id. The
/// store keeps the same buckets in tables; this one serves evaluations and batch tools, and gives the groups the store
/// would hold after the same documents, in any order.
/// </summary>
public sealed class DuplicateIndex(double threshold = MinHash.DefaultThreshold)
{
    private readonly Dictionary<long, List<int>> _buckets = [];
    private readonly List<(string Id, ulong[]? Signature, long[] Figures)> _items = [];
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Original, double Similarity)> _copyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _copies = new(StringComparer.Ordinal);

    /// <summary>The similarity from which a text is a copy.</summary>
    public double Threshold { get; } = threshold;

    /// <summary>Adds a text; returns what it linked (null when it is like nothing added before).</summary>
    public DuplicateLinking.Link? Add(string id, ReadOnlySpan<char> text) => Add(id, text, MinHash.Signature(text));

    /// <summary>Adds a text whose signature is known (null: too short to compare); as <see cref="Add(string, ReadOnlySpan{char})"/>.</summary>
    /// <exception cref="ArgumentException">The id was added before.</exception>
    public DuplicateLinking.Link? Add(string id, ReadOnlySpan<char> text, ulong[]? signature)
    {
        ArgumentNullException.ThrowIfNull(id);
        int self = _items.Count;
        _byId.Add(id, self);
        if (signature is null)
        {
            _items.Add((id, null, []));
            return null;
        }

        long[] figures = MinHash.Figures(text);
        var link = DuplicateLinking.Decide(id, Similar(signature), c => MinHash.FiguresAgree(figures, _items[_byId[c]].Figures));
        _items.Add((id, signature, figures));
        for (int band = 0; band < MinHash.Bands; band++)
        {
            long key = MinHash.Bucket(signature, band);
            if (!_buckets.TryGetValue(key, out var list))
            {
                _buckets[key] = list = [];
            }

            list.Add(self);
        }

        if (link is not null)
        {
            foreach (var (group, similarity) in link.Demoted)
            {
                var moved = _copies.Remove(group, out var members) ? members : [];
                foreach (string m in moved)
                {
                    _copyOf[m] = (link.Original, _copyOf[m].Similarity);
                }

                Join(group, link.Original, similarity);
                Members(link.Original).AddRange(moved);
            }

            if (!link.IsOriginal)
            {
                Join(id, link.Original, link.OwnSimilarity);
            }
        }

        return link;
    }

    /// <summary>The original of the group text <paramref name="id"/> belongs to now, with its similarity; null when it is an original or alone.</summary>
    public (string Original, double Similarity)? CopyOf(string id) => _copyOf.TryGetValue(id, out var o) ? o : null;

    private void Join(string copy, string original, double similarity)
    {
        _copyOf[copy] = (original, similarity);
        Members(original).Add(copy);
    }

    private List<string> Members(string original)
    {
        if (!_copies.TryGetValue(original, out var list))
        {
            _copies[original] = list = [];
        }

        return list;
    }

    /// <summary>The added texts sharing a bucket with the signature at or above the threshold, with their groups' originals.</summary>
    private List<DuplicateLinking.Candidate> Similar(ulong[] signature)
    {
        var similar = new List<DuplicateLinking.Candidate>();
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
                if (s >= Threshold)
                {
                    string id = _items[item].Id;
                    similar.Add(new(id, _copyOf.TryGetValue(id, out var o) ? o.Original : id, s));
                }
            }
        }

        return similar;
    }
}
