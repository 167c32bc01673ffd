using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Events;

/// <summary>Who did it to whom: subjects, objects, event nouns' own actors, countries.</summary>
internal sealed partial class SentenceReader
{
    private EventReading Reading(Outcome outcome, Predicate top)
    {
        string? source;
        string? target;
        string? sourceCountry;
        var subject = SubjectOf(top);
        var actorWordsIn = subject; // the noun phrase whose actor words ("police", "rebels") make the event agentive

        // "Putin is expected to visit", "talks are set to resume": a passive that only raises its subject is no passive.
        bool raising = top.Entry?.Kind is TriggerKind.Intent or TriggerKind.Pass && top.Complement is not null;
        bool victims = false;
        if (top.Passive && !raising)
        {
            target = subject.Head;
            source = (_doc.Tree is null ? null : TreeAgent(top, outcome.Last)) ?? AgentAfter(top, outcome.Last) ?? HostAgent(top);
            sourceCountry = null;

            // "12 people were killed in an attack on a market": no attacker is named, but the victims are counted.
            victims = source is null && outcome.Category is Plover.Assault or Plover.Coerce && CountsCasualties(subject);
        }
        else if (outcome.Category == Plover.Request && HasObligation(top))
        {
            // "X said Y must do Z", "X declared that Y must do Z": Y is asked; the one who says so asks.
            var obliged = Obliged(top);
            var asked = SubjectOf(obliged);
            var asker = obliged == top ? SpeakerBefore(top) : subject;
            target = asked.Head;
            source = asker?.Head;
            sourceCountry = null;
            if (target is null && asked.Country is not null)
            {
                return Finish(outcome.Category, outcome.Mode, outcome.Trigger, source, null, sourceCountry, agentive: true) with { TargetCountry = asked.Country };
            }

            actorWordsIn = asker ?? asked;
        }
        else if (SubjectNoun(subject) is { } subjectNoun && subjectNoun.Entry.Category == outcome.Category)
        {
            // "The attack on Kharkiv killed 12": the subject names the same event; its actors are the noun's.
            var noun = NounReading(subjectNoun);
            if (noun.Target is null && ObjectOf(top, outcome.Last, noun.Source) is { } victim)
            {
                noun = noun with { Target = _doc.AsCountryEntity(victim), TargetCountry = _doc.Actors.CountryOf(victim) };
            }

            return noun with { Trigger = outcome.Trigger, Agentive = noun.Agentive || HasActorWord(top.End, top.ObjectEnd) };
        }
        else
        {
            source = subject.Head;
            sourceCountry = subject.Country;
            target = top.Entry is { } entry && s_topicVerbs.Contains(entry.Words[0])
                ? EntityAfter(top, source)
                : ObjectOf(top, outcome.Last, source);
            if (target is null && source is not null)
            {
                target = CoordinatedWith(top, source);
            }

            if (target is null && outcome.Category == Plover.Threaten)
            {
                target = ConditionActor(top, source);
            }
        }

        bool agentive = HasActorWord(actorWordsIn);
        for (var p = top; p is not null && !agentive; p = p.Complement)
        {
            agentive = HasActorWord(p.End, p.ObjectEnd);
        }

        return Finish(outcome.Category, outcome.Mode, outcome.Trigger, source, target, sourceCountry, agentive) with { Victims = victims };
    }

    private EventReading NounReading(NounTrigger n)
    {
        string? source = null;
        string? target = null;
        int after = n.End;
        bool agentive = false;
        int between = after < _end && _doc.Lower(after) is "between" or "among" ? after : SidesOfClause(n);
        if (between >= 0)
        {
            var (a, b) = TwoSides(between + 1);
            source = a;
            target = b;
            agentive = HasActorWord(between + 1, Math.Min(_end, between + 8));
        }
        else
        {
            source = ModifierActor(n);
            for (int k = after; k < Math.Min(_end, after + 8) && (!IsBoundary(k) || QuotesInsidePhrase(n.End - 1, k)); k++)
            {
                var w = _doc.Lower(k);
                var side = OwnModifier(n, k) ? Language.NounSides.Of(w, n.Entry.Category!) : Language.NounSides.Side.None;
                if ((w == "by" || side == Language.NounSides.Side.Source) && source is null)
                {
                    // "an attack by rebels"; "a summit of EC leaders" (Language/Data/noun-sides.tsv).
                    source = side == Language.NounSides.Side.Source ? NounPhrase(_doc.Tree!.Head(k)).Head : FirstEntity(k + 1, Math.Min(_end, k + 7), n.End - 1);
                }
                else if ((side == Language.NounSides.Side.Target || s_targetPrepositions.Contains(w)) && _doc.Tag(k) != UposTag.Part)
                {
                    if (FirstEntity(k + 1, Math.Min(_end, k + 7), n.End - 1) is { } t && t != source)
                    {
                        target = t;
                        break;
                    }

                    // "protests against the interim government": the other side named by its kind.
                    agentive |= HasActorWord(k + 1, PhraseEnd(k + 1));
                }
            }
        }

        // "an EU demand for Turkey to recognise Cyprus": the one a noun asks to act is the subject of its infinitive,
        // introduced by "for".
        if (target is null && ForSubject(n.End - 1) is { } asked && asked != source)
        {
            target = asked;
        }

        // "Russia had expressed interest in a meeting with …", "A US national has been put under investigation":
        // a noun without actors of its own takes the clause's.
        if (source is null && target is null && GoverningPredicate(n) is { } clause)
        {
            var clauseSubject = SubjectOf(clause);

            // "people had fled the fighting", "Clinton is receiving criticism": the subject of a verb that undergoes
            // what its object names is that act's target (or, "witnessed the clashes", neither side), not its source.
            bool? undergoes = clause.Passive ? null : SubjectUndergoes(clause);
            if (clause.Passive || undergoes == true)
            {
                target = clauseSubject.Head;
            }
            else if (undergoes is null)
            {
                source = clauseSubject.Head;
            }

            agentive |= undergoes != false && HasActorWord(clauseSubject);
        }

        // "a Franco-German meeting", "US-China trade talks": a hyphenated pair of countries before the noun names its
        // two sides, the first as source.
        if (target is null && PairedCountries(n) is var (first, second, at) && (source is null || _doc.Actors.CountryOf(source) is var c && (c == first || c == second)))
        {
            // Each side is the article's entity for the country, else the people's name itself ("German").
            var reading = Finish(n.Entry.Category!, n.Entry.ReportedMode, n.Start, _doc.CountryEntity(first) ?? PeopleAt(at - 2),
                _doc.CountryEntity(second) ?? PeopleAt(at), first, agentive: true);
            return reading with { SourceCountry = first, TargetCountry = second, Reported = IsReportedObject(n) };
        }

        // A noun alone ("fled the fighting", "after two days of talks") asserts an event only with someone in it.
        return Finish(n.Entry.Category!, n.Entry.ReportedMode, n.Start, source, target, null, agentive) with { Reported = IsReportedObject(n) };
    }

    // The two countries of a hyphenated pair of country words among the words just before the noun ("Franco-German",
    // "US-China" in "US-China trade talks"): a name, demonym or, first, a combining form (Language/Data/combining-forms.tsv).
    private (string First, string Second, int At)? PairedCountries(NounTrigger n)
    {
        for (int j = n.Start - 1; j >= _first + 2 && j >= n.Start - 3; j--)
        {
            if (_doc.Tag(j) is not (UposTag.Adj or UposTag.Propn or UposTag.Noun))
            {
                return null;
            }

            if (_doc.Lower(j - 1) is "-" && !_doc.IsSpacedDash(j - 1)
                && _doc.Actors.CountryOfWord(_doc.Text(j)) is { } second
                && (Language.CombiningForms.Country(_doc.Text(j - 2)) ?? _doc.Actors.CountryOfWord(_doc.Text(j - 2))) is { } first
                && first != second)
            {
                return (first, second, j);
            }
        }

        return null;
    }

    // The country or people named at a token ("German"), or null.
    private string? PeopleAt(int k)
        => _doc.EntityAt(k) is { } id && _doc.Actors.Entity(id)?.Type is EntityType.Gpe or EntityType.Norp ? id : null;

    // Whether the preposition at k introduces a modifier of the noun itself in the tree ("the arrest [of the leader]"),
    // not of a word after it ("the aftermath [of the crackdown]").
    private bool OwnModifier(NounTrigger n, int k)
        => _doc.Tree is { } tree && tree.UniversalRelation(k) == "case" && tree.Head(k) is >= 0 and var obj
           && tree.UniversalRelation(obj) == "nmod" && tree.Head(obj) == n.End - 1;

    /// <summary>"demand for Turkey to recognise": the entity of a noun's "for" phrase when the noun also takes an
    /// infinitive clause after it ("for X to do Y": X is that clause's subject, whichever of the two the parser hung the
    /// clause from), or null.</summary>
    private string? ForSubject(int noun)
    {
        var tree = _doc.Tree;
        if (tree is null)
        {
            return null;
        }

        foreach (int child in tree.Children(noun))
        {
            if (child <= noun || tree.UniversalRelation(child) != "nmod" || CaseOf(child) != "for")
            {
                continue;
            }

            foreach (int clause in tree.Children(noun))
            {
                if (clause > child && IsToClause(clause))
                {
                    return NounPhrase(child).Head;
                }
            }

            foreach (int clause in tree.Children(child))
            {
                if (clause > child && IsToClause(clause))
                {
                    return NounPhrase(child).Head;
                }
            }
        }

        return null;
    }

    private bool IsToClause(int verb)
        => _doc.Tree!.UniversalRelation(verb) is "acl" or "xcomp" or "advcl"
           && _doc.Tree.FirstChild(verb, "mark") is >= 0 and var mark && _doc.Lower(mark) == "to";

    /// <summary>
    /// "clashes erupted between A and B", "fighting broke out among": the noun is the subject of a verb that only says
    /// it happened (no trigger), and that verb's "between" phrase names its sides. The token of "between", or −1.
    /// </summary>
    private int SidesOfClause(NounTrigger n)
    {
        var tree = _doc.Tree;
        if (tree is null || tree.UniversalRelation(n.Start) != "nsubj" || tree.Head(n.Start) is not (>= 0 and var verb)
            || _predicates.Any(p => p.Head == verb && p.Entry is not null))
        {
            return -1;
        }

        foreach (int child in tree.Children(verb))
        {
            if (child > n.Start && CaseOf(child) is "between" or "among" && tree.FirstChild(child, "case") is >= 0 and var mark)
            {
                return mark;
            }
        }

        return -1;
    }

    // The end of the noun phrase that starts at a token: up to the next boundary, verb or preposition (at most six tokens).
    private int PhraseEnd(int from)
    {
        int k = from;
        while (k < Math.Min(_end, from + 6) && !IsBoundary(k) && _doc.Tag(k) is not (UposTag.Verb or UposTag.Aux or UposTag.Adp))
        {
            k++;
        }

        return k;
    }

    private NounTrigger? SubjectNoun(Subject subject)
    {
        foreach (var n in _nouns)
        {
            if (n.Start >= subject.Start && n.Start < subject.End && n.Entry.Kind == TriggerKind.Event)
            {
                return n;
            }
        }

        return null;
    }

    // Whether the subject of a verb that is no trigger undergoes its object's act (Language/Data/undergoer-verbs.tsv):
    // true, it is the act's target; false, neither side; null, the verb is not listed.
    private bool? SubjectUndergoes(Predicate clause)
    {
        foreach (var lemma in WordForms.Of(_doc.Lower(clause.Head)))
        {
            if (Language.UndergoerVerbs.SubjectIsTarget(lemma) is { } target)
            {
                return target;
            }
        }

        return null;
    }

    // Whether the noun stands in the object of a reporting verb ("confirmed his own discussion with Trump").
    private bool IsReportedObject(NounTrigger n)
    {
        foreach (var p in _predicates)
        {
            if (n.Start >= p.End && n.Start < p.ObjectEnd && IsReporting(p))
            {
                return true;
            }
        }

        return false;
    }

    private Predicate? GoverningPredicate(NounTrigger n)
    {
        foreach (var p in _predicates)
        {
            if (n.Start >= p.End && n.Start < p.ObjectEnd)
            {
                // "prices jumped after the agreement": a time or cause phrase is no part the verb's actors play.
                for (int k = p.End; k < n.Start; k++)
                {
                    if (_doc.Lower(k) is "after" or "before" or "following" or "despite" or "amid" or "since" or "until" or "during" or "ahead")
                    {
                        return null;
                    }
                }

                return IsReporting(p) ? null : p;
            }
        }

        return null;
    }

    private EventReading Finish(string category, string? mode, int trigger, string? source, string? target, string? sourceCountry, bool agentive)
    {
        source = _doc.AsCountryEntity(source);
        target = _doc.AsCountryEntity(target);
        if (target == source)
        {
            target = null;
        }

        return new EventReading(category, mode, trigger, _sentence, source, target,
            _doc.Actors.CountryOf(source) ?? sourceCountry, _doc.Actors.CountryOf(target), agentive);
    }

    private static Predicate Obliged(Predicate p)
    {
        for (var q = p; q is not null; q = q.Complement)
        {
            if (q.Obligation)
            {
                return q;
            }
        }

        return p;
    }

    private static bool HasObligation(Predicate p)
    {
        for (var q = p; q is not null; q = q.Complement)
        {
            if (q.Obligation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb's subject: the entity it is about (<see cref="Head"/>, or null), the country it names, and its tokens
    /// [<see cref="Start"/>, <see cref="End"/>), where actor words are looked for.
    /// </summary>
    private readonly record struct Subject(string? Head, string? Country, int Start, int End);

    private bool HasActorWord(Subject subject) => HasActorWord(subject.Start, subject.End);

    /// <summary>The subject of a verb: the noun phrase before its group, back to a clause mark.</summary>
    private Subject SubjectOf(Predicate p)
    {
        var fromTree = NamedTreeSubject(p);
        if (fromTree is { } named && !IsDescribed(named.Head))
        {
            return named;
        }

        // A described subject ("officials") gives way to a name the linear reader finds in a phrase around it
        // ("Montenegro Municipality Association (AKK) officials", parsed with the name outside the subject).
        var linear = LinearSubjectOf(p);
        bool around = fromTree is { } t && linear.Start <= t.Start && t.End <= linear.End;
        return fromTree is { } described && (!around || linear.Head is null || IsDescribed(linear.Head)) ? described : linear;
    }

    private bool IsDescribed(string? id) => id is not null && _doc.Actors.Entity(id)?.Described == true;

    private Subject LinearSubjectOf(Predicate p)
    {
        int end = p.GroupStart;
        int j = end - 1;

        // "Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded": skip the apposition.
        if (j >= _first && _doc.Lower(j) == ",")
        {
            int open = j - 1;
            while (open >= _first && _doc.Lower(open) != "," && j - open < 14)
            {
                open--;
            }

            if (open >= _first && _doc.Lower(open) == ",")
            {
                end = open;
                j = open - 1;
            }
        }

        j = ScanNounPhraseLeft(j);
        int start = j + 1;

        // "… allies, who have rejected": the subject is what "who" stands for.
        if (start == end && j >= _first && _doc.Lower(j) is "who" or "which")
        {
            int k = j - 1;
            if (k >= _first && _doc.Lower(k) == ",")
            {
                k--;
            }

            end = k + 1;
            start = ScanNounPhraseLeft(k) + 1;
        }

        // ", charging its neighbour with …" (a participle after a comma) and "… warned that …, and accused X" (a
        // coordinated verb) have the sentence's subject.
        bool participle = start == end && j >= _first && _doc.Lower(j) == "," && _doc.Lower(p.Head).EndsWith("ing", StringComparison.Ordinal);
        bool coordinated = end > start && end - start <= 2 && _doc.Tag(end - 1) == UposTag.Cconj && !HasNominal(start, end);
        if ((participle || coordinated) && _predicates.Count > 0 && _predicates[0] != p && _predicates[0].Head < p.Head)
        {
            return SubjectOf(_predicates[0]);
        }

        var head = HeadEntity(start, end, out var country);
        country ??= CountryWordIn(start, end);
        int regionStart = start;
        if (head is null && end > start && _doc.Tag(end - 1) == UposTag.Pron && PronounAt(end - 1, end) is { } pronoun)
        {
            head = Antecedent(pronoun, start);

            // "The ministry said it was talking …": the pronoun stands for an actor word before it.
            if (head is null && HasActorWord(_first, start))
            {
                regionStart = _first;
            }
        }

        return new Subject(head, country, regionStart, end);
    }

    // "Fijian rebels", "Vietnamese-led forces": a people's name the recognizer did not mark.
    private string? CountryWordIn(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (_doc.EntityAt(k) is null && _doc.Tag(k) is UposTag.Adj or UposTag.Propn or UposTag.Noun
                && _doc.Actors.CountryOfWord(_doc.Text(k)) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    private bool HasNominal(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (_doc.Tag(k) is UposTag.Noun or UposTag.Propn or UposTag.Pron)
            {
                return true;
            }
        }

        return false;
    }

    // Back from k over one noun phrase: stops at a clause mark or a verb; a bracketed part ("the Asia-Pacific Economic
    // Cooperation (APEC) forum") belongs to the phrase. Returns the token before the phrase.
    private int ScanNounPhraseLeft(int k)
    {
        while (k >= _first)
        {
            if (_doc.Lower(k) == ")")
            {
                int open = k - 1;
                while (open >= _first && open > k - 12 && _doc.Lower(open) != "(")
                {
                    open--;
                }

                if (open >= _first && _doc.Lower(open) == "(")
                {
                    k = open - 1;
                    continue;
                }
            }

            // "warplanes/VERB bombed": a plural noun the tagger took for a verb, right before the verb group.
            bool mistaggedNoun = _doc.Tag(k) == UposTag.Verb && k + 1 < _end && _doc.Tag(k + 1) == UposTag.Verb
                && _doc.Lower(k).EndsWith('s') && k > _first && _doc.Tag(k - 1) is UposTag.Adj or UposTag.Propn or UposTag.Noun or UposTag.Det;
            if (IsBoundary(k) || (IsVerbHead(k) && !mistaggedNoun))
            {
                break;
            }

            k--;
        }

        return k;
    }

    private bool HasActorWord(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (_doc.Tag(k) is UposTag.Noun or UposTag.Propn && ActorWords.Contains(_doc.Lower(k)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsVerbHead(int k) => _doc.Tag(k) == UposTag.Verb || (_doc.Tag(k) == UposTag.Aux && k + 1 < _end && _doc.Tag(k + 1) is not (UposTag.Verb or UposTag.Aux or UposTag.Adv or UposTag.Part));

    /// <summary>The entity a noun phrase is about: a person or organisation before a country or people named as its modifier.</summary>
    private string? HeadEntity(int start, int end, out string? country)
    {
        country = null;
        string? best = null;
        int bestAt = -1;
        int bestRank = int.MaxValue;
        string? fallback = null;
        string? described = null;
        string? namedAfter = null;
        for (int k = start; k < end; k++)
        {
            if (_doc.EntityAt(k) is not { } id || (k > start && _doc.EntityAt(k - 1) == id))
            {
                continue;
            }

            fallback ??= id;
            country ??= _doc.Actors.CountryOf(id);
            var entity = _doc.Actors.Entity(id);
            if (entity?.Described == true)
            {
                described ??= AfterPreposition(k, start) ? null : id;
                continue;
            }

            if (AfterPreposition(k, start))
            {
                namedAfter ??= id;
                continue;
            }

            int rank = entity?.Type switch
            {
                EntityType.Person => 0,
                EntityType.Org => 1,
                EntityType.Gpe => 2,
                EntityType.Norp => 3,
                EntityType.Loc => 4,
                _ => 5,
            };
            if (rank < bestRank)
            {
                best = id;
                bestAt = k;
                bestRank = rank;
            }
        }

        // A described actor ("Hong Kong police", "Afghan rebels") is the phrase's head before a place or people that
        // modifies it inside its own words; a name beside it ("the US and other developed nations"), a person or
        // organisation among its words ("three Appeal Court judges"), and a name it is tied to by a preposition
        // ("officials of Local 594", "Security forces in Guinea": the fallback) say who it is.
        if (described is not null)
        {
            bool modifier = best is null || (_doc.DescribedOver(bestAt) == described && bestRank >= 2);
            if (modifier && best is not null && _doc.Actors.Entity(described)?.Agent == "GOV"
                && _doc.Actors.CountryOf(best) is not null && bestRank <= 3)
            {
                // "the US administration", "the Turkish government": a government (agent code GOV) of a country is the
                // state, coded as the country as PLOVER codes state actors.
                return _doc.AsCountryEntity(best);
            }

            if (modifier)
            {
                return best is null ? namedAfter ?? described : described;
            }
        }

        return best ?? fallback;
    }

    private bool AfterPreposition(int k, int start)
    {
        for (int j = k - 1; j >= start; j--)
        {
            var t = _doc.Tag(j);
            if (t == UposTag.Adp && _doc.Lower(j) != "'s")
            {
                return true;
            }

            if (t is not (UposTag.Det or UposTag.Adj or UposTag.Num))
            {
                return false;
            }
        }

        return false;
    }

    private string? PronounAt(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (_doc.Tag(k) == UposTag.Pron)
            {
                return _doc.Lower(k);
            }
        }

        return null;
    }

    // he/she: the nearest person before, in this sentence or the one before; it/they: the nearest actor.
    private string? Antecedent(string pronoun, int before)
    {
        bool person = pronoun is "he" or "she";
        if (!person && pronoun is not ("it" or "they"))
        {
            return null;
        }

        int from = _sentence > 0 ? _doc.Sentences[_sentence - 1].Tokens.Start : _first;

        // "Five public sector unions met … They want": a group the text describes in the plural is what "they" stands for.
        if (pronoun == "they")
        {
            for (int k = before - 1; k >= from; k--)
            {
                if (_doc.EntityAt(k) is { } id && _doc.Actors.Entity(id)?.Described == true && IsPluralAgent(k))
                {
                    return id;
                }
            }
        }

        for (int k = before - 1; k >= from; k--)
        {
            if (_doc.EntityAt(k) is { } id && _doc.Actors.Entity(id) is { } e
                && (person ? e.Type == EntityType.Person : e.Type is EntityType.Gpe or EntityType.Org or EntityType.Person))
            {
                return id;
            }
        }

        return null;
    }

    // The entity at a token for a linear reader: a place or people naming a described actor is its modifier
    // ("with Orlando community leaders").
    private string? ActorAt(int k) =>
        _doc.EntityAt(k) is { } id && _doc.DescribedOver(k) is { } described && _doc.Actors.Entity(id)?.Type is EntityType.Gpe or EntityType.Norp or EntityType.Loc
            ? described
            : _doc.EntityAt(k);

    private bool IsPluralAgent(int k)
    {
        foreach (var form in Language.AgentNouns.EndingIn(_doc.Lower(k)))
        {
            if (form.Plural)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The target: the tree's object, else the first entity in the objects of the chain that is not a place
    /// preposition's, else the tree's target oblique.</summary>
    private string? ObjectOf(Predicate top, Predicate last, string? source)
    {
        if (_doc.Tree is null)
        {
            return LinearObject(top, last, source);
        }

        // A name before a description: "offered its troops to Lebanon's President", "sent military personnel to Bosnia"
        // (the described object is what is given or sent; the tree's oblique names the other side).
        // A complement's own subject ("demanding that the Turkish government provide") is the addressee either way.
        var direct = TreeObject(top, last, source, obliques: false, out bool addressee);
        if (direct is not null && (addressee || !IsDescribed(direct)))
        {
            return direct;
        }

        var oblique = direct is null ? null : TreeObject(top, last, source, obliques: true, out _);
        if (oblique is not null && !IsDescribed(oblique))
        {
            return oblique;
        }

        var linear = LinearObject(top, last, source);
        if (linear is not null && !IsDescribed(linear))
        {
            return linear;
        }

        return direct ?? linear ?? TreeObject(top, last, source, obliques: true, out _);
    }

    // "a debate with Democratic presidential candidate Bernie Sanders": the first name of the object region may be a
    // people or a party that only modifies the noun phrase it stands in; when that phrase is headed by a noun that
    // names a person (a role, an agent noun of persons), a person the tree's phrase names is the one it is about, as
    // for the tree's own objects (HeadEntity: a person before a people or a party).
    private string NamedByPhrase(int k, string id, string? source)
    {
        var tree = _doc.Tree;
        if (tree is null)
        {
            return id;
        }

        int h = k;
        for (int hop = 0; hop < 4 && tree.UniversalRelation(h) is "amod" or "compound" or "flat" && tree.Head(h) > h; hop++)
        {
            h = tree.Head(h);
        }

        return h != k && IsPersonNoun(h) && _doc.Actors.Entity(id)?.Type is not (EntityType.Person or EntityType.Org or EntityType.Gpe)
            && NounPhrase(h).Head is { } head && head != source && _doc.Actors.Entity(head)?.Type == EntityType.Person ? head : id;
    }

    // A role ("candidate", "envoy") or an agent noun that names persons ("lawyer"): Language.PersonNouns.
    private bool IsPersonNoun(int k) => Language.PersonNouns.Is(_doc.Lower(k));

    private string? LinearObject(Predicate top, Predicate last, string? source)
    {
        string? place = null;
        string? described = null;
        for (var p = top; p is not null; p = p.Complement)
        {
            int until = p.Complement is { } c && c.GroupStart > p.ObjectEnd ? c.GroupStart : p.ObjectEnd;
            for (int k = p.End; k < until; k++)
            {
                if (ActorAt(k) is not { } id || id == source || (k > p.End && ActorAt(k - 1) == id))
                {
                    continue;
                }

                if (PrepositionBefore(k, p.End) is { } prep && s_placePrepositions.Contains(prep))
                {
                    place ??= id;
                    continue;
                }

                if (IsDescribed(id))
                {
                    described ??= id;
                    continue;
                }

                return NamedByPhrase(k, id, source);
            }

            if (p == last)
            {
                break;
            }
        }

        return described ?? (place is not null && _doc.Actors.Entity(place)?.Type is EntityType.Gpe or EntityType.Loc ? null : place);
    }

    private string? PrepositionBefore(int k, int from)
    {
        for (int j = k - 1; j >= from; j--)
        {
            var t = _doc.Tag(j);
            if (t == UposTag.Adp)
            {
                return _doc.Lower(j);
            }

            if (t is not (UposTag.Det or UposTag.Adj or UposTag.Num or UposTag.Propn or UposTag.Noun) || _doc.EntityAt(j) is null && t == UposTag.Noun)
            {
                return null;
            }
        }

        return null;
    }

    // "talked with/to X": the other side of a conversation.
    private string? EntityAfter(Predicate p, string? source)
    {
        for (int k = p.End; k < p.ObjectEnd; k++)
        {
            if (_doc.Lower(k) is "with" or "to" && FirstEntity(k + 1, Math.Min(_end, k + 8)) is { } id && id != source)
            {
                return id;
            }
        }

        return null;
    }

    private string? AgentAfter(Predicate top, Predicate last)
    {
        for (var p = top; p is not null; p = p.Complement)
        {
            for (int k = p.End; k < p.ObjectEnd; k++)
            {
                if (_doc.Lower(k) == "by" && FirstEntity(k + 1, Math.Min(_end, k + 8)) is { } agent)
                {
                    return agent;
                }
            }

            if (p == last)
            {
                break;
            }
        }

        return null;
    }

    // "X said Y must …": the subject of the nearest verb before.
    private Subject? SpeakerBefore(Predicate p)
    {
        Predicate? speaker = null;
        foreach (var q in _predicates)
        {
            if (q.Head < p.GroupStart)
            {
                speaker = q;
            }
        }

        return speaker is null ? null : SubjectOf(speaker);
    }

    // "Jordan and Britain have agreed": the second of two coordinated subjects is the other side.
    private string? CoordinatedWith(Predicate top, string source)
    {
        int j = top.GroupStart - 1;
        string? other = null;
        bool sawAnd = false;
        while (j >= _first && !IsBoundary(j) && !IsVerbHead(j))
        {
            if (_doc.Lower(j) == "and")
            {
                sawAnd = true;
            }
            else if (_doc.EntityAt(j) is { } id && id != source && _doc.AsCountryEntity(id) != source)
            {
                other ??= id;
            }

            j--;
        }

        return sawAnd ? other : null;
    }

    private (string? First, string? Second) TwoSides(int from)
    {
        int limit = Math.Min(_end, from + 16);
        int split = -1;
        for (int k = from; k < limit; k++)
        {
            if (_doc.Lower(k) == "and")
            {
                split = k;
                break;
            }

            if (_doc.Lower(k) is ";" or ":" or "(" || _doc.Tag(k) is UposTag.Verb or UposTag.Sconj)
            {
                limit = k;
                break;
            }
        }

        if (split < 0)
        {
            return (HeadEntity(from, limit, out _), null);
        }

        int secondEnd = split + 1;
        while (secondEnd < limit && !IsBoundary(secondEnd) && _doc.Tag(secondEnd) is not (UposTag.Adp or UposTag.Verb or UposTag.Aux))
        {
            secondEnd++;
        }

        return (HeadEntity(from, split, out _), HeadEntity(split + 1, secondEnd, out _));
    }

    private string? FirstEntity(int from, int to, int phraseHead = -1)
    {
        for (int k = from; k < to; k++)
        {
            if (IsBoundary(k) && (phraseHead < 0 || !QuotesInsidePhrase(phraseHead, k)))
            {
                return null;
            }

            if (ActorAt(k) is { } id)
            {
                return id;
            }
        }

        return null;
    }

    // "a Russian attack", "Israel's blockade", "US sanctions": the actor named inside the noun phrase. A city before
    // a meeting word ("the Moscow talks") is where it happened, not who.
    private string? ModifierActor(NounTrigger n)
    {
        for (int j = n.Start - 1; j >= _first && j >= n.Start - 6; j--)
        {
            var t = _doc.Tag(j);
            if (_doc.EntityAt(j) is { } id)
            {
                var type = _doc.Actors.Entity(id)?.Type;
                if (type is EntityType.Misc or EntityType.Loc)
                {
                    continue;
                }

                if (type == EntityType.Gpe && !_doc.Actors.IsCountry(id) && n.Entry.Category is Plover.Consult or Plover.Agree)
                {
                    return null;
                }

                return id;
            }

            // A determiner opens the noun phrase: nothing before it belongs to this one.
            if (t is not (UposTag.Adj or UposTag.Noun or UposTag.Num or UposTag.Part or UposTag.Propn or UposTag.Adv))
            {
                break;
            }
        }

        return null;
    }
}
