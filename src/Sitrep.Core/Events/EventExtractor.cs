using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Events;

/// <summary>
/// Codes the article's events in PLOVER's sixteen categories: who did what to whom (entities and their countries),
/// where (a resolved place), when (the sentence's date), with which counts (casualties, money), and the sentence that
/// says so. Negated, conditional and merely intended acts are not asserted; what is said of the future follows
/// PLOVER's rule (a promised meeting is AGREE, a promised sanction THREATEN). Mentions of one event in an article
/// become one event.
/// </summary>
public sealed class EventExtractor : IPipelineComponent
{
    private readonly EventLexicon _lexicon;
    private readonly Countries _countries;
    private readonly OfficeHolders _officeHolders;
    private readonly ModelSet? _models;

    /// <param name="models">Where the event category model and the word clusters come from; without one (or without an
    /// event model in it) each event keeps the category the rule reader gives it.</param>
    public EventExtractor(EventLexicon? lexicon = null, Countries? countries = null, OfficeHolders? officeHolders = null, ModelSet? models = null)
    {
        _lexicon = lexicon ?? EventLexicon.Shared;
        _countries = countries ?? Countries.Shared;
        _officeHolders = officeHolders ?? OfficeHolders.Shared;
        _models = models;
    }

    public string Name => "events.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } =
        [Layers.Tokens, Layers.Sentences, Layers.PosTags, Layers.Parse, Layers.Entities, Layers.Places, Layers.Times, Layers.Quantities];

    /// <summary>Actors the text describes without naming ("police", "three judges") are sources and targets too.</summary>
    public IReadOnlyList<AnnotationKey> Uses { get; } = [Layers.DescribedActors];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Events];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var model = _models?.EventModel;
        var (readings, actors) = Read(document, model is not null, cuesForAll: false, cancellationToken);
        if (readings.Count == 0)
        {
            document.Set(Layers.Events, []);
            return;
        }

        // An event needs an actor: a named one, a country, or a word such as "police" or "rebels". A sports report's
        // "beat", "attack", "signed" and "suspended" are about the game: only violence with casualties is kept there.
        bool sports = SportsContext.IsSports(document.Text, document.Tokens);
        var context = new EventContext(document, document.Get(Layers.Places), actors);
        var completed = readings
            .Where(r => r.HasActor)
            .Select(r => model is null ? r : Categorize(model, r))
            .OfType<EventReading>()
            .Select(context.Complete)
            .Where(m => !sports || (IsConflict(m.Event.Type) && m.Event.Quantities.Count > 0))
            .ToList();
        InferAttackers(completed);
        document.Set(Layers.Events, EventMerger.Merge(completed, id => actors.Entity(id)?.Described == true).Select(TwoSides).ToList());
    }

    /// <summary>
    /// One actor is not both sides of an act: when the readings merged into an event give it the same source and target
    /// ("At least 14 civilians were killed", the victims read as the attackers too), the side acted on stays and the
    /// source goes.
    /// </summary>
    private static NewsEvent TwoSides(NewsEvent e)
        => e.Source is not null && e.Source == e.Target
            ? e with { Source = null, SourceCountry = e.SourceCountry == e.TargetCountry ? null : e.SourceCountry }
            : e;

    /// <summary>
    /// Every event mention the rule reader finds in a processed document (one that has the layers this component
    /// requires), with the cues the category model reads and the rule's category: what the model is trained on.
    /// </summary>
    /// <param name="requireActor">Only mentions with an actor, as the pipeline keeps (false: also the bare phrases of a codebook).</param>
    public IReadOnlyList<EventCandidate> Candidates(Document document, bool requireActor = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (readings, _) = Read(document, wantsCues: true, cuesForAll: !requireActor, CancellationToken.None, asText: true);
        return readings
            .Where(r => !requireActor || r.HasActor)
            .Select(r => new EventCandidate(r.Sentence, document.Tokens[r.Trigger], r.Type, r.Sense, r.Modality, r.CueText!))
            .ToList();
    }

    private (List<EventReading> Readings, ActorCountries Actors) Read(Document document, bool wantsCues, bool cuesForAll, CancellationToken cancellationToken, bool asText = false)
    {
        var actors = new ActorCountries([.. document.Get(Layers.Entities), .. document.GetOrDefault(Layers.DescribedActors, [])], document.Get(Layers.Places), _countries, _officeHolders);
        var doc = new EventDocument(document, _lexicon, actors, wantsCues ? _models?.Lexicon.Clusters : null, wantsCues, cuesForAll) { CuesAsText = asText };
        var readings = new List<EventReading>();
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            new SentenceReader(doc, s).Read(readings);
        }

        return (readings, actors);
    }

    // The model decides the act's sense from the reading's cues ("no event" drops it), and the modality rules make it
    // the event's category. A changed category loses the rule's mode, which belonged to the rule's category.
    private static EventReading? Categorize(EventCategoryModel model, EventReading r)
    {
        var type = model.Decide(r.Cues!, r.Sense) is { } sense ? r.Modality.Apply(sense) : null;
        if (type is null)
        {
            return null;
        }

        return type == r.Type ? r : r with { Type = type, Mode = null };
    }

    private static bool IsConflict(string type) => type is Plover.Assault or Plover.Coerce or Plover.Sanction or Plover.Threaten or Plover.Reject;

    /// <summary>
    /// An attack told without its attacker ("An assault on Kyiv killed 32") takes the attacker of the article's other
    /// attacks on the same country, when they all name one and the same.
    /// </summary>
    private static void InferAttackers(List<EventMention> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i].Event;
            if (e.Type != Plover.Assault || e.Source is not null || e.SourceCountry is not null || e.TargetCountry is null)
            {
                continue;
            }

            var attackers = events
                .Select(m => m.Event)
                .Where(o => o.Type == Plover.Assault && o.TargetCountry == e.TargetCountry && o.SourceCountry is not null && o.SourceCountry != e.TargetCountry)
                .Select(o => (o.Source, o.SourceCountry))
                .Distinct()
                .ToList();
            if (attackers.Select(a => a.SourceCountry).Distinct(StringComparer.Ordinal).Count() == 1)
            {
                events[i] = events[i] with { Event = e with { Source = attackers[0].Source, SourceCountry = attackers[0].SourceCountry } };
            }
        }
    }

    /// <summary>Place, time and counts of a reading, from its sentence.</summary>
    private sealed class EventContext(Document document, IReadOnlyList<Place> places, ActorCountries actors)
    {
        private readonly IReadOnlyList<TimeExpression> _times = document.Get(Layers.Times);
        private readonly IReadOnlyList<Quantity> _quantities = document.Get(Layers.Quantities);
        private readonly HashSet<string> _placeIds = places.Select(p => p.Entity).ToHashSet(StringComparer.Ordinal);
        private readonly IReadOnlyList<Entity> _entities = document.Get(Layers.Entities);

        public EventMention Complete(EventReading r)
        {
            var sentence = document.Sentences[r.Sentence];
            var chars = sentence.Chars;
            int triggerAt = document.Tokens[r.Trigger].Start;

            string? where = r.Target is { } t && _placeIds.Contains(t) && !actors.IsCountry(t) ? t : PlaceIn(chars, r.Source, r.Target);
            string? target = r.Target;
            string? targetCountry = r.TargetCountry;
            bool againstPlace = r.Type is Plover.Assault or Plover.Coerce;
            if (target is null && where is not null && againstPlace)
            {
                // An attack on a place is an attack on those who live there.
                target = where;
                targetCountry = actors.CountryOf(where);
            }
            else if (target is not null && target == where && !againstPlace && IsDestination(chars, target))
            {
                // "deployed police to Nairobi": the city is where; its country stays the other side.
                target = null;
            }

            if (targetCountry is null && where is not null)
            {
                // "lifted a curfew in Montenegro", "bombed Kurdish positions in northern Iraq": what is done there is
                // done to that country.
                targetCountry = actors.CountryOf(where);
            }

            string? when = null;
            int bestDistance = int.MaxValue;
            foreach (var time in _times)
            {
                if (chars.Contains(time.Range) && time.Type is TimexType.Date or TimexType.Time)
                {
                    int distance = Math.Abs(time.Range.Start - triggerAt);
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        when = time.Value;
                    }
                }
            }

            var counts = new List<int>();
            for (int i = 0; i < _quantities.Count; i++)
            {
                var q = _quantities[i];
                if (chars.Contains(q.Range) && Fits(r.Type, q))
                {
                    counts.Add(i);
                }
            }

            var mention = new NewsEvent
            {
                Id = "",
                Type = r.Type,
                Mode = r.Mode,
                Source = r.Source,
                Target = target,
                SourceCountry = r.SourceCountry,
                TargetCountry = targetCountry,
                Where = where,
                When = when,
                Quantities = counts,
                Evidence = chars,
            };
            return new EventMention(mention, r.Sentence) { Headline = InHeadline(chars), Introduced = r.Introduced, Reported = r.Reported };
        }

        private readonly ArticleStructure? _structure = document.TryGet(Layers.Structure, out var structure) ? structure : null;

        private bool InHeadline(CharRange sentence) =>
            _structure is not null && (Overlaps(_structure.Title, sentence) || Overlaps(_structure.Subtitle, sentence));

        private static bool Overlaps(TextSpan? span, CharRange range) => span is not null && span.Range.Start < range.End && range.Start < span.Range.End;

        // "to Nairobi", "in Brussels" — not "visited Damascus", "warned Beijing".
        private bool IsDestination(CharRange sentence, string entity)
        {
            foreach (var e in _entities)
            {
                if (e.Id != entity)
                {
                    continue;
                }

                foreach (var m in e.Mentions)
                {
                    if (sentence.Contains(m) && PrepositionBefore(document.Text, m.Start) is { } prep && Language.Prepositions.Destination.Contains(prep))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool Fits(string type, Quantity q) => q.Counts is not null
            || (q.Kind is QuantityKind.Money or QuantityKind.Percent && type is Plover.Aid or Plover.Sanction or Plover.Agree or Plover.Retreat);

        // A resolved place in the sentence after "in", "at", "near"…, other than the actors.
        private string? PlaceIn(CharRange chars, string? source, string? target)
        {
            string text = document.Text;
            foreach (var e in _entities)
            {
                if (!_placeIds.Contains(e.Id) || e.Id == source || e.Id == target)
                {
                    continue;
                }

                foreach (var m in e.Mentions)
                {
                    if (chars.Contains(m) && PrepositionBefore(text, m.Start) is { } prep && Language.Prepositions.PlaceInSentence.Contains(prep))
                    {
                        return e.Id;
                    }
                }
            }

            return null;
        }

        private static readonly HashSet<string> s_skippedBeforePlace =
        [
            "the", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
            "northeastern", "northwestern", "southeastern", "southwestern", "occupied", "besieged", "disputed",
        ];

        // The word before a mention, skipping "the" and a direction: "in the Gaza Strip", "in northern Iraq" → "in".
        private static string? PrepositionBefore(string text, int start)
        {
            for (int hop = 0; hop < 3; hop++)
            {
                int end = start;
                while (end > 0 && text[end - 1] == ' ')
                {
                    end--;
                }

                int begin = end;
                while (begin > 0 && char.IsLetter(text[begin - 1]))
                {
                    begin--;
                }

                if (begin == end)
                {
                    return null;
                }

                var word = text.AsSpan(begin, end - begin).ToString().ToLowerInvariant();
                if (!s_skippedBeforePlace.Contains(word))
                {
                    return word;
                }

                start = begin;
            }

            return null;
        }
    }
}
