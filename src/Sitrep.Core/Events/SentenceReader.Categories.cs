using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Events;

/// <summary>How a chain of verbs decides its event's category, and the senses of words that are no event.</summary>
internal sealed partial class SentenceReader
{
    private Outcome? Resolve(Predicate p, bool future, bool negated, bool failed, bool obligation = false)
    {
        var entry = p.Entry!;
        if (entry.Kind is TriggerKind.Event or TriggerKind.Frame or TriggerKind.Weapon)
        {
            if (ArgumentSense(p, entry) is { } sense)
            {
                if (sense == EventSenses.None)
                {
                    // Another sense of the word: what follows it may still be an event of its own ("return to Geneva
                    // for talks"), but not the complement that made it so ("declined to comment").
                    if (p.Complement is { } complement && IsInfinitive(complement))
                    {
                        AbsorbChain(complement);
                    }

                    return null;
                }

                entry = entry with { Category = sense };
            }
            else if (IsOtherSense(p, entry))
            {
                return null;
            }
        }

        future |= p.Future;
        negated |= p.Negated;
        obligation |= p.Obligation && !p.Passive;
        AbsorbObject(p);
        switch (entry.Kind)
        {
            case TriggerKind.Reverse:
                foreach (var n in _nouns)
                {
                    if (n.Start >= p.End && n.Start < p.ObjectEnd && n.Entry.Kind == TriggerKind.Event && Plover.Ending(n.Entry.Category!) is { } ended)
                    {
                        return Decide(entry with { Category = ended }, future, negated, failed, obligation, p.Passive) is { } c
                            ? new Outcome(c, null, p.Head, p)
                            : null;
                    }
                }

                if (entry.Category is null || IsEconomicObject(p, entry))
                {
                    return null;
                }

                return Decide(entry, future, negated, failed, obligation, p.Passive) is { } own ? new Outcome(own, ModeFor(entry, own), p.Head, p) : null;
            case TriggerKind.Event or TriggerKind.Frame or TriggerKind.Weapon:
                if (p.Complement is not null)
                {
                    AbsorbChain(p.Complement);
                    if (entry.Kind == TriggerKind.Frame && p.ClausalComplement && StatesOnly(entry, p.Complement))
                    {
                        return null;
                    }
                }

                // "struck a deal" is an agreement; "struck the town" an attack.
                if (entry.Words.Length == 1 && entry.Words[0] is "strike" or "hit" && !p.Passive)
                {
                    foreach (var n in _nouns)
                    {
                        if (n.Start >= p.End && n.Start < p.ObjectEnd && n.Entry.Category is not null && n.Entry.Kind == TriggerKind.Event)
                        {
                            return Decide(n.Entry, future, negated, failed, obligation) is { } c ? new Outcome(c, ModeFor(n.Entry, c), n.Start, p) : null;
                        }
                    }
                }

                if (IsEconomicObject(p, entry) || (entry.Mode == "release" && !TakesPeople(p)) || IsQuestion(p, entry) || DeniesNothing(p, entry))
                {
                    return null;
                }

                // "is seeking to buy": an attempt, not a request.
                if (entry.Words[0] == "seek" && p.Complement is { Entry: not null } attempt && IsInfinitive(attempt))
                {
                    return Resolve(attempt, future, negated, failed, obligation);
                }

                return Decide(entry, future, negated, failed, obligation, p.Passive) is { } category
                    ? new Outcome(category, ModeFor(entry, category), p.Head, p.Complement ?? p)
                    : null;
            default:
                if (entry.Kind == TriggerKind.Intent)
                {
                    future = true;
                }
                else if (entry.Kind == TriggerKind.Fail)
                {
                    failed = true;
                    negated = true;
                }

                foreach (var n in _nouns)
                {
                    if (n.Start >= p.End && n.Start < p.ObjectEnd && n.Entry.Category is not null)
                    {
                        if (p.Complement is not null)
                        {
                            AbsorbChain(p.Complement);
                        }

                        // "lodged a protest with Albania": an official complaint.
                        var nounCategory = n.Entry.Category == Plover.Protest && p.Entry?.Words[0] is "lodge" or "file" or "issue" or "send" or "deliver"
                            ? n.Entry with { Category = Plover.Accuse }
                            : n.Entry;
                        return Decide(nounCategory, future, negated, failed, obligation) is { } c
                            ? new Outcome(c, ModeFor(n.Entry, c), n.Start, p.Complement ?? p)
                            : null;
                    }
                }

                if (p.Complement is { Entry: not null } complement)
                {
                    // "want the government to withdraw": what is wanted of another (the object that does the
                    // complement's act) is asked of it, not intended.
                    return Resolve(complement, future, negated, failed, obligation || AsksOfObject(p, complement));
                }

                // "declared that China must drop barriers": an obligation put on another is a demand.
                if (p.Complement is { Obligation: true, Passive: false, Negated: false } demanded)
                {
                    AbsorbChain(demanded);
                    return new Outcome(Plover.Request, null, p.Head, demanded);
                }

                return null;
        }
    }

    // A PLOVER mode belongs to its category: "visit" for CONSULT, not for the AGREE a future visit becomes.
    private static string? ModeFor(TriggerEntry entry, string category) => category == entry.Category ? entry.ReportedMode : null;

    // "denied launching strikes", "denied (that) his forecasts were wrong", "agreed that it was not typical": a claim
    // about what is or was, not a refusal or a promise. What is denied is not asserted either.
    private static bool StatesOnly(TriggerEntry entry, Predicate complement)
    {
        return entry.Words[0] == "deny" || (entry.Category is Plover.Agree or Plover.Reject && !complement.Future && !complement.Obligation);
    }

    private bool IsReporting(Predicate p)
    {
        foreach (var c in WordForms.Of(_doc.Lower(p.Head)))
        {
            if (s_reporting.Contains(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb the lexicon does not know: "X must drop barriers" said of someone else is a demand; "will extend the
    /// curfew", "have been pressing for sanctions" take their category from the event noun they act on, with the
    /// verb's tense and negation.
    /// </summary>
    private Outcome? ResolvePlain(Predicate p)
    {
        if (p.Obligation && !p.Passive && !p.Negated && SpeakerBefore(p)?.Head is not null
            && SubjectOf(p) is var obliged && (obliged.Head is not null || HasActorWord(obliged)))
        {
            AbsorbChain(p);
            return new Outcome(Plover.Request, null, p.Head, p);
        }

        // Only a verb's tense or negation changes what its event noun says; otherwise the noun reads on its own
        // ("following a meeting between …").
        if (!(p.Future || p.Negated) || (IsInfinitive(p) && !AfterAttempt(p)) || _doc.Lower(p.Head) == "including")
        {
            return null;
        }

        foreach (var n in _nouns)
        {
            if (n.Start >= p.End && n.Start < p.ObjectEnd && n.Entry.Kind == TriggerKind.Event && !n.Absorbed)
            {
                AbsorbObject(p);
                return Decide(n.Entry, p.Future, p.Negated, failed: false, obligation: false) is { } c
                    ? new Outcome(c, ModeFor(n.Entry, c), n.Start, p)
                    : null;
            }
        }

        return null;
    }

    // The event's category from the entry's sense and how it is said; the last decision is kept so the category
    // model can decide the sense instead and have the same rules applied (SentenceReader.Cues.cs).
    private string? Decide(TriggerEntry entry, bool future, bool negated, bool failed, bool obligation, bool passive = false)
    {
        var modality = new EventModality(future, negated, failed, obligation, passive, _unless, entry.KeepsCategory);
        var category = modality.Apply(entry.Category!);
        _decision = category is null ? null : (entry.Category!, modality, category);
        return category;
    }

    /// <summary>
    /// The sense the table of argument senses (<see cref="EventSenses"/>, Data/event-senses.tsv) gives a
    /// trigger from its object's words (the tree's object phrase, else the object region), the word after it, its
    /// infinitive complement's verb, or the agent code of a described subject: NONE, a category, or null.
    /// </summary>
    private string? ArgumentSense(Predicate p, TriggerEntry entry)
    {
        var senses = _doc.Senses;
        string lemma = entry.Key;
        if (!senses.Has(lemma))
        {
            return null;
        }

        if (p.End < _end && senses.Sense(lemma, SenseSlot.Next, _doc.Lower(p.End)) is { } byNext)
        {
            return byNext;
        }

        if (p.Complement is { } complement && IsInfinitive(complement)
            && senses.Sense(lemma, SenseSlot.Complement, LemmaOf(complement.Head, complement.Entry)) is { } byComplement)
        {
            return byComplement;
        }

        if (p.Passive)
        {
            return null;
        }

        if (SubjectOf(p).Head is { } subject && _doc.Actors.Entity(subject)?.Agent is { } agent
            && senses.Sense(lemma, SenseSlot.Agent, agent) is { } byAgent)
        {
            return byAgent;
        }

        var (from, to) = ObjectSpan(p);
        for (int k = from; k < to; k++)
        {
            if (senses.Sense(lemma, SenseSlot.Object, _doc.Lower(k)) is { } byObject)
            {
                return byObject;
            }
        }

        return null;
    }

    /// <summary>
    /// A verb that names an event only with certain objects (<see cref="TriggerKind.Sense"/>: "raised concerns"): with
    /// one of them it becomes an event trigger of the category the senses give; otherwise it is read as a verb the
    /// lexicon does not know.
    /// </summary>
    private void ReadSense(Predicate p)
    {
        if (p.Entry is not { Kind: TriggerKind.Sense } entry)
        {
            return;
        }

        p.Entry = ArgumentSense(p, entry) is { } sense && sense != EventSenses.None
            ? entry with { Kind = TriggerKind.Event, Category = sense }
            : null;
    }

    /// <summary>
    /// Words whose everyday sense is no event, by how the sentence is built: "hosted game shows", "ordered six
    /// aircraft", "warned there was a risk" (a warning is a threat only when it announces a hostile act or is made
    /// against someone: "warned that it would retaliate", "warned Beijing against"). Senses read from one argument's
    /// words are data: <see cref="ArgumentSense"/>.
    /// </summary>
    private bool IsOtherSense(Predicate p, TriggerEntry entry)
    {
        switch (entry.Words[0])
        {
            case "host" when !p.Passive:
                // "hosted his Brazilian counterpart" — not "hosted game shows".
                int guests = p.End;
                while (guests < p.ObjectEnd && _doc.Tag(guests) != UposTag.Adp)
                {
                    guests++;
                }

                // "to host a meeting between …" hosts an event.
                return !HasEntityOrActorWord(p.End, guests) && !_nouns.Any(n => n.Start >= p.End && n.Start < p.ObjectEnd && n.Entry.Category == Plover.Consult);
            case "order":
                // "ordered six aircraft" is a purchase; "ordered the paper to close", "ordered the arrest of" coerce.
                return p.Complement is null && !_nouns.Any(n => n.Start >= p.End && n.Start < p.ObjectEnd);
            case "warn" when entry.Words.Length == 1:
                for (int k = p.End; k < p.ObjectEnd; k++)
                {
                    if (_doc.Lower(k) == "against")
                    {
                        return false;
                    }
                }

                if (WarnsOnCondition(p))
                {
                    return false;
                }

                if (p.Complement is not { } c || !(c.Future || c.Obligation || IsInfinitive(c)))
                {
                    return true;
                }

                // Warning of a cooperative act is no threat, of its end ("will no longer tolerate rallies") one.
                if (c.Entry?.Category is { } said)
                {
                    return Plover.IsCooperative(said) && !c.Negated;
                }

                // "warned that police will no longer tolerate rallies": an actor's announced act.
                var warner = SubjectOf(c);
                return IsInfinitive(c) || !(warner.Head is not null || HasActorWord(warner)
                    || (warner.End > warner.Start && _doc.Lower(warner.Start) is "we" or "it" or "they"));
            default:
                return false;
        }
    }

    /// <summary>
    /// An intent verb with an object that does its complement's act ("want the government to withdraw", the tree's
    /// <c>obj</c> and <c>xcomp</c> of one verb): the subject wants it of another.
    /// </summary>
    private bool AsksOfObject(Predicate p, Predicate complement)
    {
        var tree = _doc.Tree;
        return tree is not null && p.Entry?.Kind == TriggerKind.Intent && !p.Passive
            && tree.Head(complement.Head) == p.Head && tree.UniversalRelation(complement.Head) == "xcomp"
            && tree.FirstChild(p.Head, "obj") is >= 0 and var obj && obj < complement.Head;
    }

    /// <summary>
    /// A warning of an act that will follow "unless" or "if" something is done is a threat, whatever the act's own word:
    /// "warned that there could be further walkouts unless there was a rethink", "warned that the government will not
    /// sit on its hands if the situation becomes uncontrollable". Read from the tree: an "if"/"unless" clause after the
    /// verb hangs from the warning or from the clause it says, and that clause announces an act (<see cref="AnnouncesAnAct"/>).
    /// </summary>
    private bool WarnsOnCondition(Predicate p) => ConditionMark(p) is >= 0 and var k && AnnouncesAnAct(p, k);

    /// <summary>The "if"/"unless" of an adverbial clause after <paramref name="p"/> that hangs from it or from the
    /// clause it says ("warned that there could be walkouts [unless there was a rethink]"), or −1. Read from the tree.</summary>
    private int ConditionMark(Predicate p)
    {
        var tree = _doc.Tree;
        if (tree is null)
        {
            return -1;
        }

        for (int k = p.End; k < _end; k++)
        {
            if (_doc.Lower(k) is not ("if" or "unless") || tree.UniversalRelation(k) != "mark")
            {
                continue;
            }

            int clause = tree.Head(k);
            if (clause < 0 || tree.UniversalRelation(clause) != "advcl")
            {
                continue;
            }

            int host = tree.Head(clause);
            if (host == p.Head || (host >= 0 && tree.UniversalRelation(host) == "ccomp" && tree.Head(host) == p.Head))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// A threat is aimed at whoever must meet its condition: the actor of its "unless"/"if" clause (<see
    /// cref="ConditionMark"/>), its subject's entity, which may be a modifier of an act ("unless there was a government
    /// rethink", "if the union calls a strike"); null when the clause's subject names none or is the threatener.
    /// </summary>
    private string? ConditionActor(Predicate p, string? source)
    {
        if (ConditionMark(p) is not (>= 0 and var mark) || _doc.Tree!.FirstChild(_doc.Tree.Head(mark), "nsubj") is not (>= 0 and var subject))
        {
            return null;
        }

        var actor = NounPhrase(subject).Head;
        return actor == source ? null : actor;
    }

    // What the warning says before its condition is someone's act, not a forecast ("exports would fall if …"): its
    // clause's subject is an actor ("the government will not sit on its hands") or it names an event ("there could be
    // further walkouts").
    private bool AnnouncesAnAct(Predicate p, int condition)
    {
        if (_nouns.Any(n => n.Start >= p.End && n.Start < condition && n.Entry.Kind == TriggerKind.Event))
        {
            return true;
        }

        int said = _doc.Tree!.FirstChild(p.Head, "ccomp");
        if (said < 0 || _doc.Tree.FirstChild(said, "nsubj") is not (>= 0 and var subject))
        {
            return false;
        }

        var actor = NounPhrase(subject);
        return actor.Head is not null || actor.Country is not null || HasActorWord(actor) || _doc.Lower(subject) is "we" or "it" or "they";
    }

    private bool HasEntityOrActorWord(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (_doc.EntityAt(k) is not null)
            {
                return true;
            }
        }

        return HasActorWord(from, to);
    }

    // "released 30 prisoners", "freed the hostages" — not "released a new console".
    private bool TakesPeople(Predicate p)
    {
        int until = p.Passive ? p.GroupStart : p.ObjectEnd;
        int from = p.Passive ? Math.Max(_first, p.GroupStart - 8) : p.End;
        for (int k = from; k < until; k++)
        {
            if (_doc.EntityAt(k) is { } id && _doc.Actors.Entity(id)?.Type is EntityType.Person or EntityType.Norp)
            {
                return true;
            }

            if (_doc.Tag(k) is UposTag.Noun or UposTag.Pron && (ActorWords.Contains(_doc.Lower(k)) || _doc.Lower(k) is "him" or "her" or "them" or "hostage" or "hostages" or "captives" or "journalists" or "members" or "men" or "women" or "children" or "nationals" or "suspects"))
            {
                return true;
            }
        }

        return false;
    }

    // "asked Mr Brown whether …": a question, not a request.
    private bool IsQuestion(Predicate p, TriggerEntry entry)
    {
        if (entry.Words[0] != "ask")
        {
            return false;
        }

        for (int k = p.End; k < Math.Min(_end, p.End + 6); k++)
        {
            if (_doc.Lower(k) is "whether" or "if" or "what" or "why" or "how" or "who" or "when" or "where" or "which")
            {
                return true;
            }
        }

        return false;
    }

    // "denied there was any snub": a denial of a claim, with nothing refused.
    private bool DeniesNothing(Predicate p, TriggerEntry entry)
    {
        if (entry.Words[0] != "deny" || p.Passive)
        {
            return false;
        }

        for (int k = p.End; k < p.ObjectEnd; k++)
        {
            if (_doc.Tag(k) is UposTag.Noun or UposTag.Propn)
            {
                return false;
            }
        }

        return true;
    }

    // "cut interest rates", "reduced output": business, not relations.
    private bool IsEconomicObject(Predicate p, TriggerEntry entry)
    {
        if (entry.Category is not (Plover.Sanction or Plover.Concede))
        {
            return false;
        }

        for (int k = p.End; k < p.ObjectEnd; k++)
        {
            if (s_economicObjects.Contains(_doc.Lower(k)))
            {
                return true;
            }
        }

        return false;
    }

    private void AbsorbObject(Predicate p)
    {
        foreach (var n in _nouns)
        {
            if (n.Start >= p.End && n.Start < p.ObjectEnd)
            {
                n.Absorbed = true;
            }
        }
    }

    /// <summary>
    /// An event noun whose possessor is a named actor ("Beijing's demands", "Russia's offensive") tells an act as
    /// given: a condition or an unasserted verb around it ("if Trump agrees to Beijing's demands") does not make the
    /// act itself hypothetical, only what is done about it.
    /// </summary>
    private bool Presupposed(NounTrigger n)
    {
        int s = n.Start - 1;
        while (s > _first && _doc.Tag(s) is UposTag.Adj or UposTag.Noun && _doc.EntityAt(s) is null)
        {
            s--;
        }

        if (s <= _first || _doc.Lower(s) is not ("'s" or "’s" or "'"))
        {
            return false;
        }

        return _doc.NamedEntityAt(s - 1) is { } id
            && _doc.Actors.Entity(id)?.Type is EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Norp;
    }

    // An unasserted act's object nouns go with it, less those its possessor presupposes (above).
    private void AbsorbUnasserted(Predicate p)
    {
        AbsorbChain(p);
        foreach (var n in _nouns)
        {
            if (n.Absorbed && n.Start >= p.End && Presupposed(n))
            {
                n.Absorbed = false;
            }
        }
    }

    private void AbsorbChain(Predicate p)
    {
        for (var q = p; q is not null; q = q.Complement)
        {
            AbsorbObject(q);
        }
    }

    private bool StandsAlone(NounTrigger n)
    {
        if (_conditional[n.Start - _first] && !Presupposed(n))
        {
            return false;
        }

        // "aid groups", "protest leaders": the trigger only modifies the noun after it.
        if (n.End < _end && _doc.Tag(n.End) == UposTag.Noun)
        {
            return false;
        }

        for (int j = n.Start - 1; j >= _first && j >= n.Start - 3; j--)
        {
            var w = _doc.Lower(j);
            if (w is "no" or "without" or "not" || s_irrealisModifiers.Contains(w))
            {
                return false;
            }

            if (_doc.Tag(j) is not (UposTag.Adj or UposTag.Det or UposTag.Adv))
            {
                break;
            }
        }

        if (n.Entry.Kind == TriggerKind.Weapon)
        {
            for (int k = n.End; k < Math.Min(_end, n.End + 3); k++)
            {
                if (_doc.Lower(k) is "against" or "on" or "at" or "into")
                {
                    return true;
                }
            }

            return false;
        }

        return n.Entry.Category is not null && n.Entry.Kind == TriggerKind.Event;
    }
}
