using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Events;

/// <summary>An event while mentions are merged: the fields of <see cref="NewsEvent"/> plus the sentence it is told in.</summary>
internal sealed record MergedEvent(
    string Type,
    string? Mode,
    int Sentence,
    string? Source,
    string? Target,
    string? SourceCountry,
    string? TargetCountry,
    string? Where,
    string? When,
    List<int> Quantities,
    CharRange Evidence)
{
    /// <summary>How many of source, target, place and time are known.</summary>
    public int Arguments => (Source is null ? 0 : 1) + (Target is null ? 0 : 1) + (Where is null ? 0 : 1) + (When is null ? 0 : 1);

    public bool HasActors => Source is not null || Target is not null;
}

/// <summary>
/// One event per happening: mentions of the same category merge when they share an actor and nothing they know
/// disagrees (actors, place, time), or when one names no actor at all and is told in the same or the next sentence
/// ("An assault on Kyiv … one of the deadliest strikes on the capital"). The merged event keeps the evidence of its
/// most complete mention.
/// </summary>
internal static class EventMerger
{
    public static IReadOnlyList<NewsEvent> Merge(IEnumerable<MergedEvent> mentions)
    {
        var events = new List<MergedEvent>();
        foreach (var m in mentions)
        {
            int into = -1;
            int bestDistance = int.MaxValue;
            for (int i = 0; i < events.Count; i++)
            {
                var e = events[i];
                if (e.Type != m.Type || !Agree(e.Source, m.Source) || !Agree(e.Target, m.Target) || !Agree(e.Where, m.Where) || !Agree(e.When, m.When))
                {
                    continue;
                }

                bool shareActor = (e.Source is not null && e.Source == m.Source) || (e.Target is not null && e.Target == m.Target);
                int distance = Math.Abs(e.Sentence - m.Sentence);
                bool nearAndVague = (!e.HasActors || !m.HasActors) && distance <= 1;
                if ((shareActor || nearAndVague) && distance < bestDistance)
                {
                    into = i;
                    bestDistance = distance;
                }
            }

            if (into < 0)
            {
                events.Add(m with { Quantities = [.. m.Quantities] });
                continue;
            }

            var kept = events[into];
            var richer = m.Arguments > kept.Arguments ? m : kept;
            var quantities = kept.Quantities.Union(m.Quantities).Order().ToList();
            events[into] = richer with
            {
                Mode = kept.Mode ?? m.Mode,
                Sentence = kept.Sentence,
                Source = kept.Source ?? m.Source,
                Target = kept.Target ?? m.Target,
                SourceCountry = kept.SourceCountry ?? m.SourceCountry,
                TargetCountry = kept.TargetCountry ?? m.TargetCountry,
                Where = kept.Where ?? m.Where,
                When = kept.When ?? m.When,
                Quantities = quantities,
            };
        }

        var result = new List<NewsEvent>(events.Count);
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            result.Add(new NewsEvent
            {
                Id = "v" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Type = e.Type,
                Mode = e.Mode,
                Source = e.Source,
                Target = e.Target,
                SourceCountry = e.SourceCountry,
                TargetCountry = e.TargetCountry,
                Where = e.Where,
                When = e.When,
                Quantities = e.Quantities,
                Evidence = e.Evidence,
            });
        }

        return result;
    }

    private static bool Agree(string? a, string? b) => a is null || b is null || a == b;
}
