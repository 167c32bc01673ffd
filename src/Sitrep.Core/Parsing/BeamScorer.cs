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
    /// <summary>Ints per kept move sum: the narrow move table's four sums.</summary>
    private const int MoveWidth = 4;
    private const int Groups = (int)MoveGroup.State;

    private readonly WeightTable _moves;
    private readonly WeightTable _labels;
    private readonly ulong[] _features = new ulong[ParseFeatures.MaxFeatures];
    private readonly ulong[] _gathered = new ulong[ParseFeatures.MaxFeatures];
    private readonly int[] _sums;
    private readonly PartialSums[] _moveSums = new PartialSums[Groups];
    private PartialSums _labelSums;
    private int _n;
    private int _stamp;

    public CachedBeamScorer(WeightTable moves, WeightTable labels)
    {
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(labels);
        if (moves.Stride < MoveWidth || moves.TagCount > MoveWidth)
        {
            throw new ArgumentException("a move table of at most four moves", nameof(moves));
        }

        _moves = moves;
        _labels = labels;
        _sums = new int[Math.Max(labels.Stride, MoveWidth)];
        for (int g = 0; g < Groups; g++)
        {
            _moveSums[g] = new PartialSums(MoveWidth);
        }

        _labelSums = new PartialSums(labels.Stride);
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
        }

        _stamp++;
        int positions = length + 1;
        for (int g = 0; g < Groups; g++)
        {
            _moveSums[g].Grow(g is (int)MoveGroup.Stack0Buffer or (int)MoveGroup.Stack1Stack0 ? positions * positions : positions);
        }

        _labelSums.Grow(positions * positions);
    }

    public void Moves(ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, Span<float> scores)
    {
        var sums = _sums.AsSpan(0, MoveWidth);
        sums.Clear();
        int positions = _n + 1;
        int s0 = state.Stack(0) + 1, s1 = state.Stack(1) + 1, next = state.Next;
        AddMoves(MoveGroup.Buffer, next, state, sentence, tags, sums);
        AddMoves(MoveGroup.Stack0, s0, state, sentence, tags, sums);
        AddMoves(MoveGroup.Stack1, s1, state, sentence, tags, sums);
        AddMoves(MoveGroup.Stack2, state.Stack(2) + 1, state, sentence, tags, sums);
        AddMoves(MoveGroup.Stack0Buffer, (s0 * positions) + next, state, sentence, tags, sums);
        AddMoves(MoveGroup.Stack1Stack0, (s1 * positions) + s0, state, sentence, tags, sums);
        _moves.Accumulate(Gather(MoveGroup.State, state, sentence, tags), sums);
        float scale = _moves.Scale;
        for (int m = 0; m < MoveWidth; m++)
        {
            scores[m] = sums[m] * scale;
        }
    }

    public void Labels(ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, int head, int dependent, Span<float> scores)
    {
        int width = _labels.Stride;
        var sums = _sums.AsSpan(0, width);
        var kept = _labelSums.Find((head * (_n + 1)) + dependent, _stamp, out bool found);
        if (!found)
        {
            kept.Clear();
            ParseFeatures.Label(LabelGroup.Pair, state, sentence, tags, head, dependent, _features);
            _labels.Accumulate(Pick(ParseFeatures.Slots(LabelGroup.Pair)), kept);
        }

        kept.CopyTo(sums);
        ParseFeatures.Label(LabelGroup.State, state, sentence, tags, head, dependent, _features);
        _labels.Accumulate(Pick(ParseFeatures.Slots(LabelGroup.State)), sums);
        var scale = Vector256.Create(_labels.Scale);
        ref int from = ref MemoryMarshal.GetReference(sums);
        ref float to = ref MemoryMarshal.GetReference(scores[..width]);
        for (int k = 0; k < width; k += Vector256<int>.Count)
        {
            (Vector256.ConvertToSingle(Vector256.LoadUnsafe(ref from, (nuint)k)) * scale).StoreUnsafe(ref to, (nuint)k);
        }
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

        sums[0] += kept[0];
        sums[1] += kept[1];
        sums[2] += kept[2];
        sums[3] += kept[3];
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
