using System.Collections.Frozen;

namespace Sitrep.Core.Tokenization;

/// <summary>Verbs that attribute a quotation just before them (“Why?” Smith asked): no sentence ends between the quote and them.</summary>
internal static class SpeechVerbs
{
    // Language/Data/reporting-verbs.tsv, use "after-quote" (matched as written: "Said" after a quote is no attribution).
    private static readonly FrozenSet<string> s_verbs = Language.ReportingVerbs.Set(Language.ReportingVerbs.AfterQuote, StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => s_lookup.Contains(word);
}
