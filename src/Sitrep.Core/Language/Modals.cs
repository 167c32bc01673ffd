using System.Collections.Frozen;

namespace Sitrep.Core.Language;

/// <summary>
/// The modal verbs of <c>Language/Data/modals.tsv</c>, by what they do to the act of the verb they govern (the file's
/// comments define each use). Lower case, as the tokenizer writes them.
/// </summary>
public static class Modals
{
    private static readonly string[] s_uses = ["future", "possibility", "obligation"];

    private static readonly List<(string Word, string[] Uses)> s_rows = Read(LanguageData.Open("modals"));

    /// <summary>The act is not yet done: PLOVER's future rule applies ("will", "would", "may").</summary>
    public static readonly FrozenSet<string> Future = Use("future");

    /// <summary>The act only may be done ("may", "might", "could").</summary>
    public static readonly FrozenSet<string> Possibility = Use("possibility");

    /// <summary>The act is called for, not done ("must", "should").</summary>
    public static readonly FrozenSet<string> Obligation = Use("obligation");

    /// <summary>Reads a table of this file's columns (word, uses) from <paramref name="reader"/>.</summary>
    /// <exception cref="InvalidDataException">The header is not "word uses", or a row names a use this reader does not know.</exception>
    public static List<(string Word, string[] Uses)> Read(TextReader reader) => LanguageData.ReadUses("modals", reader, s_uses);

    private static FrozenSet<string> Use(string use)
        => s_rows.Where(r => r.Uses.Contains(use)).Select(r => r.Word).ToFrozenSet(StringComparer.Ordinal);
}
