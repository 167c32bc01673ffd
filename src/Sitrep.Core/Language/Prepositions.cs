using System.Collections.Frozen;

namespace Sitrep.Core.Language;

/// <summary>
/// The prepositions of <c>Language/Data/prepositions.tsv</c>, by what a name after them is to an event or a speaker (the file's
/// comments define each use). Lower case, matched as written.
/// </summary>
public static class Prepositions
{
    private static readonly string[] s_uses = ["place", "place-in-sentence", "target", "destination", "affiliation"];

    private static readonly List<(string Word, string[] Uses)> s_rows = Read(LanguageData.Open("prepositions"));

    /// <summary>A place after it, read from the parse, is where the act happened, not an actor ("in", "near").</summary>
    public static readonly FrozenSet<string> Place = Use("place");

    /// <summary>A resolved place after it in the event's sentence is the event's place ("in", "at", "from").</summary>
    public static readonly FrozenSet<string> PlaceInSentence = Use("place-in-sentence");

    /// <summary>Its object is the act's target or other side ("against", "with", "on").</summary>
    public static readonly FrozenSet<string> Target = Use("target");

    /// <summary>A place after it is where someone went or sent something ("to", "into").</summary>
    public static readonly FrozenSet<string> Destination = Use("destination");

    /// <summary>After a described person, a name after it is whom the person speaks or works for ("for", "at", "to").</summary>
    public static readonly FrozenSet<string> Affiliation = Use("affiliation");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_affiliation = Affiliation.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (lower case, as written) is one of <see cref="Affiliation"/>, without allocating.</summary>
    public static bool IsAffiliation(ReadOnlySpan<char> word) => s_affiliation.Contains(word);

    /// <summary>Reads a table of this file's columns (word, uses) from <paramref name="reader"/>.</summary>
    /// <exception cref="InvalidDataException">The header is not "word uses", or a row names a use this reader does not know.</exception>
    public static List<(string Word, string[] Uses)> Read(TextReader reader) => LanguageData.ReadUses("prepositions", reader, s_uses);

    private static FrozenSet<string> Use(string use)
        => s_rows.Where(r => r.Uses.Contains(use)).Select(r => r.Word).ToFrozenSet(StringComparer.Ordinal);
}
