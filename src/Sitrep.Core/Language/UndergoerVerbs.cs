using System.Collections.Frozen;

namespace Sitrep.Core.Language;

/// <summary>
/// The verbs of <c>Language/Data/undergoer-verbs.tsv</c>: their subject undergoes (or only sees) what their object
/// names, so an act named by their object is not the subject's ("people had fled the fighting": the people are no
/// attackers). Lemmas, lower case.
/// </summary>
public static class UndergoerVerbs
{
    private static readonly FrozenDictionary<string, bool> s_verbs = Read(LanguageData.Open("undergoer-verbs"));

    /// <summary>Whether the subject of <paramref name="lemma"/> undergoes its object's act: true, the subject is that
    /// act's target; false, it is neither side; null, the verb is not listed.</summary>
    public static bool? SubjectIsTarget(string lemma) => s_verbs.TryGetValue(lemma, out var target) ? target : null;

    /// <summary>Reads a table of this file's columns (lemma, subject) from <paramref name="reader"/>.</summary>
    /// <exception cref="InvalidDataException">The header is not "lemma subject", or a row's subject is not target or none.</exception>
    public static FrozenDictionary<string, bool> Read(TextReader reader)
    {
        var verbs = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var row in LanguageData.Read("undergoer-verbs", reader, "lemma", "subject"))
        {
            verbs[row[0]] = row[1] switch
            {
                "target" => true,
                "none" => false,
                _ => throw new InvalidDataException($"language data 'undergoer-verbs': '{row[0]}' has the subject '{row[1]}', expected target or none"),
            };
        }

        return verbs.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
