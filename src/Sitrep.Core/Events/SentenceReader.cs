using System.Collections.Frozen;
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
    bool Agentive)
{
    /// <summary>The act's own category before the modality rules (<see cref="EventModality"/>) made it <see cref="Type"/>.</summary>
    public string Sense { get; init; } = Type;

    /// <summary>An event noun told only as what a reporting verb's subject said or confirmed ("Zelensky confirmed his own
    /// discussion with Trump"), not by the narrator.</summary>
    public bool Reported { get; init; }

    public EventModality Modality { get; init; }

    /// <summary>Told by a noun with an indefinite article ("held a roundtable meeting"): a new happening, not the one
    /// told before.</summary>
    public bool Introduced { get; init; }

    /// <summary>No actor is named, but the people it was done to are counted ("12 people were killed"): still an event.</summary>
    public bool Victims { get; init; }

    /// <summary>An event needs an actor: a named one, a country, or a word such as "police" or "rebels" (or counted victims).</summary>
    public bool HasActor => Agentive || Victims || Source is not null || Target is not null || SourceCountry is not null || TargetCountry is not null;

    /// <summary>The cues the category model reads (only when the document wants them).</summary>
    public ulong[]? Cues { get; init; }

    /// <summary>The cues as text (only for training).</summary>
    public IReadOnlyList<string>? CueText { get; init; }
}

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
internal sealed partial class SentenceReader
{
    // Modal verbs: Language/Data/modals.tsv.
    private static readonly FrozenSet<string> s_modalsFuture = Language.Modals.Future;
    private static readonly FrozenSet<string> s_modalsObligation = Language.Modals.Obligation;
    private static readonly HashSet<string> s_negations = ["not", "n't", "never"];
    private static readonly HashSet<string> s_beForms = ["be", "is", "are", "was", "were", "been", "being", "am", "get", "gets", "got", "getting", "'re"];
    private static readonly HashSet<string> s_irregularParticiples =
    [
        "held", "met", "sent", "hit", "shot", "struck", "caught", "sought", "fought", "built", "bound", "kept", "led",
        "left", "lost", "paid", "said", "told", "sold", "bought", "brought", "taught", "thought", "cut", "set", "put",
        "hurt", "found", "made", "laid", "won", "fed", "fled", "slain",
    ];

    // Prepositions of place and of target: Language/Data/prepositions.tsv.
    private static readonly FrozenSet<string> s_placePrepositions = Language.Prepositions.Place;
    private static readonly FrozenSet<string> s_targetPrepositions = Language.Prepositions.Target;
    private static readonly HashSet<string> s_irrealisModifiers = ["potential", "possible", "proposed", "planned", "future", "prospective", "hypothetical", "upcoming", "new"];
    private static readonly HashSet<string> s_economicObjects =
    [
        "rate", "rates", "price", "prices", "tax", "taxes", "output", "production", "cost", "costs", "jobs", "spending",
        "interest", "dividend", "dividends", "debt", "stake", "forecast", "estimate", "estimates", "payroll", "capacity",
    ];

    // What these verbs take as an object is a topic ("discussed Ukraine"); the other side comes after "with".
    private static readonly HashSet<string> s_topicVerbs = ["discuss", "negotiate", "debate", "talk", "consult", "confer"];

    // Verbs of saying and knowing: what follows them is what was said, and their subject is no actor of it.
    private static readonly HashSet<string> s_reporting = [.. Language.ReportingVerbs.NotActor]; // Language/Data/reporting-verbs.tsv

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
    private (string Sense, EventModality Modality, string Category)? _decision;

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

    // "a bill that would ban protests": a modal relative clause says what a thing is for, not what anyone did.
    private bool DescribesAThing(Predicate p)
    {
        int that = p.GroupStart - 1;
        return p.Future && that > _first && _doc.Lower(that) is "that" or "which" && _doc.Tag(that - 1) == UposTag.Noun;
    }

    /// <summary>
    /// A verb of the lexicon derived from the CAMEO dictionary codes an event only between two political actors, as
    /// PETRARCH codes its verbs only when its actor dictionaries code both the source and the target: here both sides
    /// must have a country (<see cref="ActorCountries"/>: a country, its people, a person with a public role, an
    /// organisation of a country). The dictionary's words are many and broad ("lead", "join", "direct", "hit"): named
    /// sides alone ("directed at La Fenice") do not make one of them an act between parties.
    /// </summary>
    private static bool IsDyadic(EventReading r) => r.SourceCountry is not null && r.TargetCountry is not null;

    // "could take legal action", "may reject the plan": a possibility modal on a verbal act (an accusation, a request,
    // a rejection: categories the future rule leaves as they are) tells what might be done, not what was.
    private bool IsOnlyPossible(Predicate p, EventReading reading)
    {
        if (p.Negated || reading.Type is not (Plover.Accuse or Plover.Request or Plover.Reject))
        {
            return false;
        }

        for (int j = p.GroupStart; j < p.Head; j++)
        {
            if (Language.Modals.Possibility.Contains(_doc.Lower(j)))
            {
                return true;
            }
        }

        return false;
    }

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
            ReadSense(_predicates[i]);
            LinkComplement(_predicates[i], i);
        }

        foreach (var p in _predicates)
        {
            _decision = null;
            if (p.Governor is null && p.Entry is null && !p.Conditional && !IsReporting(p) && ResolvePlain(p) is { } plain)
            {
                into.Add(WithCues(Reading(plain, p), p, plain.Last, null));
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

            bool irrealis = p.Conditional || (IsInfinitive(p) && p.Governor is null && !AfterAttempt(p)) || DescribesAThing(p);
            if (irrealis)
            {
                AbsorbUnasserted(p);
                continue;
            }

            // What a derived verb's object names stays free when the verb codes nothing ("converging for a rally").
            // A hand-written light or intent verb passes the category on, so a derived complement that decides it
            // ("plans to buy") must meet the same rule; a frame's own category ("threatened to …") needs no such check.
            bool passes = p.Entry.Kind is TriggerKind.Pass or TriggerKind.Intent or TriggerKind.Fail;
            bool[]? absorbed = p.Entry.Derived || passes ? [.. _nouns.Select(n => n.Absorbed)] : null;
            if (Resolve(p, future: false, negated: false, failed: false) is { } outcome)
            {
                var reading = Reading(outcome, p);
                bool derivedDecides = p.Entry.Derived || (passes && outcome.Trigger == outcome.Last.Head && outcome.Last.Entry is { Derived: true });
                if (IsOnlyPossible(p, reading))
                {
                    continue;
                }

                if (!derivedDecides || IsDyadic(reading))
                {
                    into.Add(WithCues(reading, p, outcome.Last, null));
                    continue;
                }
            }
            else if (!p.Entry.Derived)
            {
                continue;
            }

            if (absorbed is null)
            {
                continue;
            }

            // Then it is read as a verb the lexicon does not know ("will authorize a strike", "X must allocate").
            for (int n = 0; n < absorbed.Length; n++)
            {
                _nouns[n].Absorbed = absorbed[n];
            }

            _decision = null;
            if (p.Entry.Derived && !IsReporting(p) && ResolvePlain(p) is { } unknown)
            {
                into.Add(WithCues(Reading(unknown, p), p, unknown.Last, null));
            }
        }

        foreach (var n in _nouns)
        {
            if (!n.Absorbed && StandsAlone(n))
            {
                var governor = GoverningVerb(n.Start);
                into.Add(WithCues(NounReading(n), governor, governor, n));
            }
        }
    }
}
