using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Entities;
using Sitrep.Core.Language;

namespace Sitrep.Core.Quotes;

/// <summary>
/// Names the speaker of an attribution: the entity whose mention overlaps the speaker phrase when the
/// entities layer is present, else the phrase's canonical name; pronouns go to the person the entity layer resolved
/// them to; a possessive's owner is the speaker's principal, not the speaker.
/// </summary>
internal sealed class SpeakerNamer(TokenText t, NameIndex names, IReadOnlyList<Entity>? entities, SpeakerCheck check, IReadOnlyDictionary<int, Antecedent>? described = null)
{
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titleWords =
        Titles.Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The speaker's entity id (or null) and name for the phrase at tokens [first, last], and the principal a
    /// possessive names ("Tony Blair's official spokesman": the spokesman speaks, for Blair).
    /// </summary>
    public SpeakerRef Name(int first, int last, string? previousName, string? previousEntity, int head = -1)
    {
        if (first < 0)
        {
            return default;
        }

        var range = t.Range(first, last);
        if (first == last && QuoteWords.IsPronoun(t[first]))
        {
            var w = t[first];
            // The entity layer's pronoun resolution (one resolver for every reader: Entities.PronounResolver): "he" and
            // "she" a person, "it" an organisation or country.
            if (Pronouns.Subjects.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out var facts) && facts is { Person: 3, Number: "singular" }
                && EntityReferents.Of(entities, range) is { } resolved && (resolved.Type == EntityType.Person) == facts.Personal)
            {
                return new SpeakerRef(resolved.Id, resolved.Name);
            }

            // "A UKIP spokesman said … He added:": a pronoun the entity layer found standing for a described person is named by
            // that description, as the description would be as a speaker.
            if (described is not null && described.TryGetValue(first, out var description))
            {
                return Name(description.First, description.Last, null, null, description.Head);
            }

            // Unresolved, a pronoun goes on with the speaker before, but "he" or "she" never with an organisation or a country.
            bool personal = facts is { Personal: true, Number: "singular" };
            bool previousFits = previousName is not null && (!personal || previousEntity is null || entities?.FirstOrDefault(e => e.Id == previousEntity) is not { } p || p.Type == EntityType.Person);
            return previousFits ? new SpeakerRef(previousEntity, previousName) : new SpeakerRef(null, t.Text.Substring(range.Start, range.Length));
        }

        if (head >= first && head <= last && Headed(first, last, head) is { } headed)
        {
            return headed;
        }

        // "Dan Centinello, Romney's deputy political director": in an apposition the person named is the speaker.
        if (Comma(first, last) && PersonNotPossessor(first, last) is { } named)
        {
            int owner = Possessive(first, last);
            var (principal, principalName) = owner > first ? Named(first, owner - 1, afterLastComma: true) : (null, null);
            return new SpeakerRef(named.Id, named.Name, principal == named.Id ? null : principal, principal == named.Id ? null : principalName);
        }

        // "a spokeswoman for the Information Commissioner's Office": a possessive inside the affiliation's body is no principal
        // of the speaker; the affiliation below reads the phrase.
        int preposition = Affiliation(first, last);
        int possessive = Comma(first, last) ? -1 : Possessive(first, last);
        if (possessive > first && possessive < last && !(preposition > 0 && preposition < possessive))
        {
            var (principal, principalName) = Named(first, possessive - 1);
            var (speaker, speakerName) = EntityAt(t.Range(possessive + 1, last)) is { Type: EntityType.Person } person
                ? (person.Id, person.Name)
                : Named(possessive + 1, last);
            return new SpeakerRef(speaker, speakerName, principal, principalName);
        }

        // "a lawyer at Shearman and Sterling", "a spokesman for the Kremlin": a described person speaks for the body after the preposition.
        if (preposition > 0)
        {
            // "general secretary of the public services union Unison Dave Prentis", "director of the FBI James Comey": a
            // person named last, after other words of the affiliation, holds the title the phrase spells out before the
            // name; "a spokesman for (Prime Minister) Tony Blair" speaks for the person the preposition governs.
            if (TitleHolder(preposition + 1, last) is { } holder)
            {
                return new SpeakerRef(holder.Id, holder.Name);
            }

            var (principal, principalName) = Named(preposition + 1, last);
            return new SpeakerRef(null, Named(first, preposition - 1).Name, principal, principalName);
        }

        // "Assembly leaders", "Kremlin officials", "the Trump campaign": a name modifying a described person is whom it speaks for.
        int tail = last;
        while (tail > first && t.IsWord(tail) && !t.IsCapitalized(tail) && !QuoteWords.IsDeterminer(t[tail]) && check.IsNominal(tail))
        {
            tail--;
        }

        if (tail < last && t.IsCapitalized(tail) && EntityAt(t.Range(first, tail)) is { } modified && EntityAt(t.Range(tail + 1, last)) is null)
        {
            var described = t.Range(tail + 1, last);
            return new SpeakerRef(null, t.Text.Substring(described.Start, described.Length), modified.Id, modified.Name);
        }

        // "Lib Dem Home Affairs spokesman Mark Oaten", "In the Cosmopolitan interview Mr Howard": a person named at the
        // end of the phrase is whom it names, however long the names before.
        if (PersonEndingAt(last) is { } ending)
        {
            return new SpeakerRef(ending.Id, ending.Name);
        }

        var (entity, name) = Named(first, last);
        return new SpeakerRef(entity, name);
    }

    /// <summary>The person one of whose mentions ends with token <paramref name="last"/>, or null.</summary>
    private Entity? PersonEndingAt(int last)
    {
        int end = t.Token(last).Range.End;
        return entities?.FirstOrDefault(e => e.Type == EntityType.Person && e.Mentions.Any(m => m.End == end));
    }

    /// <summary>
    /// The speaker of a phrase whose head word the parse gave: the entity a mention of which holds the head ("Scottish
    /// National Party Justice Minister Kenny MacAskill" → MacAskill, not the party); a described person owned by a
    /// possessive is named by the words after it, the owner kept as the principal ("China's ambassador to Britain":
    /// "ambassador to Britain", for China; not Britain, the entity the words overlap). Null leaves the phrase to the rules by shape.
    /// </summary>
    private SpeakerRef? Headed(int first, int last, int head)
    {
        int possessive = Possessive(first, head);
        var (principal, principalName) = possessive > first ? Named(first, possessive - 1) : (null, null);
        if (EntityCovering(head) is { } e)
        {
            // "Lib Dem Home Affairs spokesman Mark Oaten" with the head read inside the party's name: the person named last.
            if (e.Type != EntityType.Person && PersonEndingAt(last) is { } person)
            {
                e = person;
            }

            return e.Id == principal ? new SpeakerRef(e.Id, e.Name) : new SpeakerRef(e.Id, e.Name, principal, principalName);
        }

        if (possessive > first && t.IsWord(head) && !t.IsCapitalized(head))
        {
            // "China's ambassador to Britain Liu Xiaming": a person named after the owner is the speaker.
            if (PersonNotPossessor(possessive + 1, last) is { } named)
            {
                return new SpeakerRef(named.Id, named.Name, principal, principalName);
            }

            var r = t.Range(possessive + 1, last);
            return new SpeakerRef(null, t.Text.Substring(r.Start, r.Length), principal, principalName);
        }

        // "one GOP operative in the state", "a Number 10 spokeswoman": a head that is a role noun no mention holds, after a
        // capitalized word that names no person and with no name right after it ("columnist Ai Jun"), is a described
        // person; the name modifying it is whom it speaks for, not the speaker (the entity or name the words overlap).
        if (t.IsWord(head) && !t.IsCapitalized(head) && PersonNouns.Is(t[head], singular: true) && !NamesPerson(first, last)
            && CapitalizedBefore(first, head) && !(head + 1 <= last && t.IsCapitalized(head + 1)))
        {
            int start = head;
            while (start > first && t.IsWord(start - 1) && !t.IsCapitalized(start - 1) && !QuoteWords.IsDeterminer(t[start - 1]) && check.IsNominal(start - 1))
            {
                start--;
            }

            var modifier = start > first && t.IsWord(start - 1) && t.IsCapitalized(start - 1) ? EntityCovering(start - 1) : null;
            var r = t.Range(start, head);
            return new SpeakerRef(null, t.Text.Substring(r.Start, r.Length), modifier?.Id ?? principal, modifier?.Name ?? principalName);
        }

        return null;
    }


    private bool CapitalizedBefore(int first, int head)
    {
        for (int k = first; k < head; k++)
        {
            if (t.IsWord(k) && t.IsCapitalized(k) && !QuoteWords.IsDeterminer(t[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a person's mention lies within tokens [first, last].</summary>
    private bool NamesPerson(int first, int last) => PersonIn(first, last, possessor: true) is not null;

    /// <summary>The entity one of whose mentions holds token <paramref name="k"/>, or null.</summary>
    private Entity? EntityCovering(int k)
    {
        if (entities is null)
        {
            return null;
        }

        var token = t.Token(k).Range;
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions)
            {
                if (m.Contains(token))
                {
                    return e;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The preposition after a described person ("a lawyer at …", "a spokesman for …", "an aide to …"): the first of
    /// <see cref="Prepositions.Affiliation"/> in tokens [first, last] after a common noun and no name, followed by a
    /// name; -1 when none.
    /// </summary>
    private int Affiliation(int first, int last)
    {
        bool noun = false;
        for (int k = first; k < last; k++)
        {
            if (!t.IsWord(k) || t.IsCapitalized(k) && !QuoteWords.IsDeterminer(t[k]))
            {
                return -1;
            }

            var w = t[k];
            if (Prepositions.IsAffiliation(w))
            {
                return noun && EntityAt(t.Range(k + 1, last)) is not null ? k : -1;
            }

            if (!check.IsNominal(k))
            {
                return -1;
            }

            noun |= !QuoteWords.IsDeterminer(w);
        }

        return -1;
    }

    /// <summary>
    /// The person whose mention ends the phrase at token <paramref name="last"/> when words other than determiners, title
    /// words and the person's own roles stand between token <paramref name="from"/> and the mention; else null.
    /// </summary>
    private Entity? TitleHolder(int from, int last)
    {
        if (PersonEndingAt(last) is not { } e)
        {
            return null;
        }

        int end = t.Token(last).Range.End;
        int start = e.Mentions.Where(m => m.End == end).Min(m => m.Start);
        for (int k = from; k <= last && t.Token(k).Range.End <= start; k++)
        {
            var token = t.Token(k).Range;
            if (t.IsWord(k) && !QuoteWords.IsDeterminer(t[k]) && !s_titleWords.Contains(t[k]) && !e.Roles.Any(r => r.Range.Contains(token)))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The entity or name of tokens [first, last]: an entity overlapping it, a name run, else the words without leading determiners.</summary>
    private (string? Entity, string Name) Named(int first, int last, bool afterLastComma = false)
    {
        if (afterLastComma)
        {
            for (int k = last; k > first; k--)
            {
                if (t.Is(k, ','))
                {
                    first = k + 1;
                    break;
                }
            }
        }

        var entity = EntityAt(t.Range(first, last));
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

    private bool Comma(int first, int last)
    {
        for (int k = first; k <= last; k++)
        {
            if (t.Is(k, ','))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The person an entity mention inside tokens [first, last] names, unless a possessive follows it ("Hunter's").</summary>
    private Entity? PersonNotPossessor(int first, int last) => PersonIn(first, last, possessor: false);

    /// <summary>The person an entity mention inside tokens [first, last] names; a possessor ("Hunter's") only with <paramref name="possessor"/>.</summary>
    private Entity? PersonIn(int first, int last, bool possessor)
    {
        if (entities is null)
        {
            return null;
        }

        var range = t.Range(first, last);
        foreach (var e in entities)
        {
            if (e.Type != EntityType.Person)
            {
                continue;
            }

            foreach (var m in e.Mentions)
            {
                if (!range.Contains(m))
                {
                    continue;
                }

                int after = t.Tokens.IndexAtOrAfter(m.End);
                if (possessor || after > last || !(t[after] is "'s" or "’s" or "'" or "’"))
                {
                    return e;
                }
            }
        }

        return null;
    }

    /// <summary>The last possessive marker ("'s", "’s", or an apostrophe after a plural) inside tokens [first, last], or -1.</summary>
    private int Possessive(int first, int last)
    {
        for (int k = last - 1; k > first; k--)
        {
            if (t[k] is "'s" or "’s" or "'" or "’")
            {
                return k;
            }
        }

        return -1;
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

/// <summary>A speaker: entity id (or null) and name, and the principal the speaker speaks for, when a possessive names one.</summary>
internal readonly record struct SpeakerRef(string? Entity, string? Name, string? Principal = null, string? PrincipalName = null);
