using System.Collections.Frozen;

namespace Sitrep.Core.Tokenization;

/// <summary>Verbs that attribute a quotation just before them (“Why?” Smith asked): no sentence ends between the quote and them.</summary>
internal static class SpeechVerbs
{
    private static readonly FrozenSet<string> s_verbs = FrozenSet.Create(
        StringComparer.Ordinal,
        "said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes", "replied", "replies", "tweeted",
        "posted", "shouted", "yelled", "cried", "exclaimed", "insisted", "warned", "declared", "stated", "explained", "answered",
        "continued", "noted", "recalled", "wondered", "demanded", "urged", "argued", "claimed", "admitted", "joked", "whispered");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => s_lookup.Contains(word);
}
