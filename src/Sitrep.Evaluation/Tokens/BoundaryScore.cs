using System.Globalization;

namespace Sitrep.Evaluation;

/// <summary>Counts of spans found, expected and matched exactly; precision, recall and F1 from them.</summary>
public readonly record struct BoundaryScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static BoundaryScore operator +(BoundaryScore a, BoundaryScore b) => Add(a, b);

    public static BoundaryScore Add(BoundaryScore a, BoundaryScore b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);

    /// <summary>P, R and F1 in percent with two decimals.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"P={Precision * 100:F2} R={Recall * 100:F2} F1={F1 * 100:F2} ({Correct} correct, {Predicted} predicted, {Gold} gold)");
}
