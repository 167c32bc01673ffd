using Sitrep.Core.Documents;

namespace Sitrep.Core.Tagging;

/// <summary>The trained entity recognizer (CoNLL-2003 types, BILOU labels).</summary>
public sealed class NerModel
{
    public const string Kind = "ner";

    private readonly WeightTable _weights;

    public NerModel(ModelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Kind != Kind || data.Fingerprint != NerFeatures.Fingerprint || data.Labels.Count != NerLabels.Count)
        {
            throw new InvalidDataException("Not an NER model for this feature code.");
        }

        _weights = data.ToWeightTable();
    }

    public int RowCount => _weights.RowCount;

    /// <summary>Whether case-less lines are reconciled with the body's labels (<see cref="HeadlineReconciler"/>).</summary>
    public bool ReconcileHeadlines { get; init; } = true;

    /// <summary>Labels every token of one document (atoms with lexicon marks, POS tags, sentence ranges).</summary>
    public void Tag(ReadOnlySpan<TokenAtoms> atoms, ReadOnlySpan<byte> pos, ReadOnlySpan<TokenRange> sentences, Span<byte> labels)
    {
        var document = new NerDocument(atoms, sentences);
        foreach (int s in document.DecodeOrder())
        {
            document.Decode(s, atoms, pos, _weights, default, labels);
        }

        if (ReconcileHeadlines)
        {
            HeadlineReconciler.Apply(document, atoms, sentences, labels);
        }

        MentionRules.SplitAtTitles(atoms, sentences, labels);
    }
}
