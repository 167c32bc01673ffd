using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Findings;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Articles;

/// <summary>
/// For an article with no given or stated date: when it can have been written, by the office-holders it names with their
/// titles ("US President Donald Trump" → 2017-01-20 to 2021-01-20 or from 2025-01-20). Each titled person bound by the
/// entity layer whom the knowledge base knows in that office contributes the days of their terms; the era is where the
/// most of them overlap. Titles in embedded posts and pull quotes, and titles held at another time ("former"), do not count.
/// The time tagger then narrows the era by the latest dated events and takes the article's date from it.
/// </summary>
public sealed class OfficeEraFinder(OfficeHolders officeHolders) : IPipelineComponent
{
    public OfficeEraFinder()
        : this(OfficeHolders.Shared)
    {
    }

    public string Name => "office-era.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Structure, Layers.Entities];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.OfficeEra];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (DocumentDates.Published(document) is not null || Find(document) is not { } era)
        {
            return;
        }

        document.Set(Layers.OfficeEra, era);
    }

    private OfficeEra? Find(Document document)
    {
        var structure = document.Get(Layers.Structure);
        var quoted = structure.EmbeddedPosts.Select(p => p.Range).Concat(structure.PullQuotes.Select(p => p.Range)).ToList();
        var claims = new List<(string Said, List<DaySpan> Terms)>();
        var seen = new HashSet<(string, OfficeKind, string)>();
        foreach (var e in document.Get(Layers.Entities))
        {
            if (e.Type != EntityType.Person)
            {
                continue;
            }

            foreach (var role in e.Roles)
            {
                if (quoted.Any(q => q.Contains(role.Range.Start)) || !OfficeTitle.TryParse(role.Title, out var kind, out var country) || country is null
                    || AnachronisticTitleCheck.OtherTime(document.Text, role.Range) || !seen.Add((e.Name, kind, country)))
                {
                    continue;
                }

                var terms = officeHolders.TermsIn(kind, country)
                    .Where(t => t.IsNamed(e.Name))
                    .Select(t => new DaySpan(t.Start, t.End)).ToList();
                if (terms.Count > 0)
                {
                    claims.Add(($"{document.TextOf(role.Range)} {e.Name}", terms));
                }
            }
        }

        if (claims.Count == 0)
        {
            return null;
        }

        var spans = MostCovered(claims.Select(c => c.Terms).ToList(), out int count);
        string each = string.Join("; ", claims.Select(c => $"{c.Said} ({string.Join(" or ", c.Terms)})"));
        string basis = $"the office-holders named with their titles, by the knowledge base: {each}; {count} of {claims.Count} held their offices together {string.Join(" or ", spans)}";
        return new OfficeEra(spans, basis);
    }

    /// <summary>The stretches of days covered by the most claims (each claim a set of terms), adjacent stretches merged, earliest first.</summary>
    internal static List<DaySpan> MostCovered(List<List<DaySpan>> claims, out int count)
    {
        var bounds = claims.SelectMany(c => c).SelectMany(s => s.End is { } end ? new[] { s.Start, end } : [s.Start]).Distinct().Order().ToList();
        var best = new List<DaySpan>();
        count = 0;
        for (int i = 0; i < bounds.Count; i++)
        {
            var day = bounds[i];
            int n = claims.Count(c => c.Any(s => s.Covers(day)));
            if (n == 0 || n < count)
            {
                continue;
            }

            if (n > count)
            {
                best.Clear();
                count = n;
            }

            DateOnly? end = i + 1 < bounds.Count ? bounds[i + 1] : null;
            if (best.Count > 0 && best[^1].End == day)
            {
                best[^1] = best[^1] with { End = end };
            }
            else
            {
                best.Add(new DaySpan(day, end));
            }
        }

        return best;
    }
}
