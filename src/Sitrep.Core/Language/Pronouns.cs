using System.Collections.Frozen;

namespace Sitrep.Core.Language;

/// <summary>What a personal pronoun says of what it stands for: person, number, gender.</summary>
public readonly record struct PronounFacts(int Person, string Number, string Gender)
{
    /// <summary>Can stand for a person ("he", "they", "I"; not "it").</summary>
    public bool Personal => Gender != "neuter";
}

/// <summary>The personal pronouns of <c>Language/Data/pronouns.tsv</c>, by form (the file's comments define each form).</summary>
public static class Pronouns
{
    private static readonly List<string[]> s_rows = LanguageData.Table("pronouns", "word", "person", "number", "gender", "form");

    /// <summary>Subject pronouns: "he", "she", "it", "they", "we", "I", "you".</summary>
    public static readonly FrozenDictionary<string, PronounFacts> Subjects = Form("subject");

    /// <summary>Object pronouns: "him", "her", "them".</summary>
    public static readonly FrozenDictionary<string, PronounFacts> Objects = Form("object");

    /// <summary>Possessives before a noun: "his", "her", "their", "its".</summary>
    public static readonly FrozenDictionary<string, PronounFacts> Determiners = Form("determiner");

    /// <summary>Reflexives: "himself", "themselves".</summary>
    public static readonly FrozenDictionary<string, PronounFacts> Reflexives = Form("reflexive");

    /// <summary>Every personal pronoun of any form.</summary>
    public static readonly FrozenDictionary<string, PronounFacts> All = s_rows
        .GroupBy(r => r[0], StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => Facts(g.First()), StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, PronounFacts> Form(string form)
        => s_rows.Where(r => r[4] == form).ToFrozenDictionary(r => r[0], Facts, StringComparer.OrdinalIgnoreCase);

    private static PronounFacts Facts(string[] row) => new(row[1][0] - '0', row[2], row[3]);
}
