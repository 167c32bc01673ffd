namespace Sitrep.Core.Tagging;

/// <summary>Scores every label from a token's hashed features; a trainer also learns from its mistakes.</summary>
public interface IFeatureScorer
{
    /// <summary>The length of the score buffer (at least the number of labels).</summary>
    int Stride { get; }

    /// <summary>Writes the score of each label into <paramref name="scores"/> (length <see cref="Stride"/>).</summary>
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>A perceptron update: reward <paramref name="gold"/>, penalize <paramref name="guess"/>.</summary>
    void Update(ReadOnlySpan<ulong> features, int gold, int guess);
}
