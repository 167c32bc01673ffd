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

    /// <summary>Whether <paramref name="token"/> hangs from <paramref name="ancestor"/>, directly or through other tokens (not itself).</summary>
    public bool IsUnder(int token, int ancestor)
    {
        for (int h = _heads[token], hops = 0; h >= 0 && hops < _heads.Length; h = _heads[h], hops++)
        {
            if (h == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The root of the tree that holds <paramref name="token"/> (its sentence's main word; itself when it is one).</summary>
    public int RootOf(int token)
    {
        int root = token;
        for (int hops = 0; _heads[root] >= 0 && hops < _heads.Length; hops++)
        {
            root = _heads[root];
        }

        return root;
    }

    /// <summary>The tokens whose head is <paramref name="token"/>, in text order.</summary>
    public ReadOnlySpan<int> Children(int token)
    {
        var (starts, children) = _children ?? BuildChildren();
        return children.AsSpan(starts[token], starts[token + 1] - starts[token]);
    }

    /// <summary>The first child of <paramref name="token"/> whose universal relation is <paramref name="relation"/>
    /// ("nsubj" also finds "nsubj:pass"), or −1.</summary>
    public int FirstChild(int token, string relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        foreach (int child in Children(token))
        {
            string name = Relation(child);
            if (name.Length >= relation.Length && name.StartsWith(relation, StringComparison.Ordinal)
                && (name.Length == relation.Length || name[relation.Length] == ':'))
            {
                return child;
            }
        }
        return -1;
    }

    // Children in compressed rows (starts[t]..starts[t+1] index children), built on first use: a counting sort
    // of the tokens by head, which keeps each row in text order.
    private (int[] Starts, int[] Children)? _children;

    private (int[] Starts, int[] Children) BuildChildren()
    {
        var starts = new int[_heads.Length + 1];
        foreach (int head in _heads)
        {
            if (head >= 0)
            {
                starts[head + 1]++;
            }
        }
        for (int i = 0; i < _heads.Length; i++)
        {
            starts[i + 1] += starts[i];
        }
        var children = new int[starts[_heads.Length]];
        var next = (int[])starts.Clone();
        for (int token = 0; token < _heads.Length; token++)
        {
            int head = _heads[token];
            if (head >= 0)
            {
                children[next[head]++] = token;
            }
        }
        var built = (starts, children);
        _children = built;
        return built;
    }

    /// <summary>"nsubj:pass" → "nsubj".</summary>
    public static string Universal(string relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        int colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation[..colon];
    }
}
