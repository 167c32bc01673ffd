using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Events;

/// <summary>One event as read from one sentence, before its place, time and counts are added and mentions merged.</summary>
internal sealed record EventReading(
    string Type,
    string? Mode,
    int Trigger,
    int Sentence,
    string? Source,
    string? Target,
    string? SourceCountry,
    string? TargetCountry,
    bool Agentive);

/// <summary>
/// Reads the events of one sentence from its part-of-speech tags, its entities and the trigger lexicon:
/// <list type="number">
/// <item>finds the verbs with their groups (modals, negation, passive) and the noun triggers;</item>
/// <item>links each intent, light or aspect verb to its complement ("threatened [to cut]", "held [talks]");</item>
/// <item>lets the governing verb decide the category, with PLOVER's future rule; drops what is negated, conditional
/// ("if …") or only intended by an infinitive nobody governs;</item>
/// <item>takes the subject as the source and the object (or a "with/on/against" phrase) as the target.</item>
/// </list>
/// </summary>
internal sealed class SentenceReader
{
    private static readonly HashSet<string> s_modalsFuture = ["will", "'ll", "would", "'d", "shall", "may", "might", "could", "can", "wo"];
    private static readonly HashSet<string> s_modalsObligation = ["must", "should"];
    private static readonly HashSet<string> s_negations = ["not", "n't", "never"];
    private static readonly HashSet<string> s_beForms = ["be", "is", "are", "was", "were", "been", "being", "am", "get", "gets", "got", "getting", "'re"];
    private static readonly HashSet<string> s_irregularParticiples =
    [
        "held", "met", "sent", "hit", "shot", "struck", "caught", "sought", "fought", "built", "bound", "kept", "led",
        "left", "lost", "paid", "said", "told", "sold", "bought", "brought", "taught", "thought", "cut", "set", "put",
        "hurt", "found", "made", "laid", "won", "fed", "fled", "slain",
    ];

    private static readonly HashSet<string> s_placePrepositions = ["in", "at", "near", "outside", "inside", "into", "across", "around", "throughout"];
    private static readonly HashSet<string> s_targetPrepositions = ["on", "against", "with", "to", "at", "into", "upon", "towards", "toward", "from", "over"];
    private static readonly HashSet<string> s_irrealisModifiers = ["potential", "possible", "proposed", "planned", "future", "prospective", "hypothetical", "upcoming", "new"];
    private static readonly HashSet<string> s_economicObjects =
    [
        "rate", "rates", "price", "prices", "tax", "taxes", "output", "production", "cost", "costs", "jobs", "spending",
        "interest", "dividend", "dividends", "debt", "stake", "forecast", "estimate", "estimates", "payroll", "capacity",
    ];

    // What these verbs take as an object is a topic ("discussed Ukraine"); the other side comes after "with".
    private static readonly HashSet<string> s_topicVerbs = ["discuss", "negotiate", "debate", "talk", "consult", "confer"];

    // Verbs of saying and knowing: what follows them is what was said, and their subject is no actor of it.
    private static readonly HashSet<string> s_reporting =
    [
        "say", "tell", "report", "add", "state", "claim", "confirm", "note", "write", "quote", "believe", "think",
        "describe", "explain", "argue", "suggest", "indicate", "reveal", "show", "see", "know", "hear", "learn",
        "understand", "according", "cite", "mention", "acknowledge", "admit", "insist", "predict", "estimate", "expect",
    ];

    private static readonly HashSet<string> s_timeWords =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private readonly EventDocument _doc;
    private readonly int _first;
    private readonly int _end;
    private readonly int _sentence;
    private readonly List<Predicate> _predicates = [];
    private readonly List<NounTrigger> _nouns = [];
    private readonly bool[] _conditional;
    private bool _unless;
    private int _subjectStart;
    private int _subjectEnd;

    public SentenceReader(EventDocument doc, int sentence)
    {
        _doc = doc;
        _sentence = sentence;
        var range = doc.Sentences[sentence].Tokens;
        _first = range.Start;
        _end = range.End;
        _conditional = new bool[range.Length];
    }

    private sealed record NounTrigger(int Start, int End, TriggerEntry Entry)
    {
        public bool Absorbed { get; set; }
    }

    private sealed record Outcome(string Category, string? Mode, int Trigger, Predicate Last);

    public void Read(List<EventReading> into)
    {
        FindTriggers();
        if (_predicates.Count == 0 && _nouns.Count == 0)
        {
            return;
        }

        MarkConditions();
        foreach (var p in _predicates)
        {
            ReadGroup(p);
        }

        for (int i = 0; i < _predicates.Count; i++)
        {
            _predicates[i].ObjectEnd = ObjectEnd(_predicates[i], i);
            LinkComplement(_predicates[i], i);
        }

        foreach (var p in _predicates)
        {
            if (p.Governor is null && p.Entry is null && !p.Conditional && !IsReporting(p) && ResolvePlain(p) is { } plain)
            {
                into.Add(Reading(plain, p));
                continue;
            }

            if (p.Governor is not null || p.Entry is null)
            {
                // "including X" elaborates the object before it: its nouns belong to that event.
                if (p.Entry is null && _doc.Lower(p.Head) == "including" && _predicates.Any(q => q.Entry is not null && q.Head < p.Head))
                {
                    AbsorbObject(p);
                }

                continue;
            }

            bool irrealis = p.Conditional || (IsInfinitive(p) && p.Governor is null && !AfterAttempt(p));
            if (irrealis)
            {
                AbsorbChain(p);
                continue;
            }

            if (Resolve(p, p, future: false, negated: false, failed: false) is { } outcome)
            {
                into.Add(Reading(outcome, p));
            }
        }

        foreach (var n in _nouns)
        {
            if (!n.Absorbed && StandsAlone(n))
            {
                into.Add(NounReading(n));
            }
        }
    }

    // ---- triggers ------------------------------------------------------------------------------------------------

    private void FindTriggers()
    {
        int i = _first;
        while (i < _end)
        {
            var tag = _doc.Tag(i);
            if (tag == UposTag.Adp && _doc.Entries(i).Length > 0 && Match(i, TriggerPos.Noun, minWords: 2, out int phraseEnd) is { } prepositional)
            {
                // "went on strike"
                _nouns.Add(new NounTrigger(i, phraseEnd, prepositional));
                i = phraseEnd;
                continue;
            }

            if (tag is UposTag.Punct or UposTag.Det or UposTag.Adp or UposTag.Cconj or UposTag.Pron or UposTag.Num or UposTag.Sym)
            {
                i++;
                continue;
            }

            if (tag != UposTag.Verb && _doc.Entries(i).Length == 0)
            {
                i++;
                continue;
            }

            // A noun phrase of several words first ("improvised explosive device", "martial law", "hunger strike").
            if (Match(i, TriggerPos.Noun, minWords: 2, out int nounEnd) is { } phrase)
            {
                _nouns.Add(new NounTrigger(i, nounEnd, phrase));
                i = nounEnd;
                continue;
            }

            // "for Trump to broker a ceasefire": a verb after "to" that the tagger took for a noun.
            if (IsVerb(i, tag))
            {
                var entry = Match(i, TriggerPos.Verb, 1, out int end);
                if (entry is null && AfterBe(i))
                {
                    entry = Match(i, TriggerPos.Adjective, 1, out end);
                }

                _predicates.Add(new Predicate { Head = i, End = entry is null ? i + 1 : end, Entry = entry });
                i = entry is null ? i + 1 : end;
                continue;
            }

            if (tag == UposTag.Adj && AfterBe(i) && Match(i, TriggerPos.Adjective, 1, out int adjEnd) is { } adjective)
            {
                _predicates.Add(new Predicate { Head = i, End = adjEnd, Entry = adjective });
                i = adjEnd;
                continue;
            }

            // A capitalized noun may be a headline's ("Sanctions Bite"), but "March" and "May" are months.
            if ((tag == UposTag.Noun || (tag == UposTag.Propn && _doc.EntityAt(i) is null)) && !IsCapitalizedTimeWord(i)
                && Match(i, TriggerPos.Noun, 1, out int end1) is { } noun)
            {
                _nouns.Add(new NounTrigger(i, end1, noun));
                i = end1;
                continue;
            }

            i++;
        }
    }

    private bool IsCapitalizedTimeWord(int i) => s_timeWords.Contains(_doc.Lower(i)) && char.IsUpper(_doc.FirstChar(i));

    // The tagger's verbs, less participles used as adjectives ("a planned visit", "the banned party"), plus verbs it
    // took for nouns or adjectives: "for Trump to broker", "Klibi undertook", "it plans to impose".
    private bool IsVerb(int i, UposTag tag)
    {
        bool beforeNoun = i + 1 < _end && _doc.Tag(i + 1) is UposTag.Noun or UposTag.Adj;
        bool afterModifier = i > _first && (_doc.Tag(i - 1) is UposTag.Det or UposTag.Adj || _doc.Lower(i - 1) is "'s");
        // "EU-mediated talks": the second half of a hyphenated modifier.
        if (i > _first && _doc.Lower(i - 1) == "-")
        {
            return false;
        }

        if (tag == UposTag.Verb)
        {
            return !(afterModifier && beforeNoun && _doc.Lower(i).EndsWith("ed", StringComparison.Ordinal));
        }

        if (tag is not (UposTag.Noun or UposTag.Adj) || afterModifier)
        {
            return false;
        }

        var lower = _doc.Lower(i);
        bool afterTo = i > _first && lower != "to" && _doc.Lower(i - 1) == "to" && _doc.Tag(i - 1) == UposTag.Part;
        bool afterPronoun = i > _first && _doc.Lower(i - 1) is "he" or "she" or "it" or "they" or "we";
        bool beforeTo = i + 2 < _end && _doc.Lower(i + 1) == "to" && _doc.Tag(i + 2) == UposTag.Verb;
        bool pastAfterSubject = lower.EndsWith("ed", StringComparison.Ordinal) && i > _first
            && _doc.Tag(i - 1) is UposTag.Noun or UposTag.Propn or UposTag.Verb && !IsBoundary(i - 1);
        if (!(afterTo || afterPronoun || beforeTo || pastAfterSubject || WordForms.IsIrregularVerbForm(lower)))
        {
            return false;
        }

        return Match(i, TriggerPos.Verb, 1, out _) is not null;
    }

    private TriggerEntry? Match(int i, TriggerPos pos, int minWords, out int end)
    {
        end = i + 1;
        TriggerEntry? best = null;
        foreach (var entry in _doc.Entries(i))
        {
            if (entry.Pos != pos || entry.Words.Length < minWords || (best is not null && entry.Words.Length <= best.Words.Length))
            {
                continue;
            }

            if (RestMatches(entry, i))
            {
                best = entry;
                end = i + entry.Words.Length;
            }
        }

        return best;
    }

    private bool RestMatches(TriggerEntry entry, int i)
    {
        if (i + entry.Words.Length > _end)
        {
            return false;
        }

        for (int k = 1; k < entry.Words.Length; k++)
        {
            var lower = _doc.Lower(i + k);
            if (lower == entry.Words[k])
            {
                continue;
            }

            if (Array.IndexOf(WordForms.Of(lower), entry.Words[k]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private bool AfterBe(int i)
    {
        for (int j = i - 1; j >= _first && j >= i - 3; j--)
        {
            var t = _doc.Tag(j);
            if (t == UposTag.Aux && s_beForms.Contains(_doc.Lower(j)))
            {
                return true;
            }

            if (t is not (UposTag.Adv or UposTag.Part))
            {
                return false;
            }
        }

        return false;
    }

    // ---- verb groups, conditions, complements ---------------------------------------------------------------------

    private void ReadGroup(Predicate p)
    {
        bool be = false;
        int j = p.Head - 1;
        while (j >= _first)
        {
            var t = _doc.Tag(j);
            var w = _doc.Lower(j);
            if (t is UposTag.Aux or UposTag.Part or UposTag.Adv || s_negations.Contains(w))
            {
                if (s_modalsFuture.Contains(w))
                {
                    p.Future = true;
                }
                else if (s_modalsObligation.Contains(w))
                {
                    p.Obligation = true;
                }
                else if (s_negations.Contains(w))
                {
                    p.Negated = true;
                }
                else if (s_beForms.Contains(w))
                {
                    be = true;
                }

                j--;
                continue;
            }

            // "is going to attack": a future.
            if (w == "going" && j + 1 < p.Head && _doc.Lower(j + 1) == "to")
            {
                p.Future = true;
                j--;
                continue;
            }

            // "no longer tolerate"
            if (w == "longer" && j > _first && _doc.Lower(j - 1) == "no")
            {
                p.Negated = true;
                j -= 2;
                continue;
            }

            break;
        }

        p.GroupStart = j + 1;
        if (be && p.Entry?.Pos != TriggerPos.Adjective)
        {
            var head = _doc.Lower(p.Head);
            p.Passive = head.EndsWith("ed", StringComparison.Ordinal) || head.EndsWith("en", StringComparison.Ordinal)
                || s_irregularParticiples.Contains(head);
        }

        p.Conditional = _conditional[p.Head - _first];
    }

    // "An attempt to assassinate …": an attempted act is coded as the act.
    private bool AfterAttempt(Predicate p)
    {
        int before = p.GroupStart - 1;
        return before >= _first && _doc.Lower(before) is "attempt" or "attempts" or "bid" or "attempted";
    }

    private bool IsInfinitive(Predicate p)
    {
        for (int j = p.GroupStart; j < p.Head; j++)
        {
            if (_doc.Lower(j) == "to")
            {
                return true;
            }
        }

        return false;
    }

    // "if …", "unless …", "whether …" up to the next comma or the sentence end are conditions.
    private void MarkConditions()
    {
        for (int i = _first; i < _end; i++)
        {
            var w = _doc.Lower(i);
            if (w is not ("if" or "unless" or "whether"))
            {
                continue;
            }

            if (w == "unless")
            {
                _unless = true;
            }

            int j = i;
            while (j < _end && !(j > i && _doc.Lower(j) is "," or ";" or ":"))
            {
                _conditional[j - _first] = true;
                j++;
            }

            i = j;
        }
    }

    // A subordinating conjunction opens a clause, unless it is a preposition before a gerund ("of supporting").
    private bool IsBoundary(int k) =>
        (_doc.Tag(k) == UposTag.Sconj && _doc.Lower(k) is not ("of" or "for" or "about" or "over" or "against" or "with" or "by" or "on" or "in" or "at"))
        || _doc.Lower(k) is "," or ";" or ":" or "(" or ")" or "\"" or "“" or "”" or "—" or "–" or "--" or "who" or "which" or "whom";

    // The object runs from the trigger to the next verb group, clause mark or punctuation.
    private int ObjectEnd(Predicate p, int index)
    {
        int limit = Math.Min(_end, p.End + 14);
        int next = index + 1 < _predicates.Count ? _predicates[index + 1].GroupStart : _end;
        for (int k = p.End; k < limit; k++)
        {
            if (k >= next || IsBoundary(k) || (_doc.Lower(k) == "that" && _doc.Tag(k) is UposTag.Sconj or UposTag.Pron))
            {
                return k;
            }
        }

        return limit;
    }

    private void LinkComplement(Predicate p, int index)
    {
        if (index + 1 >= _predicates.Count)
        {
            return;
        }

        if (p.Entry is null)
        {
            // A verb the lexicon does not know, inside a governed chain ("urged Iran to stop supplying weapons"),
            // keeps what follows it in the chain.
            var next = _predicates[index + 1];
            if (p.Governor is not null && (next.GroupStart == p.End || (IsInfinitive(next) && next.GroupStart - p.End <= 3)))
            {
                p.Complement = next;
                next.Governor = p;
            }

            return;
        }

        var q = _predicates[index + 1];
        bool sawThat = false;
        for (int k = p.End; k < q.GroupStart; k++)
        {
            // "demanded that …", "told him that …"; after a common noun "that" opens a relative clause.
            if (_doc.Lower(k) == "that" && (k == p.End || _doc.Tag(k - 1) is UposTag.Pron or UposTag.Propn || s_timeWords.Contains(_doc.Lower(k - 1)))
                && !(k > p.End && _doc.Tag(k - 1) == UposTag.Propn && s_timeWords.Contains(_doc.Lower(k - 1)) && k - 1 > p.End && _doc.Tag(k - 2) is UposTag.Noun))
            {
                sawThat = true;
            }
            else if (IsBoundary(k))
            {
                return;
            }
        }

        int gap = q.GroupStart - p.End;
        if (p.Entry.Kind == TriggerKind.Frame && gap is >= 1 and <= 8 && q.GroupStart == q.Head
            && _doc.Lower(q.GroupStart - 1) is "of" or "for" or "about" or "over" or "against"
            && _doc.Lower(q.Head).EndsWith("ing", StringComparison.Ordinal))
        {
            // "accused Chad of supporting the rebels": what the accusation is about.
            p.Complement = q;
            q.Governor = p;
            return;
        }

        if (gap == 0 && q.GroupStart == q.Head && p.Entry.Kind == TriggerKind.Frame && _doc.Lower(q.Head).EndsWith("ing", StringComparison.Ordinal))
        {
            // "denied launching", "refused attending": a gerund complement; what is denied did not happen.
            p.Complement = q;
            p.ClausalComplement = p.Entry.Words[0] == "deny";
            q.Governor = p;
            return;
        }

        bool link = IsInfinitive(q) && (p.Entry.Kind != TriggerKind.Event || gap <= 6);
        if (!link && p.Entry.Kind != TriggerKind.Event)
        {
            // "demanded that the US cancel", "announced it will withdraw", "said he is prepared to".
            link = sawThat || (gap is >= 1 and <= 4 && q.GroupStart < q.Head && IsShortSubject(p.End, q.GroupStart));
        }

        if (link)
        {
            p.Complement = q;
            p.ClausalComplement = !IsInfinitive(q);
            q.Governor = p;
        }
    }

    private bool IsShortSubject(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (_doc.Tag(k) is not (UposTag.Pron or UposTag.Propn or UposTag.Noun or UposTag.Det or UposTag.Adj or UposTag.Num))
            {
                return false;
            }
        }

        return true;
    }

    // ---- categories -----------------------------------------------------------------------------------------------

    private Outcome? Resolve(Predicate p, Predicate top, bool future, bool negated, bool failed)
    {
        future |= p.Future;
        negated |= p.Negated;
        AbsorbObject(p);
        var entry = p.Entry!;
        switch (entry.Kind)
        {
            case TriggerKind.Event or TriggerKind.Frame or TriggerKind.Weapon:
                if (p.Complement is not null)
                {
                    AbsorbChain(p.Complement);
                    if (entry.Kind == TriggerKind.Frame && p.ClausalComplement && StatesOnly(entry, p.Complement))
                    {
                        return null;
                    }
                }

                // "struck a deal" is an agreement, "struck a cautious tone" nothing; "struck the town" an attack.
                if (entry.Words.Length == 1 && entry.Words[0] is "strike" or "hit" && !p.Passive)
                {
                    foreach (var n in _nouns)
                    {
                        if (n.Start >= p.End && n.Start < p.ObjectEnd && n.Entry.Category is not null && n.Entry.Kind == TriggerKind.Event)
                        {
                            return Decide(n.Entry, future, negated, failed, p.Obligation) is { } c ? new Outcome(c, n.Entry.ReportedMode, n.Start, p) : null;
                        }
                    }

                    for (int k = p.End; k < p.ObjectEnd; k++)
                    {
                        if (_doc.Lower(k) is "tone" or "note" or "chord" or "balance" or "pose" or "figure" or "shot" or "ball" or "blow" or "match" or "gold" or "oil" or "bargain")
                        {
                            return null;
                        }
                    }
                }

                if (IsOtherSense(p, entry))
                {
                    return null;
                }

                // "ordered six aircraft" is a purchase; "ordered the paper to close", "ordered the arrest of" coerce.
                if (entry.Words[0] == "order" && p.Complement is null && !_nouns.Any(n => n.Start >= p.End && n.Start < p.ObjectEnd))
                {
                    return null;
                }

                if (IsEconomicObject(p, entry) || (entry.Mode == "release" && !TakesPeople(p)) || IsQuestion(p, entry) || DeniesNothing(p, entry))
                {
                    return null;
                }

                // "is seeking to buy": an attempt, not a request.
                if (entry.Words[0] == "seek" && p.Complement is { Entry: not null } attempt && IsInfinitive(attempt))
                {
                    return Resolve(attempt, top, future, negated, failed);
                }

                return Decide(entry, future, negated, failed, p.Obligation, p.Passive) is { } category
                    ? new Outcome(category, entry.ReportedMode, p.Head, p.Complement ?? p)
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
                        return Decide(nounCategory, future, negated, failed, p.Obligation) is { } c
                            ? new Outcome(c, n.Entry.ReportedMode, n.Start, p.Complement ?? p)
                            : null;
                    }
                }

                if (p.Complement is { Entry: not null } complement)
                {
                    return Resolve(complement, top, future, negated, failed);
                }

                return null;
        }
    }

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
        if (p.Obligation && !p.Passive && !p.Negated && SpeakerBefore(p) is not null
            && (SubjectOf(p, out _) is not null || HasActorWord(_subjectStart, _subjectEnd)))
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
                    ? new Outcome(c, n.Entry.ReportedMode, n.Start, p)
                    : null;
            }
        }

        return null;
    }

    private string? Decide(TriggerEntry entry, bool future, bool negated, bool failed, bool obligation, bool passive = false)
    {
        var category = entry.Category!;
        if (negated)
        {
            // "refused"/"failed to" a cooperative act, or "will not" do one, is a rejection; other negated acts did not happen.
            return (future || failed) && Plover.IsCooperative(category) ? Plover.Reject : null;
        }

        if (obligation && !passive)
        {
            return Plover.Request;
        }

        return future && !entry.KeepsCategory ? Plover.Future(category, _unless) : category;
    }

    /// <summary>
    /// Words whose everyday sense is no event: "demonstrated that/how" (showed), "seized on the reports / the
    /// opportunity", "warned there was a risk" (a warning is a threat only when it announces a hostile act or is
    /// made against someone: "warned that it would retaliate", "warned Beijing against").
    /// </summary>
    private bool IsOtherSense(Predicate p, TriggerEntry entry)
    {
        string next = p.End < _end ? _doc.Lower(p.End) : "";
        switch (entry.Words[0])
        {
            case "demonstrate" when entry.Words.Length == 1:
                return next is "that" or "how" or "what" or "the" or "a" or "an" or "their" or "its" or "his" or "her" or "our" or "this";
            case "seize":
                if (next is "on" or "upon")
                {
                    return true;
                }

                for (int k = p.End; k < p.ObjectEnd; k++)
                {
                    if (_doc.Lower(k) is "opportunity" or "initiative" or "chance" or "moment" or "momentum" or "headlines" or "lead")
                    {
                        return true;
                    }
                }

                return false;
            case "warn" when entry.Words.Length == 1:
                for (int k = p.End; k < p.ObjectEnd; k++)
                {
                    if (_doc.Lower(k) == "against")
                    {
                        return false;
                    }
                }

                if (p.Complement is not { } c || !(c.Future || c.Obligation || IsInfinitive(c)))
                {
                    return true;
                }

                if (c.Entry?.Category is { } said)
                {
                    return Plover.IsCooperative(said);
                }

                // "warned that police will no longer tolerate rallies": an actor's announced act.
                return IsInfinitive(c) || !(SubjectOf(c, out _) is not null || HasActorWord(_subjectStart, _subjectEnd)
                    || (_subjectEnd > _subjectStart && _doc.Lower(_subjectStart) is "we" or "it" or "they"));
            default:
                return false;
        }
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

    private void AbsorbChain(Predicate p)
    {
        for (var q = p; q is not null; q = q.Complement)
        {
            AbsorbObject(q);
        }
    }

    private bool StandsAlone(NounTrigger n)
    {
        if (_conditional[n.Start - _first])
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

    // ---- actors ---------------------------------------------------------------------------------------------------

    private EventReading Reading(Outcome outcome, Predicate top)
    {
        string? source;
        string? target;
        string? sourceCountry;
        // "Putin is expected to visit", "talks are set to resume": a passive that only raises its subject is no passive.
        bool raising = top.Entry?.Kind is TriggerKind.Intent or TriggerKind.Pass && top.Complement is not null;
        if (top.Passive && !raising)
        {
            target = SubjectOf(top, out _);
            source = AgentAfter(top, outcome.Last);
            sourceCountry = null;
        }
        else if (outcome.Category == Plover.Request && HasObligation(top))
        {
            // "X said Y must do Z": Y is asked; the one who says so asks.
            target = SubjectOf(Deepest(top), out _);
            source = SpeakerBefore(top);
            sourceCountry = null;
        }
        else if (SubjectNoun(top) is { } subjectNoun && subjectNoun.Entry.Category == outcome.Category)
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
            source = SubjectOf(top, out sourceCountry);
            target = top.Entry is { } entry && s_topicVerbs.Contains(entry.Words[0])
                ? EntityAfter(top, "with", source)
                : ObjectOf(top, outcome.Last, source);
            if (target is null && source is not null)
            {
                target = CoordinatedWith(top, source);
            }
        }

        bool agentive = HasActorWord(_subjectStart, _subjectEnd);
        for (var p = top; p is not null && !agentive; p = p.Complement)
        {
            agentive = HasActorWord(p.End, p.ObjectEnd);
        }

        return Finish(outcome.Category, outcome.Mode, outcome.Trigger, source, target, sourceCountry, agentive);
    }

    private EventReading NounReading(NounTrigger n)
    {
        string? source = null;
        string? target = null;
        int after = n.End;
        bool agentive = false;
        if (after < _end && _doc.Lower(after) is "between" or "among")
        {
            var (a, b) = TwoSides(after + 1);
            source = a;
            target = b;
            agentive = HasActorWord(after + 1, Math.Min(_end, after + 8));
        }
        else
        {
            source = ModifierActor(n);
            for (int k = after; k < Math.Min(_end, after + 8) && !IsBoundary(k); k++)
            {
                var w = _doc.Lower(k);
                if (w == "by" && source is null)
                {
                    source = FirstEntity(k + 1, Math.Min(_end, k + 7));
                }
                else if (s_targetPrepositions.Contains(w))
                {
                    if (FirstEntity(k + 1, Math.Min(_end, k + 7)) is { } t && t != source)
                    {
                        target = t;
                        break;
                    }
                }
            }
        }

        // "Russia had expressed interest in a meeting with …", "A US national has been put under investigation":
        // a noun without actors of its own takes the clause's.
        if (source is null && target is null && GoverningPredicate(n) is { } clause)
        {
            if (clause.Passive)
            {
                target = SubjectOf(clause, out _);
            }
            else
            {
                source = SubjectOf(clause, out _);
            }

            agentive = HasActorWord(_subjectStart, _subjectEnd);
        }

        // A noun alone ("fled the fighting", "after two days of talks") asserts an event only with someone in it.
        return Finish(n.Entry.Category!, n.Entry.ReportedMode, n.Start, source, target, null, agentive);
    }

    private NounTrigger? SubjectNoun(Predicate p)
    {
        SubjectOf(p, out _);
        foreach (var n in _nouns)
        {
            if (n.Start >= _subjectStart && n.Start < _subjectEnd && n.Entry.Kind == TriggerKind.Event)
            {
                return n;
            }
        }

        return null;
    }

    private Predicate? GoverningPredicate(NounTrigger n)
    {
        foreach (var p in _predicates)
        {
            if (n.Start >= p.End && n.Start < p.ObjectEnd)
            {
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

    private static Predicate Deepest(Predicate p)
    {
        while (p.Complement is not null)
        {
            p = p.Complement;
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

    /// <summary>The subject of a verb: the noun phrase before its group, back to a clause mark.</summary>
    private string? SubjectOf(Predicate p, out string? country)
    {
        country = null;
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
            return SubjectOf(_predicates[0], out country);
        }

        _subjectStart = start;
        _subjectEnd = end;
        var head = HeadEntity(start, end, out country);
        country ??= CountryWordIn(start, end);
        if (head is null && end - start <= 2 && PronounAt(start, end) is { } pronoun)
        {
            head = Antecedent(pronoun, start);
        }

        return head;
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

            if (IsBoundary(k) || IsVerbHead(k))
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
        int bestRank = int.MaxValue;
        string? fallback = null;
        for (int k = start; k < end; k++)
        {
            if (_doc.EntityAt(k) is not { } id || (k > start && _doc.EntityAt(k - 1) == id))
            {
                continue;
            }

            fallback ??= id;
            country ??= _doc.Actors.CountryOf(id);
            if (AfterPreposition(k, start))
            {
                continue;
            }

            int rank = _doc.Actors.Entity(id)?.Type switch
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
                bestRank = rank;
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

    /// <summary>The target: the first entity in the objects of the chain that is not a place preposition's.</summary>
    private string? ObjectOf(Predicate top, Predicate last, string? source)
    {
        string? place = null;
        for (var p = top; p is not null; p = p.Complement)
        {
            int until = p.Complement is { } c && c.GroupStart > p.ObjectEnd ? c.GroupStart : p.ObjectEnd;
            for (int k = p.End; k < until; k++)
            {
                if (_doc.EntityAt(k) is not { } id || id == source || (k > p.End && _doc.EntityAt(k - 1) == id))
                {
                    continue;
                }

                if (PrepositionBefore(k, p.End) is { } prep && s_placePrepositions.Contains(prep) && prep != "at")
                {
                    place ??= id;
                    continue;
                }

                return id;
            }

            if (p == last)
            {
                break;
            }
        }

        return place is not null && _doc.Actors.Entity(place)?.Type is EntityType.Gpe or EntityType.Loc ? null : place;
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

    private string? EntityAfter(Predicate p, string preposition, string? source)
    {
        for (int k = p.End; k < p.ObjectEnd; k++)
        {
            if (_doc.Lower(k) == preposition && FirstEntity(k + 1, Math.Min(_end, k + 8)) is { } id && id != source)
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
    private string? SpeakerBefore(Predicate p)
    {
        Predicate? speaker = null;
        foreach (var q in _predicates)
        {
            if (q.Head < p.GroupStart)
            {
                speaker = q;
            }
        }

        return speaker is null ? null : SubjectOf(speaker, out _);
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

    private string? FirstEntity(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (IsBoundary(k))
            {
                return null;
            }

            if (_doc.EntityAt(k) is { } id)
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
