using Sitrep.Core.Parsing;
using Sitrep.Core.Events;

namespace Sitrep.Core.Tagging;

/// <summary>
/// The trained models the pipeline uses, loaded on first use (once per process, thread-safe): the first request
/// for any of them starts reading the lexicon, POS and NER files at once on the thread pool, since a document needs
/// them all; the parser's tables are read when the parser is first asked for.
/// Core does not know where the bytes live: the caller (Sitrep.Models' EmbeddedModels) hands over stream factories.
/// </summary>
public sealed class ModelSet
{
    private readonly Lazy<Lexicon> _lexicon;
    private readonly Lazy<PosModel> _pos;
    private readonly Lazy<NerModel> _ner;
    private readonly Lazy<ParserModel> _parser;
    private readonly Lazy<(Task<Lexicon> Lexicon, Task<ModelData> Pos, Task<NerModel> Ner)>? _reading;
    private Lazy<EventCategoryModel?> _events = new((EventCategoryModel?)null);

    /// <summary>
    /// Models read from streams; <paramref name="parseMoves"/> and <paramref name="parseLabels"/> (the parser's two tables)
    /// may be left out by callers that never parse.
    /// </summary>
    public ModelSet(Func<Stream> lexicon, Func<Stream> pos, Func<Stream> ner, Func<Stream>? parseMoves = null, Func<Stream>? parseLabels = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(pos);
        ArgumentNullException.ThrowIfNull(ner);
        _reading = new(() => (
            Task.Run(() => Lexicon.FromData(Read(lexicon, Lexicon.Kind, Lexicon.Fingerprint))),
            Task.Run(() => Read(pos, PosModel.Kind, PosFeatures.Fingerprint)),
            Task.Run(() => new NerModel(Read(ner, NerModel.Kind, NerFeatures.Fingerprint)))));
        _lexicon = new(() => _reading.Value.Lexicon.GetAwaiter().GetResult());
        _pos = new(() => new PosModel(_reading.Value.Pos.GetAwaiter().GetResult(), _lexicon.Value));
        _ner = new(() => _reading.Value.Ner.GetAwaiter().GetResult());
        // The parser is read only when asked for: the default pipeline does not parse yet, and its tables are the largest.
        _parser = new(() => parseMoves is null || parseLabels is null
            ? throw new InvalidOperationException("This model set was made without a parser model.")
            : new ParserModel(
                Read(parseMoves, ParserModel.MovesKind, ParseFeatures.Fingerprint),
                Read(parseLabels, ParserModel.LabelsKind, ParseFeatures.Fingerprint)));
    }

    /// <summary>Models already in memory (tests, training).</summary>
    public ModelSet(Lexicon lexicon, PosModel pos, NerModel ner, ParserModel? parser = null)
    {
        _lexicon = new(lexicon);
        _pos = new(pos);
        _ner = new(ner);
        _parser = new(() => parser ?? throw new InvalidOperationException("This model set was made without a parser model."));
    }

    public Lexicon Lexicon => _lexicon.Value;

    public PosModel Pos => _pos.Value;

    public NerModel Ner => _ner.Value;

    /// <summary>The dependency parser (it reads <see cref="Lexicon"/>'s clusters and the POS tags).</summary>
    public ParserModel Parser => _parser.Value;

    /// <summary>Where the event category model is read from, on first use (none: events keep the rule reader's categories).</summary>
    public Func<Stream>? EventModelStream
    {
        init => _events = value is null ? new((EventCategoryModel?)null) : new(() => ReadEvents(value));
    }

    /// <summary>The event category model, or null.</summary>
    public EventCategoryModel? EventModel => _events.Value;

    private static EventCategoryModel ReadEvents(Func<Stream> open)
    {
        using var stream = open();
        return EventCategoryModel.Read(stream);
    }

    private static ModelData Read(Func<Stream> open, string kind, uint fingerprint)
    {
        using var stream = open();
        return ModelFile.Read(stream, kind, fingerprint);
    }
}
