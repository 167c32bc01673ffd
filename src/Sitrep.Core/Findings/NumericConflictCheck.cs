using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Findings;

/// <summary>
/// numeric_conflict: the same count of people given two incompatible ways in one article ("32 killed" and "28 killed")
/// about one event — both counts say the same thing happened (killed, wounded…) and their sentences name the same
/// place. Qualifiers are respected: "at least 32" and "35" agree; "at least 32" and "28" do not.
/// </summary>
public sealed class NumericConflictCheck : IConsistencyCheck
{
    public string Kind => "numeric_conflict";

    public IEnumerable<Finding> Check(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Vague plurals ("hundreds of") and year-like figures are no basis for a conflict.
        var counts = document.GetOrDefault(Layers.Quantities, [])
            .Where(q => q.Kind == QuantityKind.Count && q.Counts is not null && q.Qualifier != Qualifier.About && !IsYearLike(q) && !IsVague(document, q)
                && q.Value < 1_000_000 && q.Value == Math.Floor(q.Value))
            .ToList();
        if (counts.Count < 2)
        {
            yield break;
        }

        var places = PlaceMentions(document);
        var reported = new HashSet<(int, int)>();
        for (int i = 0; i < counts.Count; i++)
        {
            for (int j = i + 1; j < counts.Count; j++)
            {
                var a = counts[i];
                var b = counts[j];
                if (a.Counts != b.Counts || Compatible(a, b) || !SamePlace(document, places, a.Range, b.Range, out string? place) || Updates(document, a.Range, b.Range) || !reported.Add((i, j)))
                {
                    continue;
                }

                yield return new Finding(Kind, Severity.Warning,
                    $"The article gives the number {a.Counts} in {place} as “{document.TextOf(a.Range)}” and as “{document.TextOf(b.Range)}”; the two figures do not agree.",
                    [a.Range, b.Range]);
            }
        }
    }

    private static readonly string[] s_updates = ["rose", "risen", "climbed", "increased", "toll", "another", "more", "earlier", "later", "previously", "so far", "total", "since", "last year", "in all"];

    /// <summary>Either sentence speaks of a changing or cumulative figure ("the toll rose to…", "another three"): two numbers are expected.</summary>
    private static bool Updates(Document document, CharRange a, CharRange b)
    {
        foreach (var r in new[] { a, b })
        {
            if (SentenceOf(document, r) is { } s)
            {
                var words = document.Text.AsSpan(s.Start, s.Length);
                foreach (var u in s_updates)
                {
                    if (words.Contains(u, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
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

    private static bool SamePlace(Document document, List<(CharRange Range, string Name)> places, CharRange a, CharRange b, out string? place)
    {
        place = null;
        var sa = SentenceOf(document, a);
        var sb = SentenceOf(document, b);
        if (sa is null || sb is null)
        {
            return false;
        }

        var inA = places.Where(p => sa.Value.Contains(p.Range)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        place = places.Where(p => sb.Value.Contains(p.Range)).Select(p => p.Name).FirstOrDefault(inA.Contains);
        return place is not null;
    }

    private static CharRange? SentenceOf(Document document, CharRange range)
        => document.TryGet(Layers.Sentences, out var sentences) ? Sentences.Holding(sentences, range.Start) : null;
}
