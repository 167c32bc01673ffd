using Sitrep.Core.Record;
using Sitrep.Export;
using Sitrep.Store;

namespace Sitrep.Report;

/// <summary>
/// One numbered source of a briefing: its record, lookups over it, and the facts the sections state from it, each
/// tied to the words of the article that hold it (a mention of an entity, a quantity's text, a time expression).
/// </summary>
internal sealed class SourceRecord
{
    public SourceRecord(int number, SitrepRecord record)
    {
        Number = number;
        Record = record;
        View = new RecordView(record);
    }

    public int Number { get; }

    public SitrepRecord Record { get; }

    public RecordView View { get; }

    public Citation Cite(int start, int end) => new(Number, start, end);

    public Citation Cite(RecordSpan span) => Cite(span.Start, span.End);

    /// <summary>The identity of an entity across articles (<see cref="EntityIdentity"/>), or null (also for a described actor).</summary>
    public string? Identity(string? entityId) => View.Entity(entityId) is { } e ? EntityIdentity.Shared(e) : null;

    /// <summary>
    /// An entity's canonical name, resting on one of its mentions: a named mention inside <paramref name="near"/>
    /// (then the citation is <paramref name="near"/>), else the nearest named mention before it (cited itself), else
    /// any mention inside it, else its first mention.
    /// </summary>
    public Fact? Entity(string? entityId, RecordSpan near)
    {
        if (View.Entity(entityId) is not { } e)
        {
            return null;
        }

        return Mention(e, near) is { } m ? new Fact(FactKind.Entity, e.Name, m.Mention.Text, m.Citation) : null;
    }

    /// <summary>A place's gazetteer name, resting on a mention of its entity (chosen as for <see cref="Entity"/>).</summary>
    public Fact? Place(string? entityId, RecordSpan near)
    {
        if (View.Place(entityId) is not { } p || View.Entity(entityId) is not { } e)
        {
            return null;
        }

        return Mention(e, near) is { } m ? new Fact(FactKind.Place, p.Name, m.Mention.Text, m.Citation) : null;
    }

    private (RecordMention Mention, Citation Citation)? Mention(RecordEntity e, RecordSpan near)
    {
        RecordMention? inside = null, before = null, namedInside = null;
        foreach (var m in e.Mentions)
        {
            bool within = m.Start >= near.Start && m.End <= near.End;
            if (within)
            {
                inside ??= m;
                if (Named(m))
                {
                    namedInside ??= m;
                }
            }
            else if (m.End <= near.Start && Named(m))
            {
                before = m;
            }
        }

        if (namedInside is not null)
        {
            return (namedInside, Cite(near));
        }

        if (before is not null)
        {
            return (before, Cite(before.Start, before.End));
        }

        if (inside is not null)
        {
            return (inside, Cite(near));
        }

        var first = e.Mentions.Count > 0 ? e.Mentions[0] : null;
        return first is null ? null : (first, Cite(first.Start, first.End));
    }

    /// <summary>A mention by name, not a pronoun or a lower-case description.</summary>
    private static bool Named(RecordMention m) => m.Text.Length > 0 && char.IsUpper(m.Text[0]) && m.Text is not ("He" or "She" or "It" or "They" or "His" or "Her" or "Its" or "Their" or "I" or "We");

    /// <summary>A quantity as its typed value, resting on its own text; cited by <paramref name="near"/> when inside it.</summary>
    public Fact Quantity(int index, RecordSpan near)
    {
        var q = Record.Quantities[index];
        var citation = q.Start >= near.Start && q.End <= near.End ? Cite(near) : Cite(q.Start, q.End);
        return new Fact(FactKind.Quantity, Wording.Quantity(q), q.Text, citation);
    }

    /// <summary>
    /// The day of a resolved TIMEX3 value, resting on a time expression of the record that has that value (inside
    /// <paramref name="near"/> if there is one, else the nearest before it, else the first); null when no time expression has it.
    /// </summary>
    public Fact? Day(string? value, RecordSpan near)
    {
        if (RecordView.Date(value) is not { } day)
        {
            return null;
        }

        RecordTime? inside = null, before = null, any = null;
        foreach (var t in Record.Times)
        {
            if (!string.Equals(t.Value, value, StringComparison.Ordinal))
            {
                continue;
            }

            any ??= t;
            if (t.Start >= near.Start && t.End <= near.End)
            {
                inside ??= t;
            }
            else if (t.End <= near.Start)
            {
                before = t;
            }
        }

        var time = inside ?? before ?? any;
        if (time is null)
        {
            return null;
        }

        var citation = ReferenceEquals(time, inside) ? Cite(near) : Cite(time.Start, time.End);
        return new Fact(FactKind.Time, Wording.Day(day), time.Text, citation);
    }
}
