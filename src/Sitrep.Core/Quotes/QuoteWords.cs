using System.Collections.Frozen;

namespace Sitrep.Core.Quotes;

/// <summary>The word lists quote attribution reads: reporting verbs, pronouns, titles and the words that end a speaker phrase.</summary>
internal static class QuoteWords
{
    // Reporting verbs: Language/Data/reporting-verbs.tsv.
    private static readonly FrozenSet<string> s_cues = Set(Language.ReportingVerbs.Cues);

    private static readonly FrozenSet<string> s_lowerCues = FrozenSet.Create(StringComparer.Ordinal, [.. s_cues.Select(w => w.ToLowerInvariant())]);

    private static readonly FrozenSet<string> s_verbLike = Set(
        "is", "was", "are", "were", "be", "has", "have", "had", "will", "would", "should", "could", "can", "may", "might", "must", "does",
        "did", "do", "wants", "want", "needs", "thinks", "knows", "believes");

    private static readonly FrozenSet<string> s_sayingVerbs = Set(Language.ReportingVerbs.Clause);

    // Matched as written (lower case), as the reported-speech finder read them.
    private static readonly FrozenSet<string> s_addresseeVerbs = Language.ReportingVerbs.Set(Language.ReportingVerbs.Addressee, StringComparer.Ordinal);
    private static readonly FrozenSet<string> s_pronounClauseVerbs = Language.ReportingVerbs.Set(Language.ReportingVerbs.PronounClause, StringComparer.Ordinal);
    private static readonly FrozenSet<string> s_nounClauseVerbs = Language.ReportingVerbs.Set(Language.ReportingVerbs.NounClause, StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_speechNouns = Set("statement", "interview", "tweet", "post", "speech", "remarks", "letter", "email", "release", "op-ed", "column", "video", "ad", "message");

    // Subject pronouns: Language/Data/pronouns.tsv.
    private static readonly FrozenSet<string> s_pronouns = Language.Pronouns.Subjects.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> s_betweenSubjectAndCue = Set(
        "has", "have", "had", "also", "later", "then", "previously", "once", "recently", "repeatedly", "again", "reportedly", "was", "is",
        "were", "are", "would", "will", "did", "does", "do", "just", "already", "further", "often", "never", "not", "n't", "still", "even",
        "has", "since", "first", "last", "once", "could", "may", "might", "should", "can", "been", "being", "publicly", "privately", "simply",
        "flatly", "bluntly", "angrily", "quickly", "famously", "frequently", "apparently", "allegedly", "subsequently", "finally", "initially",
        "earlier", "yesterday", "today", "tonight", "ultimately", "himself", "herself", "themselves", "directly", "explicitly", "openly");

    private static readonly FrozenSet<string> s_phraseStops = Set(
        "that", "which", "who", "whom", "whose", "where", "when", "while", "as", "after", "before", "because", "since", "if", "though",
        "although", "but", "so", "then", "with", "without", "to", "is", "was", "are", "were", "be", "been", "has", "have", "had", "said",
        "says", "told", "and", "or", "nor", "than", "until", "unless", "whether", "about", "also", "it", "this", "these", "those", "there",
        "here", "how", "what", "why", "not", "did", "does", "do", "would", "will", "can", "could", "should", "may", "might", "must", "by",
        "into", "onto", "upon", "against", "over", "under", "between", "through", "during", "like", "yet", "however", "instead", "even",
        "just", "only", "also", "too", "very", "really", "then", "now", "ago");

    private static readonly FrozenSet<string> s_rightStops = Set(
        "in", "on", "at", "during", "to", "after", "before", "who", "which", "that", "while", "when", "as", "with", "from", "and", "but",
        "adding", "noting", "referring", "speaking", "according", "last", "this", "earlier", "later", "since", "about", "because", "if",
        "of", "for", "by", "told", "said", "says", "asked", "wrote", "added");

    // Title words of a speaker phrase: Language/Data/titles.tsv, column speaker.
    private static readonly FrozenSet<string> s_titles = Language.Titles.SpeakerPhrase;

    private static readonly FrozenSet<string> s_timeWords = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "recently", "earlier",
        "later", "again", "also", "previously", "once", "afterward", "afterwards", "then", "now", "last", "this", "morning", "afternoon", "evening",
        "night", "week", "month", "year", "repeatedly", "publicly", "privately");

    private static readonly FrozenSet<string> s_determiners = Set("the", "a", "an", "one", "another", "his", "her", "their", "its", "two", "three", "several", "some", "many", "other", "both");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lowerCueLookup = s_lowerCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_cueLookup = s_cues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_verbLikeLookup = s_verbLike.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_sayingLookup = s_sayingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_addresseeLookup = s_addresseeVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_pronounClauseLookup = s_pronounClauseVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_nounClauseLookup = s_nounClauseVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_nounLookup = s_speechNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_pronounLookup = s_pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_betweenLookup = s_betweenSubjectAndCue.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_stopLookup = s_phraseStops.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_rightStopLookup = s_rightStops.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titleLookup = s_titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_timeLookup = s_timeWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_determinerLookup = s_determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A reporting verb in any form ("said", "tweeted", "describing").</summary>
    public static bool IsCue(ReadOnlySpan<char> word) => s_cueLookup.Contains(word);

    /// <summary>A reporting verb written in lower case (an ordinal lookup: the per-token hot path).</summary>
    public static bool IsLowerCaseCue(ReadOnlySpan<char> word) => word.Length <= 14 && s_lowerCueLookup.Contains(word);

    /// <summary>A noun naming a speech act ("in a statement", "in an interview").</summary>
    public static bool IsSpeechNoun(ReadOnlySpan<char> word) => s_nounLookup.Contains(word);

    /// <summary>Auxiliaries and common verbs that show a phrase is the subject of a clause.</summary>
    public static bool IsVerbLike(ReadOnlySpan<char> word) => s_verbLikeLookup.Contains(word);

    /// <summary>Verbs of saying that take a clause ("said that…", "argues the plan…").</summary>
    public static bool IsSayingVerb(ReadOnlySpan<char> word) => s_sayingLookup.Contains(word);

    /// <summary>Verbs after which the one spoken to may stand before the clause ("told reporters that…").</summary>
    public static bool TakesAddressee(ReadOnlySpan<char> word) => s_addresseeLookup.Contains(word);

    /// <summary>Verbs whose clause may begin, without "that", at a pronoun or determiner ("said he would").</summary>
    public static bool TakesPronounClause(ReadOnlySpan<char> word) => s_pronounClauseLookup.Contains(word);

    /// <summary>Verbs whose clause may begin, without "that", at a noun phrase followed by its verb ("said exports rose").</summary>
    public static bool TakesNounClause(ReadOnlySpan<char> word) => s_nounClauseLookup.Contains(word);

    public static bool IsPronoun(ReadOnlySpan<char> word) => s_pronounLookup.Contains(word);

    /// <summary>Adverbs and auxiliaries that may stand between a speaker and the cue ("Trump has also said").</summary>
    public static bool IsBetweenSubjectAndCue(ReadOnlySpan<char> word)
        => s_betweenLookup.Contains(word) || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]));

    /// <summary>Words that end a speaker phrase read leftwards from its cue.</summary>
    public static bool IsPhraseStop(ReadOnlySpan<char> word) => s_stopLookup.Contains(word);

    /// <summary>Words that end a speaker phrase read rightwards from its cue ("said Trump in a statement").</summary>
    public static bool IsRightStop(ReadOnlySpan<char> word) => s_rightStopLookup.Contains(word);

    /// <summary>Titles, roles and adjectives that precede a name and are not part of it ("US President").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => s_titleLookup.Contains(word) || IsNationality(word);

    public static bool IsTimeWord(ReadOnlySpan<char> word) => s_timeLookup.Contains(word);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => s_determinerLookup.Contains(word);

    /// <summary>"Russian", "Ukrainian", "Chinese", "British": a capitalized adjective of nationality, by its ending.</summary>
    public static bool IsNationality(ReadOnlySpan<char> word)
        => word.Length > 4 && char.IsUpper(word[0])
            && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
                || word is "American" or "Mexican" or "Korean" or "Israeli" or "Iraqi" or "Saudi" or "Pakistani" or "Afghan" or "Turkish" or "German"
                    or "French" or "Dutch" or "Greek" or "European" or "African" or "Cuban" or "Syrian" or "Iranian");

    private static FrozenSet<string> Set(params string[] words) => FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words);
}
