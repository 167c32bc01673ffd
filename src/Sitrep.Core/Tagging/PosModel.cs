using System.Buffers;

namespace Sitrep.Core.Tagging;

/// <summary>
/// The trained part-of-speech tagger: weights plus the tag dictionary ("tagdict": word → tags seen in training).
/// A model with the table "second-pass" was trained for two passes (<see cref="PosDecoder.DecodeSecond"/>); both
/// passes' weights live in the one table under different template ids.
/// </summary>
public sealed class PosModel
{
    public const string Kind = "pos";

    /// <summary>The name of the (one-entry) table that marks a two-pass model.</summary>
    public const string SecondPassTable = "second-pass";

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
        TwoPass = data.Tables.ContainsKey(SecondPassTable);
        Lexicon = lexicon;
    }

    public Lexicon Lexicon { get; }

    public int RowCount => _weights.RowCount;

    /// <summary>Whether tagging runs the second pass.</summary>
    public bool TwoPass { get; }

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
    {
        if (!TwoPass)
        {
            PosDecoder.Decode(sentence, _weights, default, tags);
            return;
        }

        byte[]? rented = sentence.Length > 256 ? ArrayPool<byte>.Shared.Rent(sentence.Length) : null;
        Span<byte> first = rented is null ? stackalloc byte[256] : rented;
        first = first[..sentence.Length];
        PosDecoder.Decode(sentence, _weights, default, first);
        PosDecoder.DecodeSecond(sentence, _weights, first, default, tags);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
