using System.Collections.Frozen;

namespace Sitrep.Core.Language;

/// <summary>The articles of <c>Language/Data/articles.tsv</c> by kind (the file's comments define each), matched without regard to case.</summary>
public static class ArticleWords
{
    private static readonly List<string[]> s_rows = Read(LanguageData.Open("articles"));

    /// <summary>Articles that introduce someone or something new ("a", "an", "another").</summary>
    public static readonly FrozenSet<string> Indefinite = s_rows.Where(r => r[1] == "indefinite").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_indefinite = Indefinite.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (as written: "A" or "a") is an indefinite article, without allocating.</summary>
    public static bool IsIndefinite(ReadOnlySpan<char> word) => s_indefinite.Contains(word);

    /// <summary>Reads a table of this file's columns (word, kind) from <paramref name="reader"/>.</summary>
    /// <exception cref="InvalidDataException">The header is not "word kind", or a row's kind is not definite or indefinite.</exception>
    public static List<string[]> Read(TextReader reader)
    {
        var rows = LanguageData.Read("articles", reader, "word", "kind");
        foreach (var row in rows)
        {
            if (row[1] is not ("definite" or "indefinite"))
            {
                throw new InvalidDataException($"language data 'articles': '{row[0]}' has the kind '{row[1]}', expected definite or indefinite");
            }
        }

        return rows;
    }
}
