using Sitrep.Core.Text;

namespace Sitrep.Store.Incidents;

/// <summary>
/// When two reports (events of different documents) are the same happening. Every test is over resolved values —
/// category, actor identities and countries, place, the days the resolved times allow, figures — never wording, and
/// symmetric, so that the incidents (the connected groups of linked reports) do not depend on the order documents
/// arrive in.
/// <list type="bullet">
/// <item>Categories the same, or a pair that reports of one happening are read as (<see cref="CompatibleTypes"/>).</item>
/// <item>Day ranges overlap (<see cref="IncidentReport.Days"/>: a stated day ± 1, a month, a week, else the days up to publication).</item>
/// <item>No contradiction: a slot's actors (source, target) are the same identity where both are known, their countries
/// the same where both are known, and the place countries the same where both are known. Talks and agreements are
/// symmetric: their actors may be read in either order.</item>
/// <item>And either both actors (source and target) known in both reports and the same, with one more piece of evidence
/// when both are only countries or groups (<see cref="PairEvidence"/>) — who did what to whom — or the same place
/// with both reports stating their day and one more piece of shared evidence (<see cref="Evidence"/>: a shared actor,
/// the same stated day, an equal figure) — what, where and when; a whole country as that place only for reports of the
/// same category, not merely compatible ones. Two countries alone are no happening: "Washington accused Japan" recurs
/// every week of a trade dispute, and "Brazil" as the place of a mining deal and of a coffee meeting on one day is most
/// of a continent (30 incidents of BBC + Reuters read in session 9 found 4 merged so of 10 merged wrongly). One shared actor with the other
/// unknown is not enough: an institution that acts every day (a central bank's market operations, a regulator's
/// filings, an export agency's bonuses) is no happening by itself; reading 30 incidents of BBC + Reuters under the
/// looser rule (three pieces of evidence of any kind) found 15 merged wrongly, most of them so.</item>
/// </list>
/// </summary>
public static class IncidentRules
{
    /// <summary>The groups of compatible categories (<c>Incidents/Data/compatible-categories.tsv</c>).</summary>
    private static readonly string[][] s_compatible = Compatible(TsvRows.EmbeddedText(typeof(IncidentRules).Assembly, "Sitrep.Store.Incidents.compatible-categories.tsv"));

    /// <summary>The groups of a compatible-categories table; a category in two groups is refused.</summary>
    /// <exception cref="FormatException">A category is in two groups, or a group has fewer than two categories.</exception>
    public static string[][] Compatible(string table)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<string[]>();
        foreach (var row in TsvRows.Read(new StringReader(table)))
        {
            string[] group = [.. row.Select(c => c.Trim()).Where(c => c.Length > 0)];
            if (group.Length < 2 || group.Any(c => !seen.Add(c)))
            {
                throw new FormatException($"compatible categories: '{string.Join(' ', row)}' needs two or more categories, each in one group only");
            }

            groups.Add(group);
        }

        return [.. groups];
    }

    /// <summary>Categories whose actors may be named in either order.</summary>
    private static readonly HashSet<string> s_symmetric = new(StringComparer.Ordinal) { "CONSULT", "AGREE", "COOPERATE" };

    /// <summary>The categories a report of <paramref name="type"/> may be linked with (itself first).</summary>
    public static IReadOnlyList<string> CompatibleTypes(string type)
    {
        var pair = s_compatible.FirstOrDefault(p => p.Contains(type, StringComparer.Ordinal));
        return pair is null ? [type] : [type, .. pair.Where(t => t != type)];
    }

    /// <summary>
    /// The evidence "who did what to whom" needs: a person, organisation or knowledge-base entity in one slot and a
    /// country in the other (2 + 1), or two countries or groups (1 + 1) with the same stated day, a shared place or an
    /// equal figure.
    /// </summary>
    public const int PairEvidence = 3;

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> report one happening.</summary>
    public static bool Linked(IncidentReport a, IncidentReport b)
    {
        int evidence = Evidence(a, b);
        if (evidence == 0)
        {
            return false;
        }

        // Who did what to whom: both actors known in both reports and the same.
        bool pair = evidence >= PairEvidence && a.SourceIdentity is not null && a.TargetIdentity is not null && b.SourceIdentity is not null && b.TargetIdentity is not null
            && ((a.SourceIdentity == b.SourceIdentity && a.TargetIdentity == b.TargetIdentity)
                || (s_symmetric.Contains(a.Type) && s_symmetric.Contains(b.Type) && a.SourceIdentity == b.TargetIdentity && a.TargetIdentity == b.SourceIdentity));

        // What, where and when: the same place and both reports stating their day.
        bool whereWhen = evidence >= 2 && a.StatedDay is not null && b.StatedDay is not null && a.PlaceKey is not null && a.PlaceKey == b.PlaceKey
            && (a.Type == b.Type || !WholeCountry(a));
        return pair || whereWhen;
    }

    /// <summary>Whether the report's place is a whole country (its name is a name of the country it is in, by the country table).</summary>
    public static bool WholeCountry(IncidentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.PlaceName is { Length: > 0 } name && report.PlaceCountry is { } country
            && Sitrep.Core.Knowledge.Countries.Shared.Code(name) == country;
    }

    /// <summary>The shared evidence of two reports (see the class), 0 when they cannot be one happening.</summary>
    public static int Evidence(IncidentReport a, IncidentReport b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.DocumentId == b.DocumentId || !CompatibleTypes(a.Type).Contains(b.Type, StringComparer.Ordinal)
            || a.DayFrom is not { } af || a.DayTo is not { } at || b.DayFrom is not { } bf || b.DayTo is not { } bt || at < bf || bt < af
            || !Agree(a.PlaceCountry, b.PlaceCountry))
        {
            return 0;
        }

        int actors = Actors(a.SourceIdentity, a.SourceCountry, a.TargetIdentity, a.TargetCountry, b.SourceIdentity, b.SourceCountry, b.TargetIdentity, b.TargetCountry);
        if (s_symmetric.Contains(a.Type) && s_symmetric.Contains(b.Type))
        {
            actors = Math.Max(actors, Actors(a.SourceIdentity, a.SourceCountry, a.TargetIdentity, a.TargetCountry, b.TargetIdentity, b.TargetCountry, b.SourceIdentity, b.SourceCountry));
        }

        if (actors < 0)
        {
            return 0;
        }

        bool samePlace = a.PlaceKey is not null && a.PlaceKey == b.PlaceKey;
        if (actors == 0 && !samePlace)
        {
            return 0;
        }

        int score = actors + (samePlace ? 1 : 0);
        if (a.StatedDay is { } sa && sa == b.StatedDay)
        {
            score++;
        }

        if (a.Figures.Any(f => b.Figures.Any(g => g.Kind == f.Kind && g.Unit == f.Unit && g.Value == f.Value)))
        {
            score++;
        }

        return score;
    }

    /// <summary>The actors' shared evidence in one reading of the slots; -1 when a slot contradicts.</summary>
    private static int Actors(string? s1, string? sc1, string? t1, string? tc1, string? s2, string? sc2, string? t2, string? tc2)
    {
        if (!Agree(s1, s2) || !Agree(t1, t2) || !Agree(sc1, sc2) || !Agree(tc1, tc2))
        {
            return -1;
        }

        return Weight(s1, s2) + Weight(t1, t2);
    }

    private static bool Agree(string? x, string? y) => x is null || y is null || x == y;

    /// <summary>A shared identity's weight: a person, an organisation or a knowledge-base entity 2; a country, group or other place-like actor 1.</summary>
    private static int Weight(string? x, string? y)
    {
        if (x is null || x != y)
        {
            return 0;
        }

        return EntityIdentity.IsPerson(x) || x.StartsWith("ORG:", StringComparison.Ordinal) ? 2 : 1;
    }
}
