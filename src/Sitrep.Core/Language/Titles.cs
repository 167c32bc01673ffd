using System.Collections.Frozen;
using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Language;

/// <summary>The titles of <c>Language/Data/titles.tsv</c> (the file's comments define each column).</summary>
public static class Titles
{
    private static readonly List<string[]> s_rows = LanguageData.Table("titles", "words", "in_name", "role", "office", "speaker", "address");

    /// <summary>Words a recognized name may end with, dropped from it ("US President" → "US").</summary>
    public static readonly FrozenSet<string> EndOfName = InName("end");

    /// <summary>Words after which a person's name inside a recognized name is split off ("Governor X").</summary>
    public static readonly FrozenSet<string> BeforeName = InName("before");

    /// <summary>Roles a person is described by ("envoy", "spokesman", "wife").</summary>
    public static readonly FrozenSet<string> Roles = s_rows.Where(r => r[2] == "yes").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Office titles and their kinds, in the order an office title is read by (longer offices first).</summary>
    public static readonly IReadOnlyList<(string Words, OfficeKind Kind)> Offices =
        [.. s_rows.Where(r => r[3] != "-").Select(r => (r[0], Enum.Parse<OfficeKind>(r[3])))];

    /// <summary>
    /// Words the quote reader takes as part of a title phrase beside a speaker's name ("former", "u.s.", "secretary"),
    /// one word each.
    /// </summary>
    public static readonly FrozenSet<string> SpeakerPhrase = s_rows.Where(r => r[4] == "yes")
        .Select(r => r[0].Contains(' ', StringComparison.Ordinal)
            ? throw new InvalidDataException($"language data 'titles': '{r[0]}' is marked speaker yes, but a speaker-phrase word is one word")
            : r[0])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Forms of address that come only before a person's name ("Mr", "Lord", "Dr").</summary>
    public static readonly FrozenSet<string> Address = s_rows.Where(r => r[5] == "yes").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every title of one word ("justice", "chief", "mr").</summary>
    public static readonly FrozenSet<string> Words = s_rows.Where(r => !r[0].Contains(' ', StringComparison.Ordinal)).Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string> InName(string use)
        => s_rows.Where(r => r[1] == use || r[1] == "both").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
