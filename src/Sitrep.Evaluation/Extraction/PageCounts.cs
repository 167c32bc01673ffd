namespace Sitrep.Evaluation;

/// <summary>One page's shingle counts, normalised so that <c>Tp + Fp + Fn == 1</c> (or all zero).</summary>
public readonly record struct PageCounts(double Tp, double Fp, double Fn)
{
    /// <summary>True when precision is defined for the page (something was predicted or found).</summary>
    public bool HasPrecision => Tp + Fp > 0;

    /// <summary>True when recall is defined for the page (the truth has shingles).</summary>
    public bool HasRecall => Tp + Fn > 0;

    /// <summary>tp / (tp + fp); 1 when there is neither a false positive nor a false negative.</summary>
    public double Precision => Fp == 0 && Fn == 0 ? 1.0 : Tp == 0 && Fp == 0 ? 0.0 : Tp / (Tp + Fp);

    /// <summary>tp / (tp + fn); 1 when there is neither a false positive nor a false negative.</summary>
    public double Recall => Fp == 0 && Fn == 0 ? 1.0 : Tp == 0 && Fn == 0 ? 0.0 : Tp / (Tp + Fn);

    /// <summary>The harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>.</summary>
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0.0;
}
