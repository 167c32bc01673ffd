namespace Sitrep.Core.Tagging;

/// <summary>
/// The trained models the pipeline uses, each loaded on first use (once per process, thread-safe).
/// Core does not know where the bytes live: the caller (Sitrep.Models' EmbeddedModels) hands over stream factories.
/// </summary>
public sealed class ModelSet
{
    private readonly Lazy<Lexicon> _lexicon;
    private readonly Lazy<PosModel> _pos;
    private readonly Lazy<NerModel> _ner;

    public ModelSet(Func<Stream> lexicon, Func<Stream> pos, Func<Stream> ner)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(pos);
        ArgumentNullException.ThrowIfNull(ner);
        _lexicon = new(() => Lexicon.FromData(Read(lexicon, Lexicon.Kind, Lexicon.Fingerprint)));
        _pos = new(() => new PosModel(Read(pos, PosModel.Kind, PosFeatures.Fingerprint), _lexicon.Value));
        _ner = new(() => new NerModel(Read(ner, NerModel.Kind, NerFeatures.Fingerprint)));
    }

    /// <summary>Models already in memory (tests, training).</summary>
    public ModelSet(Lexicon lexicon, PosModel pos, NerModel ner)
    {
        _lexicon = new(lexicon);
        _pos = new(pos);
        _ner = new(ner);
    }

    public Lexicon Lexicon => _lexicon.Value;

    public PosModel Pos => _pos.Value;

    public NerModel Ner => _ner.Value;

    private static ModelData Read(Func<Stream> open, string kind, uint fingerprint)
    {
        using var stream = open();
        return ModelFile.Read(stream, kind, fingerprint);
    }
}
