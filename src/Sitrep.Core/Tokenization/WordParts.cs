using System.Collections.Frozen;

namespace Sitrep.Core.Tokenization;

/// <summary>
/// Lexical facts the tokenizer needs about word parts: prefixes that stay joined by a hyphen ("non-profit",
/// "e-mail"), contractions written without an apostrophe
/// and where they split ("cannot" → "can|not", "gonna" → "gon|na", "dont" → "do|nt"), as in UD English.
/// </summary>
internal static class WordParts
{
    private static readonly FrozenSet<string> s_prefixes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "e", "non", "pre", "post", "anti", "re", "co", "mid", "multi", "pro", "ex", "semi", "sub", "cross", "neo", "micro", "psycho",
        "un", "over", "mini", "pan", "bi", "tri", "intra", "macro", "meta", "quasi", "pseudo", "ultra", "hyper", "de", "mis");

    private static readonly FrozenDictionary<string, int> s_contractions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3, ["gonna"] = 3, ["wanna"] = 3, ["gotta"] = 3, ["dont"] = 2, ["didnt"] = 3, ["doesnt"] = 4, ["isnt"] = 2,
        ["wasnt"] = 3, ["arent"] = 3, ["werent"] = 4, ["havent"] = 4, ["hasnt"] = 3, ["hadnt"] = 3, ["couldnt"] = 5,
        ["wouldnt"] = 5, ["shouldnt"] = 6, ["wont"] = 2, ["cant"] = 2, ["aint"] = 2, ["mustnt"] = 4, ["neednt"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_prefixLookup = s_prefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_contractionLookup = s_contractions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a hyphen after <paramref name="left"/> stays inside the word (UD English splits all other hyphens, "twenty|-|five" too).</summary>
    public static bool JoinsHyphen(ReadOnlySpan<char> left) => left.Length <= 6 && s_prefixLookup.Contains(left);

    /// <summary>Where a contraction written without an apostrophe splits, or 0.</summary>
    public static int ContractionSplit(ReadOnlySpan<char> word) =>
        word.Length is >= 4 and <= 8 && s_contractionLookup.TryGetValue(word, out int at) ? at : 0;

    /// <summary>True for the clitics split off before an apostrophe: 's 're 've 'll 'd 'm (any case).</summary>
    public static bool IsClitic(ReadOnlySpan<char> tail) => tail.Length switch
    {
        1 => (tail[0] | 0x20) is 's' or 'd' or 'm',
        2 => ((tail[0] | 0x20) == 'r' && (tail[1] | 0x20) == 'e') || ((tail[0] | 0x20) == 'v' && (tail[1] | 0x20) == 'e') || ((tail[0] | 0x20) == 'l' && (tail[1] | 0x20) == 'l'),
        _ => false,
    };
}
