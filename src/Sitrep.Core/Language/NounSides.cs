using System.Collections.Frozen;

namespace Sitrep.Core.Language;

/// <summary>
/// The sides a preposition after an event noun names, by the noun's PLOVER category (<c>Language/Data/noun-sides.tsv</c>):
/// "a summit of EC leaders" (the participants, the source), "the arrest of the opposition leader" (the one arrested, the
/// target), "an attack by rebels" (the source, whatever the category).
/// </summary>
public static class NounSides
{
    /// <summary>What the name after a preposition is to an event noun's act.</summary>
    public enum Side
    {
        /// <summary>The preposition names no side of this category here (prepositions.tsv may: its target use).</summary>
        None,

        /// <summary>The one who acts.</summary>
        Source,

        /// <summary>The one it is done to.</summary>
        Target,
    }

    private static readonly FrozenDictionary<string, (string Category, Side Side)[]> s_sides = Read(LanguageData.Open("noun-sides"));

    /// <summary>The side the name after <paramref name="preposition"/> (lower case) is to a noun of <paramref name="category"/>.</summary>
    public static Side Of(string preposition, string category)
    {
        if (!s_sides.TryGetValue(preposition, out var rows))
        {
            return Side.None;
        }

        foreach (var (c, side) in rows)
        {
            if (c == category || c == "*")
            {
                return side;
            }
        }

        return Side.None;
    }

    /// <summary>Reads a table of this file's columns (preposition, side, categories) from <paramref name="reader"/>: for
    /// each preposition, its (category, side) pairs in the file's order (category * for all).</summary>
    /// <exception cref="InvalidDataException">The header is not "preposition side categories", or a row's side is not source or target.</exception>
    public static FrozenDictionary<string, (string Category, Side Side)[]> Read(TextReader reader)
    {
        var sides = new Dictionary<string, List<(string, Side)>>(StringComparer.Ordinal);
        foreach (var row in LanguageData.Read("noun-sides", reader, "preposition", "side", "categories"))
        {
            var side = row[1] switch
            {
                "source" => Side.Source,
                "target" => Side.Target,
                _ => throw new InvalidDataException($"language data 'noun-sides': '{row[0]}' has the side '{row[1]}', expected source or target"),
            };
            if (!sides.TryGetValue(row[0], out var list))
            {
                sides[row[0]] = list = [];
            }

            foreach (string category in row[2].Split(','))
            {
                list.Add((category, side));
            }
        }

        return sides.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
