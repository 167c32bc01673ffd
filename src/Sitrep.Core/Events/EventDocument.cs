using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Parsing;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Events;

/// <summary>What the event reader needs of one document: tokens, tags, which entity each token belongs to, lower-case
/// word forms (made once, on demand) and the actors' countries.</summary>
internal sealed class EventDocument
{
    private readonly string _text;
    private readonly TokenList _tokens;
    private readonly PosTags _tags;
    private readonly string?[] _entityAt;
    private readonly bool[] _described;
    private readonly string?[] _describedOver;
    private readonly string?[] _lower;
    private readonly TriggerEntry[]?[] _entries;
    private readonly bool[] _counted;
    private readonly Dictionary<string, string> _countryEntity = new(StringComparer.Ordinal);

    public EventDocument(Document document, EventLexicon lexicon, ActorCountries actors, AtomTable? clusters = null, bool wantsCues = false, bool cuesForAll = false)
    {
        Clusters = clusters;
        WantsCues = wantsCues;
        CuesForAll = cuesForAll;
        _text = document.Text;
        _tokens = document.Tokens;
        _tags = document.Get(Layers.PosTags);
        Sentences = document.Sentences;
        Lexicon = lexicon;
        Actors = actors;
        _entityAt = new string?[_tokens.Count];
        _described = new bool[_tokens.Count];
        _describedOver = new string?[_tokens.Count];
        _lower = new string?[_tokens.Count];
        _entries = new TriggerEntry[]?[_tokens.Count];
        Tree = document.TryGet(Layers.Parse, out var tree) ? tree : null;

        // The tokens of counts of people with what happened to them ("12 people" killed): the resolved casualty counts.
        _counted = new bool[_tokens.Count];
        foreach (var q in document.Get(Layers.Quantities))
        {
            if (q.Counts is not null)
            {
                var covered = _tokens.Cover(q.Range);
                for (int k = covered.Start; k < covered.End; k++)
                {
                    _counted[k] = true;
                }
            }
        }

        var entities = document.Get(Layers.Entities);
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions)
            {
                var covered = _tokens.Cover(m);
                for (int k = covered.Start; k < covered.End; k++)
                {
                    _entityAt[k] ??= e.Id;
                }
            }
        }

        // Actors the text describes ("Hong Kong police"): the tokens no name holds.
        foreach (var e in document.GetOrDefault(Layers.DescribedActors, []))
        {
            foreach (var m in e.Mentions)
            {
                var covered = _tokens.Cover(m);
                for (int k = covered.Start; k < covered.End; k++)
                {
                    _describedOver[k] = e.Id;
                    if (_entityAt[k] is null)
                    {
                        _entityAt[k] = e.Id;
                        _described[k] = true;
                    }
                }
            }
        }

        // The entity that stands for each country the article names as a country ("Russia" for "Russian").
        foreach (var e in entities)
        {
            if (e.Type == EntityType.Gpe && actors.IsCountry(e.Id) && actors.CountryOf(e.Id) is { } code)
            {
                _countryEntity.TryAdd(code, e.Id);
            }
        }
    }

    public IReadOnlyList<Sentence> Sentences { get; }

    public EventLexicon Lexicon { get; }

    /// <summary>The senses triggers take from their arguments (Data/event-senses.tsv).</summary>
    public EventSenses Senses { get; init; } = EventSenses.Shared;

    public ActorCountries Actors { get; }

    /// <summary>The tagging lexicon's word clusters (cues for the category model), or null.</summary>
    public AtomTable? Clusters { get; }

    /// <summary>Whether readings carry the category model's cues.</summary>
    public bool WantsCues { get; }

    /// <summary>Whether mentions without an actor carry cues too (training on a codebook's bare phrases).</summary>
    public bool CuesForAll { get; }

    /// <summary>Whether the cues keep their text (training), not only their hashes.</summary>
    public bool CuesAsText { get; init; }

    /// <summary>The dependency tree of the document (<see cref="Layers.Parse"/>), or null when it was not parsed.</summary>
    public DependencyTree? Tree { get; }

    public UposTag Tag(int token) => _tags[token];

    /// <summary>Whether the token is part of a count of people the quantity layer resolved with what happened to them.</summary>
    public bool InCasualtyCount(int token) => _counted[token];

    /// <summary>The entity the token is part of, named or described ("police"), or null.</summary>
    public string? EntityAt(int token) => _entityAt[token];

    /// <summary>The described actor whose words hold the token, also where a name modifies it ("Orlando" in "Orlando
    /// community leaders"), or null.</summary>
    public string? DescribedOver(int token) => _describedOver[token];

    /// <summary>The named entity the token is part of, or null (a described actor is no name).</summary>
    public string? NamedEntityAt(int token) => _described[token] ? null : _entityAt[token];

    public char FirstChar(int token) => _text[_tokens[token].Start];

    /// <summary>A hyphen or dash with a space before it: a separator, not part of a compound ("EU-mediated").</summary>
    public bool IsSpacedDash(int token)
    {
        var t = _tokens[token];
        return t.Length == 1 && _text[t.Start] is '-' or '\u2013' or '\u2014' && t.Start > 0 && _text[t.Start - 1] == ' ';
    }

    /// <summary>The token's text as written.</summary>
    public string Text(int token) => _tokens[token].Text(_text);

    /// <summary>The lexicon entries whose first word the token may be a form of (most tokens have none).</summary>
    public TriggerEntry[] Entries(int token)
    {
        if (_entries[token] is { } known)
        {
            return known;
        }

        var span = _tokens[token].Span(_text);
        TriggerEntry[] found;
        if (span.Length <= 32)
        {
            Span<char> buffer = stackalloc char[span.Length];
            LowerInto(span, buffer);
            found = Lexicon.EntriesFor(buffer);
        }
        else
        {
            found = [];
        }

        _entries[token] = found;
        return found;
    }

    private static void LowerInto(ReadOnlySpan<char> span, Span<char> buffer)
    {
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            buffer[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }
    }

    /// <summary>The token's text in lower case, with a typographic apostrophe made plain ("n’t" → "n't").</summary>
    public string Lower(int token)
    {
        if (_lower[token] is { } known)
        {
            return known;
        }

        var span = _tokens[token].Span(_text);
        string lower;
        if (span.Length <= 64)
        {
            Span<char> buffer = stackalloc char[span.Length];
            LowerInto(span, buffer);
            lower = new string(buffer);
        }
        else
        {
            lower = span.ToString().ToLowerInvariant();
        }

        _lower[token] = lower;
        return lower;
    }

    /// <summary>The entity that stands for the country of <paramref name="code"/> in this article, or null when it names none.</summary>
    public string? CountryEntity(string code) => _countryEntity.GetValueOrDefault(code);

    /// <summary>A people standing for its country ("Russian" attack) becomes the country's entity when the article names it.</summary>
    public string? AsCountryEntity(string? id)
    {
        if (id is null || Actors.Entity(id) is not { Type: EntityType.Norp, Described: false })
        {
            return id;
        }

        return Actors.CountryOf(id) is { } code && _countryEntity.TryGetValue(code, out var country) ? country : id;
    }
}
