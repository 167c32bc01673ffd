namespace Sitrep.Core.Parsing;

/// <summary>
/// The document's parse layer: for every token, its head (a document token index, −1 for a sentence's root word)
/// and its dependency relation (UD names with subtypes: "nsubj:pass", "obl:agent"); parallel to the token list.
/// A head is always in the token's own sentence.
/// </summary>
public sealed class DependencyTree
{
    private readonly int[] _heads;
    private readonly byte[] _relations;
    private readonly IReadOnlyList<string> _names;

    public DependencyTree(int[] heads, byte[] relations, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(names);
        if (heads.Length != relations.Length)
        {
            throw new ArgumentException("one relation per head", nameof(relations));
        }

        _heads = heads;
        _relations = relations;
        _names = names;
    }

    public int Count => _heads.Length;

    /// <summary>The head of <paramref name="token"/>, or −1 when it is its sentence's root.</summary>
    public int Head(int token) => _heads[token];

    /// <summary>The relation of <paramref name="token"/> to its head, with its subtype ("nsubj:pass").</summary>
    public string Relation(int token) => _names[_relations[token]];

    /// <summary>The universal relation without the subtype ("nsubj" for "nsubj:pass").</summary>
    public string UniversalRelation(int token) => Universal(Relation(token));

    public ReadOnlySpan<int> Heads => _heads;

    /// <summary>"nsubj:pass" → "nsubj".</summary>
    public static string Universal(string relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        int colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation[..colon];
    }
}
