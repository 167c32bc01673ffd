using System.Collections.Frozen;

namespace Sitrep.Core.Tagging;

/// <summary>UPOS tag names as written in CoNLL-U ("PROPN"), and back.</summary>
public static class UposNames
{
    private static readonly string[] Names =
        ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"];

    private static readonly FrozenDictionary<string, UposTag> ByName =
        Names.Select((n, i) => (n, (UposTag)i)).ToFrozenDictionary(p => p.n, p => p.Item2, StringComparer.Ordinal);

    /// <summary>All 17 names, indexed by <see cref="UposTag"/>.</summary>
    public static IReadOnlyList<string> All => Names;

    public static int Count => Names.Length;

    public static string Name(UposTag tag) => Names[(int)tag];

    /// <summary>The tag of a CoNLL-U UPOS name; false for "_" or an unknown name.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out UposTag tag)
        => ByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out tag);
}
