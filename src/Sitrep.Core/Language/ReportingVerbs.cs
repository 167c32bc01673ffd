using System.Collections.Frozen;

namespace Sitrep.Core.Language;

/// <summary>
/// The reporting verbs of <c>Language/Data/reporting-verbs.tsv</c>, by use (the file's comments define each use): the
/// quote reader's cues, the sentence splitter's verbs after a quote, the reported-speech finder's clause-taking verbs,
/// the event reader's verbs of saying and knowing. Lower case; each reader builds its own lookup with its own comparer.
/// </summary>
public static class ReportingVerbs
{
    private static readonly string[] s_uses = ["cue", "after-quote", "clause", "addressee", "pronoun-clause", "noun-clause", "not-actor"];

    private static readonly List<(string Word, string[] Uses)> s_rows = Read(LanguageData.Open("reporting-verbs"));

    /// <summary>Attribute a quote or reported speech to their subject ("said", "tweeted", "describing").</summary>
    public static readonly string[] Cues = Use("cue");

    /// <summary>Right after a closing quotation mark they attribute that quote (“Why?” Smith asked).</summary>
    public static readonly string[] AfterQuote = Use("after-quote");

    /// <summary>Take a clause of what was said ("said that…", "argues the plan…").</summary>
    public static readonly string[] Clause = Use("clause");

    /// <summary>The one spoken to may stand between the verb and its clause ("told reporters that…").</summary>
    public static readonly string[] Addressee = Use("addressee");

    /// <summary>The clause may begin, without "that", at a pronoun or determiner ("said he would").</summary>
    public static readonly string[] PronounClause = Use("pronoun-clause");

    /// <summary>The clause may begin, without "that", at a noun phrase followed by its verb ("said exports rose").</summary>
    public static readonly string[] NounClause = Use("noun-clause");

    /// <summary>Lemmas of saying and knowing, whose subject is no actor of the event in what follows them.</summary>
    public static readonly string[] NotActor = Use("not-actor");

    /// <summary>The words of one use, as a set with <paramref name="comparer"/>.</summary>
    public static FrozenSet<string> Set(string[] words, StringComparer comparer) => FrozenSet.Create(comparer, words);

    private static string[] Use(string use) => [.. s_rows.Where(r => r.Uses.Contains(use)).Select(r => r.Word)];

    /// <summary>Reads a table of this file's columns (word, uses) from <paramref name="reader"/>.</summary>
    /// <exception cref="InvalidDataException">The header is not "word uses", or a row names a use this reader does not know.</exception>
    public static List<(string Word, string[] Uses)> Read(TextReader reader) => LanguageData.ReadUses("reporting-verbs", reader, s_uses);
}
