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

    /// <summary>Labels.Count weights per row, row after row.</summary>
    public required float[] Rows { get; init; }

    /// <summary>Lexicon tables by name.</summary>
    public Dictionary<string, AtomTable> Tables { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Free-form provenance (data, command, commit, dev scores).</summary>
    public string Notes { get; init; } = "";

    public WeightTable ToWeightTable() => new(Bits, Labels.Count, Buckets, Rows);
}
