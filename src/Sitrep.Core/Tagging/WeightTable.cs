using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Core.Tagging;

/// <summary>
/// A trained, read-only perceptron: feature hash → bucket → row of label weights. Only non-zero rows are kept,
/// as 16-bit fixed-point numbers with one scale for the table, each row padded to 32 values (one 64-byte cache
/// line), so scoring a feature costs one row lookup and a few vector adds.
/// </summary>
public sealed class WeightTable : IFeatureScorer
{
    private const int RowWidth = 32;
    private readonly int[] _rowOf;
    private readonly short[] _rows;
    private readonly ulong _mask;
    private readonly float _scale;

    /// <summary>Builds the table from rows of <paramref name="tagCount"/> weights, one per bucket in <paramref name="buckets"/>.</summary>
    public WeightTable(int bits, int tagCount, ReadOnlySpan<int> buckets, ReadOnlySpan<float> rows)
        : this(bits, tagCount, buckets, Quantize(rows, out float scale), scale)
    {
    }

    /// <summary>Builds the table from 16-bit fixed-point rows (weight = value × <paramref name="scale"/>).</summary>
    public WeightTable(int bits, int tagCount, ReadOnlySpan<int> buckets, ReadOnlySpan<short> rows, float scale)
    {
        if (bits is < 8 or > 26)
        {
            throw new ArgumentOutOfRangeException(nameof(bits), bits, "bucket bits must be 8..26");
        }

        if (tagCount is < 1 or > RowWidth)
        {
            throw new ArgumentOutOfRangeException(nameof(tagCount), tagCount, "1..32 labels");
        }

        if (rows.Length != buckets.Length * tagCount)
        {
            throw new ArgumentException("rows must hold tagCount weights per bucket", nameof(rows));
        }

        Bits = bits;
        TagCount = tagCount;
        _mask = (1UL << bits) - 1;
        _rowOf = new int[1 << bits];
        _rows = new short[buckets.Length * RowWidth];
        _scale = scale;
        for (int r = 0; r < buckets.Length; r++)
        {
            _rowOf[buckets[r]] = r + 1;
            rows.Slice(r * tagCount, tagCount).CopyTo(_rows.AsSpan(r * RowWidth, tagCount));
        }

        RowCount = buckets.Length;
    }

    public int Bits { get; }

    public int TagCount { get; }

    public int Stride => RowWidth;

    public int RowCount { get; }

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var acc0 = Vector256<int>.Zero;
        var acc1 = Vector256<int>.Zero;
        var acc2 = Vector256<int>.Zero;
        var acc3 = Vector256<int>.Zero;
        ref short rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref int rowOf = ref MemoryMarshal.GetArrayDataReference(_rowOf);
        foreach (ulong f in features)
        {
            int r = Unsafe.Add(ref rowOf, (nint)(f & _mask));
            if (r == 0)
            {
                continue;
            }

            ref short row = ref Unsafe.Add(ref rows, (nint)(r - 1) * RowWidth);
            var (a, b) = Vector256.Widen(Vector256.LoadUnsafe(ref row));
            acc0 += a;
            acc1 += b;
            if (TagCount > 16)
            {
                var (c, d) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 16));
                acc2 += c;
                acc3 += d;
            }
        }

        var scale = Vector256.Create(_scale);
        ref float output = ref MemoryMarshal.GetReference(scores[..RowWidth]);
        (Vector256.ConvertToSingle(acc0) * scale).StoreUnsafe(ref output);
        (Vector256.ConvertToSingle(acc1) * scale).StoreUnsafe(ref output, 8);
        (Vector256.ConvertToSingle(acc2) * scale).StoreUnsafe(ref output, 16);
        (Vector256.ConvertToSingle(acc3) * scale).StoreUnsafe(ref output, 24);
    }

    private static short[] Quantize(ReadOnlySpan<float> rows, out float scale)
    {
        float max = 1e-6f;
        foreach (float v in rows)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        scale = max / 32000f;
        var result = new short[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            result[i] = (short)MathF.Round(rows[i] / scale);
        }

        return result;
    }

    public void Update(ReadOnlySpan<ulong> features, int gold, int guess)
        => throw new InvalidOperationException("A shipped weight table is read-only; train with the averaged perceptron in tools/Sitrep.Train.");
}
