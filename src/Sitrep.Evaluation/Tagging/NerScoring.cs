using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;

namespace Sitrep.Evaluation;

/// <summary>Entity-level precision, recall and F1 (exact span and type), as conlleval counts them for IOB2 data.</summary>
public sealed class NerScoring
{
    private readonly HashSet<(int Start, int End, int Type)> _gold = [];
    private readonly HashSet<(int Start, int End, int Type)> _predicted = [];

    public int Correct { get; private set; }

    public int GoldCount { get; private set; }

    public int PredictedCount { get; private set; }

    public double Precision => PredictedCount == 0 ? 0 : 100.0 * Correct / PredictedCount;

    public double Recall => GoldCount == 0 ? 0 : 100.0 * Correct / GoldCount;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds one sentence of gold and predicted BILOU labels.</summary>
    public void Add(ReadOnlySpan<byte> gold, ReadOnlySpan<byte> predicted)
    {
        _gold.Clear();
        _predicted.Clear();
        NerLabels.Chunks(gold, _gold);
        NerLabels.Chunks(predicted, _predicted);
        GoldCount += _gold.Count;
        PredictedCount += _predicted.Count;
        foreach (var chunk in _predicted)
        {
            Correct += _gold.Contains(chunk) ? 1 : 0;
        }
    }

    /// <summary>Adds every sentence of a document.</summary>
    public void Add(ReadOnlySpan<byte> gold, ReadOnlySpan<byte> predicted, ReadOnlySpan<TokenRange> sentences)
    {
        foreach (var r in sentences)
        {
            Add(gold[r.Start..r.End], predicted[r.Start..r.End]);
        }
    }

}
