using System.Collections.Frozen;

namespace Sitrep.Core.Language;

/// <summary>
/// The combining forms of country names (<c>Language/Data/combining-forms.tsv</c>): "Franco" in "a Franco-German
/// meeting", "Sino" in "Sino-Soviet talks". Only the first word of a hyphenated pair of country words is one.
/// </summary>
public static class CombiningForms
{
    private static readonly FrozenDictionary<string, string> s_forms = Read(LanguageData.Open("combining-forms"));

    /// <summary>The ISO3 code of a combining form (any case), or null.</summary>
    public static string? Country(string form) => s_forms.TryGetValue(form, out var code) ? code : null;

    /// <summary>Reads a table of this file's columns (form, country) from <paramref name="reader"/>.</summary>
    /// <exception cref="InvalidDataException">The header is not "form country", or a country is not three capital letters.</exception>
    public static FrozenDictionary<string, string> Read(TextReader reader)
    {
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in LanguageData.Read("combining-forms", reader, "form", "country"))
        {
            if (row[1].Length != 3 || !row[1].All(char.IsAsciiLetterUpper))
            {
                throw new InvalidDataException($"language data 'combining-forms': '{row[0]}' has the country '{row[1]}', expected an ISO 3166-1 alpha-3 code");
            }

            forms[row[0]] = row[1];
        }

        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
