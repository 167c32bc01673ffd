namespace Sitrep.Core.Tagging;

/// <summary>
/// The per-token values that feature templates combine: hashes of the word, its shapes and affixes, plus
/// lexicon facts (word cluster, gazetteer marks, tag class). Computed once per token, then read by every template.
/// </summary>
#pragma warning disable CA1051, CA1815 // a plain row of the hot path: public fields by design, never compared
public struct TokenAtoms
{
    /// <summary>The word exactly as written.</summary>
    public ulong Raw;

    /// <summary>The word lower-cased, digits folded to 0.</summary>
    public ulong Lower;

    /// <summary>Character classes with runs collapsed ("Xx", "d.d", "X.X.").</summary>
    public ulong Shape;

    /// <summary>Character classes with runs capped at four ("Xxxxx" → "Xxxxx", "Washington" → "Xxxxx").</summary>
    public ulong LongShape;

    /// <summary>The short shape of the lower-cased word (case removed).</summary>
    public ulong FoldedShape;

    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Prefix4;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;

    public AtomFlags Flags;

    /// <summary>Word-cluster ids packed as (c64 + 1) | (c256 + 1) &lt;&lt; 8 | (c1024 + 1) &lt;&lt; 18; 0 when unknown.</summary>
    public int Cluster;

    /// <summary>Gazetteer marks of the longest phrase covering this token (<see cref="GazetteerMarks"/>).</summary>
    public int Gazetteer;

    /// <summary>How the news writes the word mid-sentence: 0 unknown, 1 lower case, 2 capitalized, 3 both.</summary>
    public int Casing;

    /// <summary>The set of POS tags this word had in training (bit per tag); 0 when unknown.</summary>
    public int TagClass;
}
#pragma warning restore CA1051, CA1815
