using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Parsing;

/// <summary>How a beam scores an item's moves and an arc's labels over one sentence.</summary>
internal interface IBeamScorer
{
    /// <summary>Starts a sentence (after its first state's <see cref="ArcHybrid.CountMarks"/>).</summary>
    void Begin(int length);

    /// <summary>The move scores of <paramref name="state"/> (SHIFT, LEFT, RIGHT at 0, 1, 2).</summary>
    void Moves(ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, Span<float> scores);

    /// <summary>The label scores of the arc <paramref name="head"/> → <paramref name="dependent"/> in <paramref name="state"/>.</summary>
    void Labels(ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, int head, int dependent, Span<float> scores);
}

/// <summary>The reference scorer: every template's feature through the tables' <see cref="IFeatureScorer.Score"/> (training's perceptrons, or any table).</summary>
internal readonly struct TableScorer<TMoves, TLabels>(TMoves moves, TLabels labels, ulong[] features) : IBeamScorer
    where TMoves : IFeatureScorer
    where TLabels : IFeatureScorer
{
    public void Begin(int length)
    {
    }

    public void Moves(ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, Span<float> scores) =>
        moves.Score(features.AsSpan(0, ParseFeatures.Moves(state, sentence, tags, features)), scores);

    public void Labels(ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, int head, int dependent, Span<float> scores) =>
        labels.Score(features.AsSpan(0, ParseFeatures.Label(state, sentence, tags, head, dependent, features)), scores);
}

/// <summary>
/// The same scores from shipped tables with less work: the templates that read only fixed positions (the buffer, one
/// stack word, a stack word with the buffer, the two top stack words; an arc's head and dependent alone) give the same
/// features for every beam item and step that has the same words there, so their fixed-point weight sums are kept per
/// sentence and looked up again (<see cref="MoveGroup"/>, <see cref="LabelGroup"/>); only the templates over children,
/// labels and counts are looked up for each item. Integer sums do not depend on order or grouping, so the scores are
/// bit for bit those of <see cref="TableScorer{TMoves, TLabels}"/> (a test holds the two equal). One instance per thread.
/// </summary>
internal sealed class CachedBeamScorer : IBeamScorer
{
    /// <summary>The groups kept by position; the groups after them (children, counts, depth) are kept by their features.</summary>
    private const int Groups = (int)MoveGroup.Stack0Left;
    private const int MemoGroups = (int)MoveGroup.State + 1 - Groups;

    private readonly WeightTable _moves;

    /// <summary>Ints per kept move sum (four for the shipped move table, whose weights lie in its index).</summary>
    private readonly int _moveWidth;
    private readonly WeightTable _labels;
    private readonly ulong[] _features = new ulong[ParseFeatures.MaxFeatures];
    private readonly ulong[] _gathered = new ulong[ParseFeatures.MaxFeatures];
    private readonly ulong[] _labelKey = new ulong[ParseFeatures.MaxFeatures];
    private readonly int[] _sums;
    private readonly PartialSums[] _moveSums = new PartialSums[Groups];
    private readonly PartialSums _labelSums;
    private readonly PartialSums _dependentSums;
    private readonly PartialSums _headSums;
    private readonly FeatureMemo[] _moveMemos = new FeatureMemo[MemoGroups];
    private readonly FeatureMemo _labelMemo;
    private int _n;
    private int _stamp;

    public CachedBeamScorer(WeightTable moves, WeightTable labels)
    {
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(labels);
        _moves = moves;
        _moveWidth = moves.SumWidth;
        _labels = labels;
        _sums = new int[Math.Max(labels.Stride, moves.SumWidth)];
        for (int g = 0; g < Groups; g++)
        {
            _moveSums[g] = new PartialSums(_moveWidth);
        }

        _labelSums = new PartialSums(labels.Stride);
        _dependentSums = new PartialSums(labels.Stride);
        _headSums = new PartialSums(labels.Stride);
        for (int g = 0; g < MemoGroups; g++)
        {
            _moveMemos[g] = new FeatureMemo(ParseFeatures.Slots((MoveGroup)(Groups + g)).Length, _moveWidth);
        }

        _labelMemo = new FeatureMemo(ParseFeatures.Slots(LabelGroup.State).Length + 1, labels.Stride);
    }

    public WeightTable MoveTable => _moves;

    public WeightTable LabelTable => _labels;

    public void Begin(int length)
    {
        _n = length;
        if (_stamp == int.MaxValue)
        {
            _stamp = 0;
            foreach (var sums in _moveSums)
            {
                sums.Clear();
            }

            _labelSums.Clear();
            _dependentSums.Clear();
            _headSums.Clear();
            foreach (var memo in _moveMemos)
            {
                memo.Clear();
            }

            _labelMemo.Clear();
        }

        _stamp++;
        int positions = length + 1;
        for (int g = 0; g < Groups; g++)
        {
            _moveSums[g].Grow(g is (int)MoveGroup.Stack0Buffer or (int)MoveGroup.Stack1Stack0 ? positions * positions : positions);
        }

        _labelSums.Grow(positions * positions);
        _labelMemo.Size(length);
        foreach (var memo in _moveMemos)
        {
            memo.Size(length);
        }

        _dependentSums.Grow(2 * positions);
        _headSums.Grow(2 * positions);
    }

    public void Moves(ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, Span<float> scores)
    {
        var sums = _sums.AsSpan(0, _moveWidth);
        sums.Clear();
        int positions = _n + 1;
        int s0 = state.Stack(0) + 1, s1 = state.Stack(1) + 1, next = state.Next;
        AddMoves(MoveGroup.Buffer, next, state, sentence, tags, sums);
        AddMoves(MoveGroup.Stack0, s0, state, sentence, tags, sums);
        AddMoves(MoveGroup.Stack1, s1, state, sentence, tags, sums);
        AddMoves(MoveGroup.Stack2, state.Stack(2) + 1, state, sentence, tags, sums);
        AddMoves(MoveGroup.Stack0Buffer, (s0 * positions) + next, state, sentence, tags, sums);
        AddMoves(MoveGroup.Stack1Stack0, (s1 * positions) + s0, state, sentence, tags, sums);
        for (int g = 0; g < MemoGroups; g++)
        {
            var features = Gather((MoveGroup)(Groups + g), state, sentence, tags);
            if (!_moveMemos[g].Find(features, _stamp, out var kept))
            {
                kept.Clear();
                _moves.Accumulate(features, kept);
            }

            Add(sums, kept);
        }

        float scale = _moves.Scale;
        for (int m = 0; m < _moveWidth; m++)
        {
            scores[m] = sums[m] * scale;
        }
    }

    public void Labels(ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, int head, int dependent, Span<float> scores)
    {
        int width = _labels.Stride;
        int pair = (head * (_n + 1)) + dependent;
        ParseFeatures.Label(LabelGroup.State, state, sentence, tags, head, dependent, _features);
        var stateSlots = ParseFeatures.Slots(LabelGroup.State);
        var key = _labelKey.AsSpan(0, stateSlots.Length + 1);
        for (int i = 0; i < stateSlots.Length; i++)
        {
            key[i] = _features[stateSlots[i]];
        }

        key[stateSlots.Length] = (ulong)pair;
        if (!_labelMemo.Find(key, _stamp, out var sums))
        {
            int side = dependent < head ? 0 : 1;
            var both = Kept(_labelSums, LabelGroup.Pair, pair, state, sentence, tags, head, dependent);
            var one = Kept(_dependentSums, LabelGroup.Dependent, (2 * dependent) + side, state, sentence, tags, head, dependent);
            var other = Kept(_headSums, LabelGroup.Head, (2 * head) + side, state, sentence, tags, head, dependent);
            ref int a = ref MemoryMarshal.GetReference(both);
            ref int b = ref MemoryMarshal.GetReference(one);
            ref int c = ref MemoryMarshal.GetReference(other);
            ref int sum = ref MemoryMarshal.GetReference(sums);
            for (int k = 0; k < width; k += Vector256<int>.Count)
            {
                (Vector256.LoadUnsafe(ref a, (nuint)k) + Vector256.LoadUnsafe(ref b, (nuint)k) + Vector256.LoadUnsafe(ref c, (nuint)k)).StoreUnsafe(ref sum, (nuint)k);
            }

            _labels.Accumulate(key[..stateSlots.Length], sums);
        }

        var scale = Vector256.Create(_labels.Scale);
        ref int from = ref MemoryMarshal.GetReference(sums);
        ref float to = ref MemoryMarshal.GetReference(scores[..width]);
        for (int k = 0; k < width; k += Vector256<int>.Count)
        {
            (Vector256.ConvertToSingle(Vector256.LoadUnsafe(ref from, (nuint)k)) * scale).StoreUnsafe(ref to, (nuint)k);
        }
    }

    /// <summary>A label group's kept sums for <paramref name="key"/>, computed the first time in the sentence.</summary>
    private Span<int> Kept(PartialSums kept, LabelGroup group, int key, ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, int head, int dependent)
    {
        var sums = kept.Find(key, _stamp, out bool found);
        if (!found)
        {
            sums.Clear();
            ParseFeatures.Label(group, state, sentence, tags, head, dependent, _features);
            _labels.Accumulate(Pick(ParseFeatures.Slots(group)), sums);
        }

        return sums;
    }

    /// <summary>Adds a group's kept sums for <paramref name="key"/>, computing them the first time in the sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddMoves(MoveGroup group, int key, ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, Span<int> sums)
    {
        var kept = _moveSums[(int)group].Find(key, _stamp, out bool found);
        if (!found)
        {
            kept.Clear();
            _moves.Accumulate(Gather(group, state, sentence, tags), kept);
        }

        Add(sums, kept);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<int> sums, ReadOnlySpan<int> kept)
    {
        for (int i = 0; i < sums.Length; i++)
        {
            sums[i] += kept[i];
        }
    }

    private ReadOnlySpan<ulong> Gather(MoveGroup group, ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags)
    {
        ParseFeatures.Moves(group, state, sentence, tags, _features);
        return Pick(ParseFeatures.Slots(group));
    }

    /// <summary>The features at <paramref name="slots"/>, side by side.</summary>
    private ReadOnlySpan<ulong> Pick(ReadOnlySpan<byte> slots)
    {
        for (int i = 0; i < slots.Length; i++)
        {
            _gathered[i] = _features[slots[i]];
        }

        return _gathered.AsSpan(0, slots.Length);
    }

    /// <summary>
    /// Sums kept per sentence for feature sets seen before (an item's children, counts and depth often recur in the
    /// beam's other items and later steps): open addressing on a hash of the features, the features themselves compared,
    /// so a kept sum is always the sum of the same features. When the table is full, sums are computed and not kept.
    /// </summary>
    private sealed class FeatureMemo(int keyLength, int width)
    {
        private const int MaxBits = 12;
        private const int Capacity = 1 << MaxBits;
        private const int Probes = 8;
        private int _bits = MaxBits;
        private readonly ulong[] _keys = new ulong[Capacity * keyLength];
        private readonly int[] _stamps = new int[Capacity];
        private readonly int[] _sums = new int[(Capacity + 1) * width];

        public void Clear() => Array.Clear(_stamps);

        /// <summary>Uses only as many slots as a sentence of <paramref name="length"/> words needs (a beam of 4 scores about 12 arcs and 6 states per word), so the table stays in the cache.</summary>
        public void Size(int length) => _bits = Math.Clamp(int.Log2(Math.Max(1, length) * 32), 6, MaxBits);

        /// <summary>Whether <paramref name="key"/>'s sums are kept (in <paramref name="sums"/>); if not, <paramref name="sums"/> is where to write them.</summary>
        public bool Find(ReadOnlySpan<ulong> key, int stamp, out Span<int> sums)
        {
            ulong hash = 0;
            foreach (ulong f in key)
            {
                hash = (hash ^ f) * 0x9E3779B97F4A7C15UL;
            }

            int slot = (int)(hash >> (64 - _bits));
            int mask = (1 << _bits) - 1;
            for (int probe = 0; probe < Probes; probe++)
            {
                var kept = _keys.AsSpan(slot * keyLength, keyLength);
                if (_stamps[slot] != stamp)
                {
                    _stamps[slot] = stamp;
                    key.CopyTo(kept);
                    sums = _sums.AsSpan(slot * width, width);
                    return false;
                }

                if (key.SequenceEqual(kept))
                {
                    sums = _sums.AsSpan(slot * width, width);
                    return true;
                }

                slot = (slot + 1) & mask;
            }

            sums = _sums.AsSpan(Capacity * width, width);
            return false;
        }
    }

    /// <summary>Fixed-point sums kept per key for one sentence (a key's entry is valid when stamped with the sentence's stamp).</summary>
    private sealed class PartialSums(int width)
    {
        private int[] _stamps = [];
        private int[] _sums = [];

        public void Grow(int keys)
        {
            if (_stamps.Length < keys)
            {
                int size = Math.Max(keys, _stamps.Length * 2);
                _stamps = new int[size];
                _sums = new int[size * width];
            }
        }

        public void Clear() => Array.Clear(_stamps);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Span<int> Find(int key, int stamp, out bool found)
        {
            found = _stamps[key] == stamp;
            _stamps[key] = stamp;
            return _sums.AsSpan(key * width, width);
        }
    }
}
