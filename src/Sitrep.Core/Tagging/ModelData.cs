namespace Sitrep.Core.Tagging;

/// <summary>
/// A tagger model as stored: which feature code it belongs to, its labels, the non-zero weight rows and any
/// lexicon tables (e.g. the POS tag dictionary). <see cref="ModelFile"/> reads and writes it.
/// </summary>
public sealed class ModelData
{
    /// <summary>"pos" or "ner".</summary>
    public required string Kind { get; init; }

    /// <summary>The feature-template fingerprint the weights were trained with.</summary>
    public required uint Fingerprint { get; init; }

    public required int Bits { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>The bucket of each stored row.</summary>
    public required int[] Buckets { get; init; }

    /// <summary>Labels.Count weights per row, row after row (what training produces; empty when read from a file).</summary>
    public required float[] Rows { get; init; }

    /// <summary>The rows as stored: 16-bit fixed point, weight = value × <see cref="Scale"/> (set when read from a file).</summary>
    public short[]? FixedRows { get; init; }

    public float Scale { get; init; }

    /// <summary>Lexicon tables by name.</summary>
    public Dictionary<string, AtomTable> Tables { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Free-form provenance (data, command, commit, dev scores).</summary>
    public string Notes { get; init; } = "";

    /// <summary>The weight table itself, when the model was read from a <see cref="ModelImage"/> (no rows then).</summary>
    public WeightTable? Weights { get; init; }

    public WeightTable ToWeightTable() => Weights ?? (FixedRows is { } fixedRows
        ? new(Bits, Labels.Count, Buckets, fixedRows, Scale)
        : new(Bits, Labels.Count, Buckets, Rows));

    /// <summary>The rows in 16-bit fixed point with one scale (what the file and the runtime table hold).</summary>
    public (short[] Rows, float Scale) FixedPoint()
    {
        if (FixedRows is { } stored)
        {
            return (stored, Scale);
        }

        float max = 1e-6f;
        foreach (float v in Rows)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        float scale = max / 32000f;
        var rows = new short[Rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = (short)MathF.Round(Rows[i] / scale);
        }

        return (rows, scale);
    }
}
