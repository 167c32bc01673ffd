using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Quotes;

/// <summary>
/// Names the speaker of an attribution: the entity whose mention overlaps the speaker phrase when the
/// entities layer is present, else the phrase's canonical name; pronouns go to their antecedent.
/// </summary>
internal sealed class SpeakerNamer(TokenText t, IReadOnlyList<Sentence> sentences, NameIndex names, IReadOnlyList<Entity>? entities)
{
    /// <summary>The speaker's entity id (or null) and name for the phrase at tokens [first, last].</summary>
    public (string? Entity, string? Name) Name(int first, int last, int sentence, string? previousName, string? previousEntity)
    {
        if (first < 0)
        {
            return (null, null);
        }

        var range = t.Range(first, last);
        if (first == last && QuoteWords.IsPronoun(t[first]))
        {
            var w = t[first];
            if ((w is "he" or "He" or "she" or "She") )
            {
                var antecedent = names.Antecedent(first, sentences, sentence);
                if (antecedent is { } a)
                {
                    var ar = t.Range(a.NameFirst, a.Last);
                    var ae = EntityAt(ar);
                    return ae is not null ? (ae.Id, ae.Name) : (null, names.Canonical(a));
                }
            }

            return previousName is not null ? (previousEntity, previousName) : (null, t.Text.Substring(range.Start, range.Length));
        }

        var entity = EntityAt(range);
        if (entity is not null)
        {
            return (entity.Id, entity.Name);
        }

        if (names.NameIn(first, last) is { } run)
        {
            return (null, names.Canonical(run));
        }

        int f = first;
        while (f < last && QuoteWords.IsDeterminer(t[f]))
        {
            f++;
        }

        var r = t.Range(f, last);
        return (null, t.Text.Substring(r.Start, r.Length));
    }

    /// <summary>The entity named by <paramref name="text"/> at <paramref name="range"/> (a post author, a pull-quote attribution).</summary>
    public (string? Entity, string Name) NameOfRange(CharRange range)
    {
        var entity = EntityAt(range);
        if (entity is not null)
        {
            return (entity.Id, entity.Name);
        }

        var cover = t.Tokens.Cover(range);
        if (cover.Length > 0 && names.NameIn(cover.Start, cover.End - 1) is { } run)
        {
            return (null, names.Canonical(run));
        }

        return (null, t.Text.Substring(range.Start, range.Length));
    }

    private Entity? EntityAt(CharRange range)
    {
        if (entities is null)
        {
            return null;
        }

        Entity? best = null;
        int bestOverlap = 0;
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions)
            {
                int overlap = Math.Min(m.End, range.End) - Math.Max(m.Start, range.Start);
                if (overlap > bestOverlap || (overlap > 0 && overlap == bestOverlap && best is not null && e.Type == EntityType.Person && best.Type != EntityType.Person))
                {
                    best = e;
                    bestOverlap = overlap;
                }
            }
        }

        return best;
    }
}
