using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Core.Tagging;

/// <summary>
/// A trained, read-only perceptron: feature hash → bucket → row of label weights. Only non-zero rows are kept,
/// as 16-bit fixed-point numbers with one scale for the table, each row padded to 32 values (one 64-byte cache
/// line; 16 for tables of at most 16 labels, a multiple of 16 for more than 32), so scoring a feature costs one
/// row lookup and a few vector adds.
/// </summary>
public sealed unsafe class WeightTable : IFeatureScorer
{
    private const int RowWidth = 32;
    private const int Lanes = 16;
    private const int MaxLabels = 256;
    private readonly int _width;
    /// <summary>Tables of more buckets than this find their rows through <see cref="_slots"/> instead of a dense array.</summary>
    private const int MaxDenseBits = 21;

    // The tables below lie in native memory this instance allocated (a table built from rows) or in a mapped model
    // image (<see cref="ModelImage"/>).

    /// <summary>Dense index: bucket → row + 1 (0: no row); null when <see cref="_slots"/> or <see cref="_narrow"/> is used.</summary>
    private readonly int* _rowOf;

    /// <summary>Sparse index for many buckets: open addressing, (bucket + 1) &lt;&lt; 32 | (row + 1) per slot, 0 = empty.</summary>
    private readonly ulong* _slots;
    private readonly int _slotShift;

    /// <summary>The number of slots of the sparse index (a power of two).</summary>
    private readonly int _slotCount;

    /// <summary>
    /// Sparse index of a table of at most <see cref="NarrowLabels"/> labels: each slot holds the bucket and the weights
    /// themselves, so a feature costs one memory access instead of two (the parser's move table).
    /// </summary>
    private readonly NarrowEntry* _narrow;

    /// <summary>Tables of at most this many labels and more than 2^<see cref="MaxDenseBits"/> buckets keep weights in their index.</summary>
    private const int NarrowLabels = 4;
    private readonly short* _rows;
    private readonly ulong _mask;
    private readonly float _scale;
    /// <summary>The mapped image the tables lie in (kept alive by this reference); null when this instance allocated (and frees) them.</summary>
    private readonly object? _image;
    private readonly bool _owned;

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

        if (tagCount is < 1 or > MaxLabels)
        {
            throw new ArgumentOutOfRangeException(nameof(tagCount), tagCount, "1..256 labels");
        }

        if (rows.Length != buckets.Length * tagCount)
        {
            throw new ArgumentException("rows must hold tagCount weights per bucket", nameof(rows));
        }

        Bits = bits;
        TagCount = tagCount;
        _mask = (1UL << bits) - 1;
        _width = tagCount <= Lanes ? Lanes : tagCount <= RowWidth ? RowWidth : (tagCount + Lanes - 1) / Lanes * Lanes;
        int slotCount = 0;
        if (bits > MaxDenseBits)
        {
            int slotBits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, buckets.Length) * 2.5)));
            _slotShift = 32 - slotBits;
            slotCount = 1 << slotBits;
        }

        // Zeroed native memory rather than arrays: the tables are large and live as long as the model, and the GC then
        // neither zeroes nor counts them (allocating them on the GC heap set off full collections at start-up).
        _owned = true;
        _rowOf = bits <= MaxDenseBits ? Allocate<int>(1 << bits) : null;
        _narrow = slotCount > 0 && tagCount <= NarrowLabels ? Allocate<NarrowEntry>(slotCount) : null;
        _slots = slotCount > 0 && _narrow is null ? Allocate<ulong>(slotCount) : null;
        _slotCount = slotCount;
        _rows = _narrow is null ? Allocate<short>(buckets.Length * _width) : null;
        _scale = scale;
        for (int r = 0; r < buckets.Length; r++)
        {
            if (_narrow is not null)
            {
                int i = Slot((uint)buckets[r]);
                while (_narrow[i].Key != 0)
                {
                    i = (i + 1) & (slotCount - 1);
                }

                var w = rows.Slice(r * tagCount, tagCount);
                _narrow[i] = new NarrowEntry
                {
                    Key = (uint)buckets[r] + 1,
                    W0 = w[0],
                    W1 = tagCount > 1 ? w[1] : (short)0,
                    W2 = tagCount > 2 ? w[2] : (short)0,
                    W3 = tagCount > 3 ? w[3] : (short)0,
                };
                continue;
            }

            if (_slots is null)
            {
                _rowOf[buckets[r]] = r + 1;
            }
            else
            {
                int i = Slot((uint)buckets[r]);
                while (_slots[i] != 0)
                {
                    i = (i + 1) & (slotCount - 1);
                }

                _slots[i] = ((ulong)(uint)(buckets[r] + 1) << 32) | (uint)(r + 1);
            }

            rows.Slice(r * tagCount, tagCount).CopyTo(new Span<short>(_rows + ((nint)r * _width), tagCount));
        }

        RowCount = buckets.Length;
    }

    /// <summary>Frees the tables this instance allocated (none when they lie in a mapped image).</summary>
    ~WeightTable()
    {
        if (_owned)
        {
            NativeMemory.Free(_rowOf);
            NativeMemory.Free(_slots);
            NativeMemory.Free(_narrow);
            NativeMemory.Free(_rows);
        }
    }

    private static T* Allocate<T>(int count)
        where T : unmanaged
        => (T*)NativeMemory.AllocZeroed((nuint)Math.Max(count, 1), (nuint)sizeof(T));

    /// <summary>A table over the arrays of a mapped model image (what <see cref="WriteImage"/> wrote).</summary>
    private WeightTable(ImageReader r)
    {
        Bits = r.Int();
        TagCount = r.Int();
        _width = r.Int();
        _scale = r.Float();
        _slotShift = r.Int();
        RowCount = r.Int();
        _rowOf = r.Array<int>(out int rowOfCount);
        _slots = r.Array<ulong>(out int slotCount);
        _narrow = r.Array<NarrowEntry>(out int narrowCount);
        _rows = r.Array<short>(out int rowValues);
        _slotCount = Math.Max(slotCount, narrowCount);
        _mask = Bits is >= 8 and <= 26 ? (1UL << Bits) - 1 : 0;
        _image = r.Owner;
        bool dense = rowOfCount == 1 << Bits && slotCount == 0 && narrowCount == 0;
        bool sparse = rowOfCount == 0 && (slotCount == 0) != (narrowCount == 0) && (_slotCount & (_slotCount - 1)) == 0 && _slotShift == 32 - int.Log2(_slotCount);
        if (_mask == 0 || TagCount is < 1 or > MaxLabels || _width < TagCount || _width % Lanes != 0 || !(dense || sparse)
            || rowValues != (narrowCount > 0 ? 0 : RowCount * _width))
        {
            throw new InvalidDataException("The model image has a malformed weight table.");
        }
    }

    /// <summary>Writes the table's fields and arrays as they lie in memory (<see cref="ModelImage"/>).</summary>
    internal void WriteImage(ImageWriter w)
    {
        w.Int(Bits);
        w.Int(TagCount);
        w.Int(_width);
        w.Float(_scale);
        w.Int(_slotShift);
        w.Int(RowCount);
        w.Array(new ReadOnlySpan<int>(_rowOf, _rowOf is null ? 0 : 1 << Bits));
        w.Array(new ReadOnlySpan<ulong>(_slots, _slots is null ? 0 : _slotCount));
        w.Array(new ReadOnlySpan<NarrowEntry>(_narrow, _narrow is null ? 0 : _slotCount));
        w.Array(new ReadOnlySpan<short>(_rows, _narrow is not null ? 0 : RowCount * _width));
    }

    /// <summary>A table read from a mapped model image.</summary>
    internal static WeightTable ReadImage(ImageReader r) => new(r);

    public int Bits { get; }

    public int TagCount { get; }

    public int Stride => _width;

    public int RowCount { get; }

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (_narrow is not null)
        {
            ScoreNarrow(features, scores);
            return;
        }

        if (_width > RowWidth)
        {
            ScoreAnyWidth(features, scores);
            return;
        }

        var acc0 = Vector256<int>.Zero;
        var acc1 = Vector256<int>.Zero;
        var acc2 = Vector256<int>.Zero;
        var acc3 = Vector256<int>.Zero;
        ref short rows = ref Unsafe.AsRef<short>(_rows);
        foreach (ulong f in features)
        {
            int r = Row(f);
            if (r == 0)
            {
                continue;
            }

            ref short row = ref Unsafe.Add(ref rows, (nint)(r - 1) * _width);
            var (a, b) = Vector256.Widen(Vector256.LoadUnsafe(ref row));
            acc0 += a;
            acc1 += b;
            if (_width > Lanes)
            {
                var (c, d) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 16));
                acc2 += c;
                acc3 += d;
            }
        }

        var scale = Vector256.Create(_scale);
        ref float output = ref MemoryMarshal.GetReference(scores[.._width]);
        (Vector256.ConvertToSingle(acc0) * scale).StoreUnsafe(ref output);
        (Vector256.ConvertToSingle(acc1) * scale).StoreUnsafe(ref output, 8);
        if (_width > Lanes)
        {
            (Vector256.ConvertToSingle(acc2) * scale).StoreUnsafe(ref output, 16);
            (Vector256.ConvertToSingle(acc3) * scale).StoreUnsafe(ref output, 24);
        }
    }

    private void ScoreNarrow(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> sums = stackalloc int[NarrowLabels];
        sums.Clear();
        AccumulateNarrow(features, sums);
        scores[.._width].Clear();
        for (int m = 0; m < NarrowLabels; m++)
        {
            scores[m] = sums[m] * _scale;
        }
    }

    /// <summary>Rows of more than 32 values, accumulated in a stack buffer.</summary>
    private void ScoreAnyWidth(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> sums = stackalloc int[MaxLabels];
        sums = sums[.._width];
        sums.Clear();
        AccumulateWide(features, sums);
        var scale = Vector256.Create(_scale);
        ref int acc = ref MemoryMarshal.GetReference(sums);
        ref float output = ref MemoryMarshal.GetReference(scores[.._width]);
        for (int k = 0; k < _width; k += 8)
        {
            (Vector256.ConvertToSingle(Vector256.LoadUnsafe(ref acc, (nuint)k)) * scale).StoreUnsafe(ref output, (nuint)k);
        }
    }

    /// <summary>
    /// The fixed-point weight sums of <paramref name="features"/> added into <paramref name="sums"/> (length at least
    /// <see cref="SumWidth"/>): <see cref="Score"/> writes these sums times <see cref="Scale"/>. Integer sums add up the
    /// same in any order and grouping, so a decoder may keep partial sums of features it has seen (the parser's beam).
    /// </summary>
    public void Accumulate(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        if (_narrow is not null)
        {
            AccumulateNarrow(features, sums);
            return;
        }

        AccumulateWide(features, sums);
    }

    private void AccumulateNarrow(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        {
            var narrow = _narrow;
            int mask = _slotCount - 1;
            if (Sse.IsSupported)
            {
                foreach (ulong f in features)
                {
                    Sse.Prefetch0(narrow + Slot((uint)(f & _mask)));
                }
            }

            int a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            foreach (ulong f in features)
            {
                uint key = (uint)(f & _mask) + 1;
                int i = Slot(key - 1);
                while (true)
                {
                    ref readonly var e = ref narrow[i];
                    if (e.Key == key)
                    {
                        a0 += e.W0;
                        a1 += e.W1;
                        a2 += e.W2;
                        a3 += e.W3;
                        break;
                    }

                    if (e.Key == 0)
                    {
                        break;
                    }

                    i = (i + 1) & mask;
                }
            }

            sums[0] += a0;
            sums[1] += a1;
            sums[2] += a2;
            sums[3] += a3;
            return;
        }
    }

    private void AccumulateWide(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        ref short rows = ref Unsafe.AsRef<short>(_rows);
        ref int acc = ref MemoryMarshal.GetReference(sums[.._width]);
        if (_width == 4 * Lanes && features.Length <= MaxLabels)
        {
            // The rows of 64 values (the parser's labels): find them all and ask for their cache lines first, then add
            // them in registers.
            Span<int> found = stackalloc int[features.Length];
            int count = 0;
            foreach (ulong f in features)
            {
                int r = Row(f);
                if (r != 0)
                {
                    short* at = _rows + ((nint)(r - 1) * _width);
                    if (Sse.IsSupported)
                    {
                        Sse.Prefetch0(at);
                        Sse.Prefetch0(at + 32);
                    }

                    found[count++] = r - 1;
                }
            }

            var s0 = Vector256.LoadUnsafe(ref acc);
            var s1 = Vector256.LoadUnsafe(ref acc, 8);
            var s2 = Vector256.LoadUnsafe(ref acc, 16);
            var s3 = Vector256.LoadUnsafe(ref acc, 24);
            var s4 = Vector256.LoadUnsafe(ref acc, 32);
            var s5 = Vector256.LoadUnsafe(ref acc, 40);
            var s6 = Vector256.LoadUnsafe(ref acc, 48);
            var s7 = Vector256.LoadUnsafe(ref acc, 56);
            for (int i = 0; i < count; i++)
            {
                ref short row = ref Unsafe.Add(ref rows, (nint)found[i] * _width);
                var (a, b) = Vector256.Widen(Vector256.LoadUnsafe(ref row));
                var (c, d) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 16));
                var (e, g) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 32));
                var (h, j) = Vector256.Widen(Vector256.LoadUnsafe(ref row, 48));
                s0 += a;
                s1 += b;
                s2 += c;
                s3 += d;
                s4 += e;
                s5 += g;
                s6 += h;
                s7 += j;
            }

            s0.StoreUnsafe(ref acc);
            s1.StoreUnsafe(ref acc, 8);
            s2.StoreUnsafe(ref acc, 16);
            s3.StoreUnsafe(ref acc, 24);
            s4.StoreUnsafe(ref acc, 32);
            s5.StoreUnsafe(ref acc, 40);
            s6.StoreUnsafe(ref acc, 48);
            s7.StoreUnsafe(ref acc, 56);
            return;
        }

        foreach (ulong f in features)
        {
            int r = Row(f);
            if (r == 0)
            {
                continue;
            }

            ref short row = ref Unsafe.Add(ref rows, (nint)(r - 1) * _width);
            for (int k = 0; k < _width; k += Lanes)
            {
                var (a, b) = Vector256.Widen(Vector256.LoadUnsafe(ref row, (nuint)k));
                (Vector256.LoadUnsafe(ref acc, (nuint)k) + a).StoreUnsafe(ref acc, (nuint)k);
                (Vector256.LoadUnsafe(ref acc, (nuint)(k + 8)) + b).StoreUnsafe(ref acc, (nuint)(k + 8));
            }
        }
    }

    /// <summary>How many sums <see cref="Accumulate"/> writes: the labels of a table that keeps its weights in its index, else <see cref="Stride"/>.</summary>
    public int SumWidth => _narrow is not null ? NarrowLabels : _width;

    /// <summary>What one fixed-point unit of <see cref="Accumulate"/>'s sums weighs.</summary>
    public float Scale => _scale;

    /// <summary>The row (+ 1) of a feature's bucket, 0 when the table has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Row(ulong feature)
    {
        uint bucket = (uint)(feature & _mask);
        if (_slots is null)
        {
            return _rowOf[bucket];
        }

        int i = Slot(bucket);
        while (true)
        {
            ulong slot = _slots[i];
            if (slot == 0)
            {
                return 0;
            }

            if ((uint)(slot >> 32) == bucket + 1)
            {
                return (int)(uint)slot;
            }

            i = (i + 1) & (_slotCount - 1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(uint bucket) => (int)((bucket * 0x9E3779B1u) >> _slotShift);

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

    private struct NarrowEntry
    {
        public uint Key;
        public short W0;
        public short W1;
        public short W2;
        public short W3;
    }
}
