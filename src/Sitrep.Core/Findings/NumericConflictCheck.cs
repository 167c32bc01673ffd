using System.Text.RegularExpressions;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Quantities;

namespace Sitrep.Core.Findings;

/// <summary>
/// numeric_conflict: two counts of one happening that cannot both be right ("51 people were arrested in the clash in
/// Kano" and later "35 arrested in the clash in Kano"). One happening: the same outcome (killed, wounded…), the same
/// group counted (people, soldiers… — "people" covers any), and the two sentences name the same place or the same
/// kind of incident, at no different times, with nothing saying it is another incident ("a separate shelling").
/// Qualifiers are respected ("at least 32" and "35" agree); a running total ("the toll rose to…", "in all") may only grow.
/// </summary>
public sealed partial class NumericConflictCheck : IConsistencyCheck
{
    private static readonly HashSet<string> s_incidents = new(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "attacks", "blast", "bombing", "explosion", "crash", "collision", "fire", "clash", "clashes", "shooting", "raid", "strike",
        "airstrike", "shelling", "collapse", "accident", "earthquake", "quake", "storm", "flood", "floods", "stampede", "riot", "riots",
        "protest", "protests", "ambush", "fighting", "battle", "derailment", "landslide", "hurricane", "typhoon", "cyclone", "massacre", "siege",
    };

    private static readonly string[] s_other = ["separate", "another", "second", "other", "earlier", "previous", "similar", "last year", "last month", "a year ago", "including", "of whom", "among them", "also"];

    private static readonly string[] s_totals = ["rose", "risen", "climbed", "increased", "toll", "more", "so far", "total", "since", "in all", "altogether", "overall"];

    public string Kind => "numeric_conflict";

    public IEnumerable<Finding> Check(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Counts of what happened to people; vague plurals ("hundreds of") and year-like figures are no basis for a conflict.
        var counts = document.GetOrDefault(Layers.Quantities, [])
            .Where(q => q.Kind == QuantityKind.Count && q.Counts is not null && q.Qualifier != Qualifier.About && !IsYearLike(q) && !IsVague(document, q)
                && q.Value < 1_000_000 && q.Value == Math.Floor(q.Value))
            .ToList();
        if (counts.Count < 2)
        {
            yield break;
        }

        var places = PlaceMentions(document);
        var times = document.GetOrDefault(Layers.Times, []);
        for (int i = 0; i < counts.Count; i++)
        {
            for (int j = i + 1; j < counts.Count; j++)
            {
                var a = counts[i];
                var b = counts[j];
                if (a.Counts != b.Counts || Compatible(a, b) || SentenceOf(document, a.Range) is not { } sa || SentenceOf(document, b.Range) is not { } sb || sa == sb)
                {
                    continue;
                }

                string textA = document.TextOf(sa);
                string textB = document.TextOf(sb);
                string? groupA = Group(document, a);
                string? groupB = Group(document, b);
                if (groupA is not null && groupB is not null && groupA != groupB)
                {
                    continue;
                }

                if (SameHappening(textA, textB, sa, sb, places) is not { } what || Mentions(textA, s_other) || Mentions(textB, s_other) || DifferentTimes(times, sa, sb))
                {
                    continue;
                }

                // A running total may grow: the sentence that speaks of one must give the larger figure, or it conflicts.
                bool totalA = Mentions(textA, s_totals);
                bool totalB = Mentions(textB, s_totals);
                if ((totalA || totalB) && !(totalA && !totalB ? High(a) < Low(b) : totalB && !totalA ? High(b) < Low(a) : false))
                {
                    continue;
                }

                yield return new Finding(Kind, Severity.Warning,
                    $"The article counts the people {a.Counts} in {what} as “{document.TextOf(a.Range)}” and later as “{document.TextOf(b.Range)}”; the two counts of the same happening do not agree.",
                    [a.Range, b.Range]);
            }
        }
    }

    /// <summary>What makes two sentences speak of one happening: a place both name, else a kind of incident both name.</summary>
    private static string? SameHappening(string textA, string textB, CharRange sa, CharRange sb, List<(CharRange Range, string Name)> places)
    {
        var inA = places.Where(p => sa.Contains(p.Range)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var inB = places.Where(p => sb.Contains(p.Range)).Select(p => p.Name).ToList();
        if (inB.FirstOrDefault(inA.Contains) is { } place)
        {
            return place;
        }

        if (inA.Count > 0 && inB.Count > 0)
        {
            return null; // two places: two happenings
        }

        var incidentsA = WordRegex().Matches(textA).Select(m => m.Value).Where(s_incidents.Contains).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return WordRegex().Matches(textB).Select(m => m.Value).FirstOrDefault(incidentsA.Contains) is { } incident ? "the " + incident.ToLowerInvariant() : null;
    }

    /// <summary>Both sentences date what they tell, to different days.</summary>
    private static bool DifferentTimes(IReadOnlyList<TimeExpression> times, CharRange sa, CharRange sb)
    {
        var ta = times.Where(t => t.Type == TimexType.Date && sa.Contains(t.Range)).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        var tb = times.Where(t => t.Type == TimexType.Date && sb.Contains(t.Range)).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        return ta.Count > 0 && tb.Count > 0 && !ta.Overlaps(tb);
    }

    /// <summary>The group counted: the noun for people right after the number ("51 soldiers"); null for "people" and the like, which cover any group.</summary>
    private static string? Group(Document document, Quantity q)
    {
        var m = WordRegex().Match(document.Text, q.Range.End);
        if (!m.Success || m.Index - q.Range.End > 2)
        {
            return null;
        }

        string w = m.Value.ToLowerInvariant();
        return w is "people" or "persons" or "person" or "others" || !QuantityLexicon.People.Contains(w) ? null : w;
    }

    private static bool Mentions(string sentence, string[] cues)
    {
        foreach (var cue in cues)
        {
            int i = sentence.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && (i == 0 || !char.IsLetter(sentence[i - 1])) && (i + cue.Length == sentence.Length || !char.IsLetter(sentence[i + cue.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYearLike(Quantity q) => q.Value is >= 1900 and <= 2100 && q.Value == Math.Floor(q.Value);

    private static bool IsVague(Document document, Quantity q)
    {
        var text = document.Text.AsSpan(q.Range.Start, q.Range.Length);
        return text.Contains("hundreds", StringComparison.OrdinalIgnoreCase) || text.Contains("thousands", StringComparison.OrdinalIgnoreCase)
            || text.Contains("dozens", StringComparison.OrdinalIgnoreCase) || text.Contains("millions", StringComparison.OrdinalIgnoreCase) || text.Contains("scores", StringComparison.OrdinalIgnoreCase);
    }

    private static double Low(Quantity q) => Interval(q).Low;

    private static double High(Quantity q) => Interval(q).High;

    private static (double Low, double High) Interval(Quantity q) => q.Qualifier switch
    {
        Qualifier.AtLeast or Qualifier.Over => (q.Value, double.PositiveInfinity),
        Qualifier.AtMost or Qualifier.Under => (0, q.Value),
        Qualifier.About => (q.Value * 0.8, q.Value * 1.2),
        _ => (q.Value, q.Value),
    };

    private static bool Compatible(Quantity a, Quantity b)
    {
        var (al, ah) = Interval(a);
        var (bl, bh) = Interval(b);
        return al <= bh && bl <= ah;
    }

    private static List<(CharRange Range, string Name)> PlaceMentions(Document document)
    {
        var list = new List<(CharRange, string)>();
        foreach (var e in document.GetOrDefault(Layers.Entities, []))
        {
            if (e.Type is EntityType.Gpe or EntityType.Loc or EntityType.Fac)
            {
                list.AddRange(e.Mentions.Select(m => (m, e.Name)));
            }
        }

        return list;
    }

    private static CharRange? SentenceOf(Document document, CharRange range)
        => document.TryGet(Layers.Sentences, out var sentences) ? Sentences.Holding(sentences, range.Start) : null;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordRegex();
}
