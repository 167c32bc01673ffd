using Sitrep.Core.Annotations;

namespace Sitrep.Core.Events;

/// <summary>One mention of an event (its id still unassigned) and the sentence that tells it.</summary>
internal sealed record EventMention(NewsEvent Event, int Sentence)
{
    /// <summary>Told in the headline (title or standfirst): a summary of what the body tells.</summary>
    public bool Headline { get; init; }

    /// <summary>Told by a noun with an indefinite article: a happening of its own, not one told in an earlier sentence.</summary>
    public bool Introduced { get; init; }

    /// <summary>How many of source, target, place and time are known.</summary>
    public int Arguments => (Event.Source is null ? 0 : 1) + (Event.Target is null ? 0 : 1) + (Event.Where is null ? 0 : 1) + (Event.When is null ? 0 : 1);

    /// <summary>Told only as what someone said or confirmed (<see cref="EventReading.Reported"/>).</summary>
    public bool Reported { get; init; }

    public bool HasActors => Event.Source is not null || Event.Target is not null;
}

/// <summary>
/// One event per happening: mentions of the same category merge when they share an actor and nothing they know
/// disagrees (actors, place, time), or when one names no actor at all and is told in the same or the next sentence
/// ("An assault on Kyiv … one of the deadliest strikes on the capital"). The merged event keeps the evidence of its
/// most complete mention told in the body (of two as complete, one the narrator tells before one told as what someone
/// confirmed or said): a headline ("slams Trump, praises Clinton") only sums up the sentence that
/// tells the act ("… while praising Hillary Clinton as …"), so the body's mention is the evidence, with what the
/// headline adds. An actor the text only describes ("the foreign minister", "Russian troops") says too little to tell
/// two mentions in the same or the next sentence apart: there it disagrees with no other actor (the headline's "Egypt
/// praises Sudan" and the body's "The foreign minister praised Sudan" are one act), and gives way to a name in the
/// merged event; further apart, different actors keep mentions apart.
/// </summary>
internal static class EventMerger
{
    public static IReadOnlyList<NewsEvent> Merge(IEnumerable<EventMention> mentions, Func<string, bool>? described = null)
    {
        described ??= _ => false;
        bool Named(string? id) => id is not null && !described(id);
        bool Agree(string? a, string? b) => !Named(a) || !Named(b) || a == b;
        bool Differ(string? a, string? b) => a is not null && b is not null && a != b;
        bool HasNamedActors(EventMention m) => Named(m.Event.Source) || Named(m.Event.Target);
        string? Pick(string? kept, string? other) => kept is null || (!Named(kept) && Named(other)) ? other : kept;

        var events = new List<EventMention>();
        foreach (var m in mentions)
        {
            var a = m.Event;
            int into = -1;
            int bestDistance = int.MaxValue;
            for (int i = 0; i < events.Count; i++)
            {
                var b = events[i].Event;
                if (b.Type != a.Type || !Agree(b.Source, a.Source) || !Agree(b.Target, a.Target) || !Same(b.Where, a.Where) || !Same(b.When, a.When))
                {
                    continue;
                }

                bool shareActor = (b.Source is not null && b.Source == a.Source) || (b.Target is not null && b.Target == a.Target);
                int distance = Math.Abs(events[i].Sentence - m.Sentence);
                if (m.Introduced && m.Sentence > events[i].Sentence && !m.Headline && !events[i].Headline)
                {
                    continue; // "Earlier in the day, Clinton held a roundtable meeting with …": another meeting
                }

                if ((Differ(b.Source, a.Source) || Differ(b.Target, a.Target)) && distance > 1)
                {
                    continue; // agreeing only because a side is described: near mentions only
                }

                bool nearAndVague = (!HasNamedActors(events[i]) || !HasNamedActors(m)) && distance <= 1;
                if ((shareActor || nearAndVague) && distance < bestDistance)
                {
                    into = i;
                    bestDistance = distance;
                }
            }

            if (into < 0)
            {
                events.Add(m);
                continue;
            }

            var kept = events[into];
            var k = kept.Event;
            var better = m.Headline != kept.Headline ? (kept.Headline ? m : kept) : m.Arguments > kept.Arguments || (m.Arguments == kept.Arguments && kept.Reported && !m.Reported) ? m : kept;
            events[into] = kept with
            {
                Headline = better.Headline,
                Event = better.Event with
                {
                    Mode = k.Mode ?? a.Mode,
                    Source = Pick(k.Source, a.Source),
                    Target = Pick(k.Target, a.Target),
                    SourceCountry = Pick(k.Source, a.Source) == k.Source ? k.SourceCountry ?? a.SourceCountry : a.SourceCountry ?? k.SourceCountry,
                    TargetCountry = Pick(k.Target, a.Target) == k.Target ? k.TargetCountry ?? a.TargetCountry : a.TargetCountry ?? k.TargetCountry,
                    Where = k.Where ?? a.Where,
                    When = k.When ?? a.When,
                    Quantities = [.. k.Quantities.Union(a.Quantities).Order()],
                },
            };
        }

        return [.. events.Select((e, i) => e.Event with { Id = "v" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })];
    }

    private static bool Same(string? a, string? b) => a is null || b is null || a == b;
}
