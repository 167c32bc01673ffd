using System.Collections.Frozen;
using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Language;

/// <summary>The titles of <c>Language/Data/titles.tsv</c> (the file's comments define each column).</summary>
public static class Titles
{
    private static readonly List<string[]> s_rows = LanguageData.Table("titles", "words", "in_name", "role", "office");

    /// <summary>Words a recognized name may end with, dropped from it ("US President" → "US").</summary>
    public static readonly FrozenSet<string> EndOfName = InName("end");

    /// <summary>Words after which a person's name inside a recognized name is split off ("Governor X").</summary>
    public static readonly FrozenSet<string> BeforeName = InName("before");

    /// <summary>Roles a person is described by ("envoy", "spokesman", "wife").</summary>
    public static readonly FrozenSet<string> Roles = s_rows.Where(r => r[2] == "yes").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Office titles and their kinds, in the order an office title is read by (longer offices first).</summary>
    public static readonly IReadOnlyList<(string Words, OfficeKind Kind)> Offices =
        [.. s_rows.Where(r => r[3] != "-").Select(r => (r[0], Enum.Parse<OfficeKind>(r[3])))];

    private static FrozenSet<string> InName(string use)
        => s_rows.Where(r => r[1] == use || r[1] == "both").Select(r => r[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
