namespace Sitrep.Core.Tagging;

/// <summary>The trained part-of-speech tagger: weights plus the tag dictionary ("tagdict": word → tags seen in training).</summary>
public sealed class PosModel
{
    public const string Kind = "pos";

    private readonly WeightTable _weights;
    private readonly AtomTable _tagClasses;

    public PosModel(ModelData data, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (data.Kind != Kind || data.Fingerprint != PosFeatures.Fingerprint || data.Labels.Count != UposNames.Count)
        {
            throw new InvalidDataException("Not a POS model for this feature code.");
        }

        _weights = data.ToWeightTable();
        _tagClasses = data.Tables.GetValueOrDefault("tagdict") ?? new AtomTable();
        Lexicon = lexicon;
    }

    public Lexicon Lexicon { get; }

    public int RowCount => _weights.RowCount;

    /// <summary>Sets <see cref="TokenAtoms.TagClass"/> from the tag dictionary.</summary>
    public void FillTagClasses(Span<TokenAtoms> atoms)
    {
        for (int i = 0; i < atoms.Length; i++)
        {
            atoms[i].TagClass = _tagClasses.Get(atoms[i].Lower);
        }
    }

    /// <summary>Tags one sentence whose atoms are filled (lexicon and tag classes).</summary>
    public void Tag(ReadOnlySpan<TokenAtoms> sentence, Span<byte> tags)
        => PosDecoder.Decode(sentence, _weights, default, tags);
}
