using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Core.Tagging;

/// <summary>
/// A trained, read-only perceptron: feature hash → bucket → row of label weights. Only non-zero rows are kept;
/// rows are padded to a multiple of the SIMD width so scoring is a few vector adds per feature.
/// </summary>
public sealed class WeightTable : IFeatureScorer
{
    private readonly int[] _rowOf;
    private readonly float[] _rows;
    private readonly ulong _mask;

    /// <summary>Builds the table from rows of <paramref name="tagCount"/> weights, one per bucket in <paramref name="buckets"/>.</summary>
    public WeightTable(int bits, int tagCount, ReadOnlySpan<int> buckets, ReadOnlySpan<float> rows)
    {
        if (bits is < 8 or > 26)
        {
            throw new ArgumentOutOfRangeException(nameof(bits), bits, "bucket bits must be 8..26");
        }

        if (rows.Length != buckets.Length * tagCount)
        {
            throw new ArgumentException("rows must hold tagCount weights per bucket", nameof(rows));
        }

        Bits = bits;
        TagCount = tagCount;
        int width = Vector<float>.Count;
        Stride = (tagCount + width - 1) / width * width;
        _mask = (1UL << bits) - 1;
        _rowOf = new int[1 << bits];
        _rows = new float[buckets.Length * Stride];
        for (int r = 0; r < buckets.Length; r++)
        {
            _rowOf[buckets[r]] = r + 1;
            rows.Slice(r * tagCount, tagCount).CopyTo(_rows.AsSpan(r * Stride, tagCount));
        }

        RowCount = buckets.Length;
    }

    public int Bits { get; }

    public int TagCount { get; }

    public int Stride { get; }

    public int RowCount { get; }

    /// <summary>The bucket of a feature hash.</summary>
    public static int Bucket(ulong feature, int bits) => (int)(feature & ((1UL << bits) - 1));

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var acc = MemoryMarshal.Cast<float, Vector<float>>(scores[..Stride]);
        acc.Clear();
        ref float rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref int rowOf = ref MemoryMarshal.GetArrayDataReference(_rowOf);
        int stride = Stride;
        foreach (ulong f in features)
        {
            int r = Unsafe.Add(ref rowOf, (nint)(f & _mask));
            if (r == 0)
            {
                continue;
            }

            ref float row = ref Unsafe.Add(ref rows, (nint)(r - 1) * stride);
            for (int k = 0; k < acc.Length; k++)
            {
                acc[k] += Vector.LoadUnsafe(ref row, (nuint)(k * Vector<float>.Count));
            }
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int gold, int guess)
        => throw new InvalidOperationException("A shipped weight table is read-only; train with the averaged perceptron in tools/Sitrep.Train.");
}
