using Sitrep.Core.Tagging;

namespace Sitrep.Core.Parsing;

/// <summary>What a globally trained move table learns through: add <paramref name="delta"/> to <paramref name="move"/>'s weights of each feature.</summary>
public interface IMoveLearner
{
    void Add(ReadOnlySpan<ulong> features, int move, float delta);
}

/// <summary>
/// Beam search over arc-hybrid sequences (Zhang and Clark 2008; Zhang and Nivre 2011), with the global perceptron
/// training of the same search: the <see cref="Width"/> best partial sequences by summed move scores are kept at
/// each step (every sequence has 2n moves, so they stay in step); each new arc takes the label table's best label.
/// When learning, a latent gold sequence is followed alongside (at each step the best-scoring move the dynamic
/// oracle calls right, so a non-projective tree's best projective tree is the target), the beam's items that made
/// only such moves are "correct", and after the sentence the move table is updated at the step of maximum violation
/// (Huang, Fayong and Guo 2012): the gold prefix's features are rewarded and those of the best item then in the beam,
/// which is not correct and outscores it, penalized. The label table learns from the gold sequence's arcs as in
/// greedy training. One instance per thread; it allocates only when a longer sentence or wider beam comes.
/// </summary>
public sealed class ParseBeam
{
    private Item[] _beam;
    private Item[] _next;
    private Candidate[] _candidates;
    private readonly Item _gold = new();
    private readonly ArcHybrid _replay = new();
    private int[] _violatorMoves = new int[130];
    private byte[] _violatorLabels = new byte[130];
    private readonly ulong[] _features = new ulong[ParseFeatures.MaxFeatures];
    private CachedBeamScorer? _cached;

    public ParseBeam(int width, float labelWeight = 0, bool joint = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        Width = width;
        LabelWeight = labelWeight;
        Joint = joint;
        _beam = [.. Enumerable.Range(0, width).Select(_ => new Item())];
        _next = [.. Enumerable.Range(0, width).Select(_ => new Item())];
        _candidates = new Candidate[width * ArcHybrid.MoveCount];
    }

    public int Width { get; }

    /// <summary>
    /// Labels inside the search: an arc's move is scored with its best label's score added (as a labeled move of Zhang
    /// and Nivre), a correct item also has the gold labels on its right-headed arcs, and the global update covers the
    /// label table too (with no local label learning).
    /// </summary>
    public bool Joint { get; }

    /// <summary>
    /// How much each arc's label score adds to a complete sequence's score when the final beam is compared (0: move
    /// scores alone). The search itself ranks by move scores: partial sequences with more arcs would collect more label
    /// score (on EWT dev, label weight 16 inside the search made LAS fall from 82.3 to 60).
    /// </summary>
    public float LabelWeight { get; }

    /// <summary>Parses one sentence into <paramref name="heads"/> (−1 for the root word) and <paramref name="labels"/>: the best complete sequence's tree.</summary>
    public void Parse<TMoves, TLabels>(ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, TMoves moves, TLabels labeler, int labelCount, int rootLabel, Span<int> heads, Span<byte> labels)
        where TMoves : IFeatureScorer
        where TLabels : IFeatureScorer
    {
        int count;
        if (Cached && moves is WeightTable moveTable && labeler is WeightTable labelTable)
        {
            if (_cached is null || _cached.MoveTable != moveTable || _cached.LabelTable != labelTable)
            {
                _cached = new CachedBeamScorer(moveTable, labelTable);
            }

            count = Search(sentence, tags, moves, labeler, _cached, labelCount, rootLabel, null, out _, out _);
        }
        else
        {
            count = Search(sentence, tags, moves, labeler, new TableScorer<TMoves, TLabels>(moves, labeler, _features), labelCount, rootLabel, null, out _, out _);
        }

        ParseDecoder.Write(_beam[Best(count)].State, heads, labels);
    }

    /// <summary>
    /// Whether <see cref="Parse"/> keeps per-sentence partial sums of the templates that read fixed positions when the
    /// tables are <see cref="WeightTable"/>s (<see cref="CachedBeamScorer"/>: the same scores, several times fewer
    /// weight lookups); false scores every feature of every item (the reference, for tests).
    /// </summary>
    public bool Cached { get; init; } = true;

    /// <summary>
    /// One global training step on a sentence: searches with the current tables, follows the latent gold sequence
    /// (learning its labels through <paramref name="labeler"/>), and updates <paramref name="learner"/> at the step of
    /// maximum violation. Returns whether there was a violation (an update).
    /// </summary>
    public bool Learn<TMoves, TLabels>(ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, TMoves moves, TLabels labeler, int labelCount, int rootLabel, ParseTeacher teacher, IMoveLearner learner, IMoveLearner? labelLearner = null)
        where TMoves : IFeatureScorer
        where TLabels : IFeatureScorer
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(learner);
        if (Joint && labelLearner is null)
        {
            throw new ArgumentException("a joint beam learns the label table globally: give its learner", nameof(labelLearner));
        }

        Search(sentence, tags, moves, labeler, new TableScorer<TMoves, TLabels>(moves, labeler, _features), labelCount, rootLabel, teacher, out int at, out int divergence);
        if (at < 0)
        {
            return false;
        }

        var labelsLearned = Joint ? labelLearner : null;
        Replay(sentence, tags, _gold.Moves, _gold.Labels, divergence, at, learner, labelsLearned, 1);
        Replay(sentence, tags, _violatorMoves, _violatorLabels, divergence, at, learner, labelsLearned, -1);
        return true;
    }

    /// <summary>
    /// The beam search; with a teacher also the gold sequence and the step of maximum violation (<paramref name="at"/>,
    /// the number of moves of the two prefixes to compare, −1 when none; <paramref name="divergence"/>: the moves they share).
    /// Returns how many items the final beam holds.
    /// </summary>
    private int Search<TMoves, TLabels, TScorer>(ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, TMoves moves, TLabels labeler, TScorer scorer, int labelCount, int rootLabel, ParseTeacher? teacher, out int at, out int divergence)
        where TMoves : IFeatureScorer
        where TLabels : IFeatureScorer
        where TScorer : IBeamScorer
    {
        int n = sentence.Length;
        int steps = 2 * n;
        Span<ulong> features = stackalloc ulong[ParseFeatures.MaxFeatures];
        Span<float> moveScores = stackalloc float[moves.Stride];
        Span<float> labelScores = stackalloc float[labeler.Stride];
        Span<int> costs = stackalloc int[ArcHybrid.MoveCount];
        var first = _beam[0];
        first.Start(n, steps);
        first.State.CountMarks(tags);
        scorer.Begin(n);
        int count = 1;
        if (teacher is not null)
        {
            _gold.Start(n, steps);
            _gold.State.CountMarks(tags);
            if (_violatorMoves.Length < steps)
            {
                _violatorMoves = new int[steps];
                _violatorLabels = new byte[steps];
            }
        }

        at = -1;
        divergence = 0;
        float worst = -1e-6f; // a tie is a violation too (all scores are 0 before the first update)
        for (int t = 0; t < steps; t++)
        {
            // Every item's valid moves become candidates; the Width best survive.
            int k = 0;
            for (int i = 0; i < count; i++)
            {
                var item = _beam[i];
                var state = item.State;
                int only = state.ForcedMove();
                bool forced = only >= 0;
                if (!forced)
                {
                    scorer.Moves(state, sentence, tags, moveScores);
                }

                int least = 0;
                if (teacher is not null && item.Correct)
                {
                    state.Costs(teacher.Heads, costs);
                    least = Math.Min(costs[0], Math.Min(costs[1], costs[2]));
                }

                for (int m = 0; m < ArcHybrid.MoveCount; m++)
                {
                    if (forced ? m != only : !state.IsValid(m))
                    {
                        continue;
                    }

                    int label = 0;
                    float labelScore = 0;
                    if (Joint)
                    {
                        labelScore = ArcChoice(state, sentence, tags, scorer, labelCount, rootLabel, m, null, labelScores, out label);
                    }

                    bool correct = teacher is not null && item.Correct && costs[m] == least && (!Joint || LabelRight(state, m, label, teacher));
                    k = Insert(k, new Candidate(i, m, item.Score + (forced ? 0 : moveScores[m]) + labelScore, correct, label, labelScore));
                }
            }

            count = Math.Min(k, Width);
            for (int c = 0; c < count; c++)
            {
                var candidate = _candidates[c];
                var parent = _beam[candidate.Parent];
                var child = _next[c];
                child.CopyFrom(parent, t);
                child.Score = candidate.Score;
                child.Correct = candidate.Correct;
                int label = candidate.Label;
                float labelScore = candidate.LabelScore;
                if (!Joint)
                {
                    labelScore = ArcChoice(child.State, sentence, tags, scorer, labelCount, rootLabel, candidate.Move, null, labelScores, out label);
                }

                child.LabelSum = parent.LabelSum + labelScore;

                child.Apply(t, candidate.Move, label);
            }

            (_beam, _next) = (_next, _beam);
            if (teacher is null)
            {
                continue;
            }

            // The gold sequence takes the best-scoring right move; the label table learns from its arcs (joint: with
            // the gold label on a right-headed arc, learned globally).
            var gold = _gold.State;
            int move = gold.ForcedMove();
            if (move < 0)
            {
                moves.Score(features[..ParseFeatures.Moves(gold, sentence, tags, features)], moveScores);
                gold.Costs(teacher.Heads, costs);
                int least = Math.Min(costs[0], Math.Min(costs[1], costs[2]));
                float bestScore = float.NegativeInfinity;
                for (int m = 0; m < ArcHybrid.MoveCount; m++)
                {
                    float score = costs[m] != least ? float.NegativeInfinity
                        : moveScores[m] + (Joint ? ArcChoice(gold, sentence, tags, scorer, labelCount, rootLabel, m, teacher, labelScores, out _) : 0);
                    if (costs[m] == least && (move < 0 || score > bestScore))
                    {
                        move = m;
                        bestScore = score;
                    }
                }

                _gold.Score += moveScores[move];
            }

            int goldLabel;
            if (Joint)
            {
                _gold.Score += ArcChoice(gold, sentence, tags, scorer, labelCount, rootLabel, move, teacher, labelScores, out goldLabel);
            }
            else
            {
                goldLabel = ParseDecoder.LabelOf(gold, sentence, tags, labeler, labelCount, rootLabel, move, features, labelScores, teacher);
            }

            _gold.Apply(t, move, goldLabel);

            // A violation: the beam's best item is not correct and outscores the gold prefix.
            var top = _beam[0];
            float violation = top.Score - _gold.Score;
            if (!top.Correct && violation > worst)
            {
                worst = violation;
                at = t + 1;
                top.Moves.AsSpan(0, at).CopyTo(_violatorMoves);
                top.Labels.AsSpan(0, at).CopyTo(_violatorLabels);
            }
        }

        if (at > 0)
        {
            while (divergence < at && _gold.Moves[divergence] == _violatorMoves[divergence] && _gold.Labels[divergence] == _violatorLabels[divergence])
            {
                divergence++;
            }
        }

        return count;
    }

    /// <summary>Inserts a candidate into the list sorted by score (best first), keeping at most <see cref="Width"/>; returns the new length.</summary>
    private int Insert(int k, Candidate candidate)
    {
        int i = k < Width ? k++ : Width;
        if (i == Width)
        {
            if (!(candidate.Score > _candidates[Width - 1].Score))
            {
                return k;
            }

            i--;
        }

        while (i > 0 && _candidates[i - 1].Score < candidate.Score)
        {
            _candidates[i] = _candidates[i - 1];
            i--;
        }

        _candidates[i] = candidate;
        return k;
    }

    /// <summary>Replays a sequence from the start and adds <paramref name="delta"/> to its scored moves from step <paramref name="from"/> to <paramref name="to"/>.</summary>
    private void Replay(ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, int[] sequence, byte[] labels, int from, int to, IMoveLearner learner, IMoveLearner? labelLearner, float delta)
    {
        Span<ulong> features = stackalloc ulong[ParseFeatures.MaxFeatures];
        var state = _replay;
        state.Reset(sentence.Length);
        state.CountMarks(tags);
        for (int t = 0; t < to; t++)
        {
            if (t >= from && state.ForcedMove() < 0)
            {
                learner.Add(features[..ParseFeatures.Moves(state, sentence, tags, features)], sequence[t], delta);
            }

            if (t >= from && labelLearner is not null && sequence[t] != ArcHybrid.Shift)
            {
                var (head, dependent) = state.ArcOf(sequence[t]);
                if (head != state.Length)
                {
                    labelLearner.Add(features[..ParseFeatures.Label(state, sentence, tags, head, dependent, features)], labels[t], delta);
                }
            }

            state.Apply(sequence[t], labels[t]);
        }
    }

    /// <summary>The final beam's best sequence by move scores plus <see cref="LabelWeight"/> times its arcs' label scores.</summary>
    private int Best(int count)
    {
        int best = 0;
        for (int i = 1; i < count; i++)
        {
            if (_beam[i].Score + (LabelWeight * _beam[i].LabelSum) > _beam[best].Score + (LabelWeight * _beam[best].LabelSum))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// The label of the arc <paramref name="move"/> makes (the root's for the root arc, 0 for SHIFT) and its label-table
    /// score (0 for SHIFT and the root arc): the best label, or with <paramref name="gold"/> the gold label of a right-headed arc.
    /// </summary>
    private static float ArcChoice<TScorer>(ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, TScorer scorer, int labelCount, int rootLabel, int move, ParseTeacher? gold, Span<float> scores, out int label)
        where TScorer : IBeamScorer
    {
        label = 0;
        if (move == ArcHybrid.Shift)
        {
            return 0;
        }

        var (head, dependent) = state.ArcOf(move);
        if (head == state.Length)
        {
            label = rootLabel;
            return 0;
        }

        scorer.Labels(state, sentence, tags, head, dependent, scores);
        label = ParseDecoder.BestLabel(scores, labelCount, rootLabel);
        if (label == rootLabel)
        {
            return 0;
        }

        if (gold is not null && gold.Heads[dependent] == head && gold.Labels[dependent] < labelCount)
        {
            label = gold.Labels[dependent];
        }

        return scores[label];
    }

    /// <summary>Whether the arc <paramref name="move"/> makes has the gold label when its head is the gold head (always for SHIFT and the root arc).</summary>
    private static bool LabelRight(ArcHybrid state, int move, int label, ParseTeacher teacher)
    {
        if (move == ArcHybrid.Shift)
        {
            return true;
        }

        var (head, dependent) = state.ArcOf(move);
        return head == state.Length || teacher.Heads[dependent] != head || teacher.Labels[dependent] == label;
    }

    private readonly record struct Candidate(int Parent, int Move, float Score, bool Correct, int Label, float LabelScore);

    /// <summary>A partial sequence: its state, summed score, moves and labels so far, and whether every move was right.</summary>
    private sealed class Item
    {
        public ArcHybrid State { get; } = new();

        public float Score { get; set; }

        public bool Correct { get; set; }

        /// <summary>The label table's scores of the arcs' labels (the root's arc excepted), summed.</summary>
        public float LabelSum { get; set; }

        public int[] Moves { get; private set; } = new int[130];

        public byte[] Labels { get; private set; } = new byte[130];

        public void Start(int n, int steps)
        {
            State.Reset(n);
            Score = 0;
            LabelSum = 0;
            Correct = true;
            Grow(steps);
        }

        public void CopyFrom(Item other, int steps)
        {
            State.CopyFrom(other.State);
            Grow(other.Moves.Length);
            other.Moves.AsSpan(0, steps).CopyTo(Moves);
            other.Labels.AsSpan(0, steps).CopyTo(Labels);
        }

        public void Apply(int t, int move, int label)
        {
            Moves[t] = move;
            Labels[t] = (byte)label;
            State.Apply(move, label);
        }

        private void Grow(int steps)
        {
            if (Moves.Length < steps)
            {
                Moves = new int[steps];
                Labels = new byte[steps];
            }
        }
    }
}
