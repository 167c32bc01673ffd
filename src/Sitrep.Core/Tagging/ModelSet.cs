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

    /// <summary>The models read from streams: kind, feature fingerprint, stream (for <see cref="WriteImages"/>).</summary>
    private readonly List<(string Kind, uint Fingerprint, Func<Stream> Open)> _sources = [];

    /// <summary>
    /// Models read from streams; <paramref name="parseMoves"/> and <paramref name="parseLabels"/> (the parser's two tables)
    /// may be left out by callers that never parse.
    /// </summary>
    public ModelSet(Func<Stream> lexicon, Func<Stream> pos, Func<Stream> ner, Func<Stream>? parseMoves = null, Func<Stream>? parseLabels = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(pos);
        ArgumentNullException.ThrowIfNull(ner);
        _sources.Add((Lexicon.Kind, Lexicon.Fingerprint, lexicon));
        _sources.Add((PosModel.Kind, PosFeatures.Fingerprint, pos));
        _sources.Add((NerModel.Kind, NerFeatures.Fingerprint, ner));
        if (parseMoves is not null && parseLabels is not null)
        {
            _sources.Add((ParserModel.MovesKind, ParseFeatures.Fingerprint, parseMoves));
            _sources.Add((ParserModel.LabelsKind, ParseFeatures.Fingerprint, parseLabels));
        }

        _reading = new(() => (
            Task.Run(() => Lexicon.FromData(MapOrRead(lexicon, Lexicon.Kind, Lexicon.Fingerprint))),
            Task.Run(() => MapOrRead(pos, PosModel.Kind, PosFeatures.Fingerprint)),
            Task.Run(() => new NerModel(MapOrRead(ner, NerModel.Kind, NerFeatures.Fingerprint)))));
        _lexicon = new(() => _reading.Value.Lexicon.GetAwaiter().GetResult());
        _pos = new(() => new PosModel(_reading.Value.Pos.GetAwaiter().GetResult(), _lexicon.Value));
        _ner = new(() => _reading.Value.Ner.GetAwaiter().GetResult());
        // The parser is read only when asked for: the default pipeline does not parse yet, and its tables are the largest.
        _parser = new(() => parseMoves is null || parseLabels is null
            ? throw new InvalidOperationException("This model set was made without a parser model.")
            : new ParserModel(
                MapOrRead(parseMoves, ParserModel.MovesKind, ParseFeatures.Fingerprint),
                MapOrRead(parseLabels, ParserModel.LabelsKind, ParseFeatures.Fingerprint)));
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

    /// <summary>
    /// Where the models' images are (<see cref="ModelImage"/>, one "KIND.img" per model, made by <see cref="WriteImages"/>):
    /// a model whose image is there and was made from its stream is mapped instead of read. Null: always read the streams.
    /// </summary>
    public string? ImageDirectory { get; init; }

    /// <summary>Writes the image of every model read from a stream into <paramref name="directory"/>; returns the paths.</summary>
    public IReadOnlyList<string> WriteImages(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (kind, fingerprint, open) in _sources)
        {
            byte[] hash;
            using (var stream = open())
            {
                hash = ModelImage.SourceHash(stream);
            }

            string path = ImagePath(directory, kind);
            ModelImage.Write(Read(open, kind, fingerprint), hash, path);
            written.Add(path);
        }

        return written;
    }

    private static string ImagePath(string directory, string kind) => Path.Combine(directory, kind + ".img");

    /// <summary>The event category model, or null.</summary>
    public EventCategoryModel? EventModel => _events.Value;

    private static EventCategoryModel ReadEvents(Func<Stream> open)
    {
        using var stream = open();
        return EventCategoryModel.Read(stream);
    }

    /// <summary>The model's image when <see cref="ImageDirectory"/> has one made from this stream, else the stream read.</summary>
    private ModelData MapOrRead(Func<Stream> open, string kind, uint fingerprint)
    {
        if (ImageDirectory is { } directory && File.Exists(ImagePath(directory, kind)))
        {
            byte[] hash;
            using (var stream = open())
            {
                hash = ModelImage.SourceHash(stream);
            }

            if (ModelImage.TryMap(ImagePath(directory, kind), hash, kind, fingerprint) is { } mapped)
            {
                return mapped;
            }
        }

        return Read(open, kind, fingerprint);
    }

    private static ModelData Read(Func<Stream> open, string kind, uint fingerprint)
    {
        using var stream = open();
        return ModelFile.Read(stream, kind, fingerprint);
    }
}
