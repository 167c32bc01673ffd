namespace Sitrep.Core.Text;

/// <summary>
/// The near-duplicate rule, in one place for the store (<c>Sitrep.Store</c>'s marker, over its tables) and the in-memory
/// <see cref="DuplicateIndex"/> (evaluations, batch tools). A new document is linked to every group of copies that holds a
/// document similar to it (MinHash similarity at or above the threshold) whose figures agree with it
/// (<see cref="MinHash.FiguresAgree"/>: templated reports share words, not figures). The groups are the connected parts of
/// that relation, each under its lowest document id (ordinal), so what is a copy of what does not depend on the order
/// documents arrive in: a document that links two groups merges them under the lower original.
/// </summary>
public static class DuplicateLinking
{
    /// <summary>A stored document at or above the threshold: its id, its group's original (itself when it is one) and the similarity.</summary>
    public readonly record struct Candidate(string Id, string Original, double Similarity);

    /// <summary>
    /// What adding a document does: the original of its (possibly merged) group, the best similarity, whether the new
    /// document is itself that original, and the groups whose originals become copies of it (<c>Demoted</c>, in id order,
    /// each with the similarity that linked it).
    /// </summary>
    public sealed record Link(string Original, double Similarity, bool IsOriginal, IReadOnlyList<(string Group, double Similarity)> Demoted)
    {
        /// <summary>The similarity recorded for the new document when it is a copy: its link to the original's group, else its best.</summary>
        public double OwnSimilarity { get; init; }
    }

    /// <summary>
    /// Decides the links of document <paramref name="id"/> from its candidates (<paramref name="similar"/>, any order):
    /// the most similar candidate of each group whose figures agree (<paramref name="figuresAgree"/>, asked most similar
    /// first, only for candidates of groups not linked yet) links it to that group. Null when no group is linked.
    /// </summary>
    public static Link? Decide(string id, IEnumerable<Candidate> similar, Func<string, bool> figuresAgree)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(similar);
        ArgumentNullException.ThrowIfNull(figuresAgree);
        var groups = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var c in similar.OrderByDescending(c => c.Similarity).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            if (!groups.ContainsKey(c.Original) && figuresAgree(c.Id))
            {
                groups[c.Original] = c.Similarity;
            }
        }

        if (groups.Count == 0)
        {
            return null;
        }

        string original = groups.Keys.Append(id).Min(StringComparer.Ordinal)!;
        var demoted = groups.Where(g => g.Key != original).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Value)).ToList();
        double best = groups.Values.Max();
        return new Link(original, best, original == id, demoted) { OwnSimilarity = groups.TryGetValue(original, out double own) ? own : best };
    }
}
