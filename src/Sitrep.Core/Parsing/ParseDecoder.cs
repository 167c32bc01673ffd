using Sitrep.Core.Tagging;

namespace Sitrep.Core.Parsing;

/// <summary>
/// Greedy arc-hybrid parsing: at each step the best-scoring valid move; each new arc gets the best-scoring label
/// (the root's arc is always <c>root</c>, no other arc is). With a <see cref="ParseTeacher"/> it is also the training
/// step: the move scorer learns from the dynamic oracle (a move is wrong when another valid move loses fewer gold
/// arcs), the label scorer from each arc whose head is right; when the teacher explores, the parser then follows
/// its own prediction (usually) instead of the oracle's, so it learns to recover from its mistakes.
/// </summary>
public static class ParseDecoder
{
    /// <summary>How often an exploring teacher follows a wrong prediction (Goldberg and Nivre 2012).</summary>
    private const double FollowPrediction = 0.9;

    /// <summary>
    /// Parses one sentence into <paramref name="heads"/> (sentence-relative index, −1 for the root word) and
    /// <paramref name="labels"/>; returns the number of wrong moves (when learning).
    /// </summary>
    public static int Parse<TMoves, TLabels>(
        ReadOnlySpan<TokenAtoms> sentence,
        ReadOnlySpan<byte> tags,
        TMoves moves,
        TLabels labeler,
        int labelCount,
        int rootLabel,
        ArcHybrid state,
        Span<int> heads,
        Span<byte> labels,
        ParseTeacher? teacher = null)
        where TMoves : IFeatureScorer
        where TLabels : IFeatureScorer
    {
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(labeler);
        ArgumentNullException.ThrowIfNull(state);
        int n = sentence.Length;
        state.Reset(n);
        state.CountMarks(tags);
        Span<ulong> features = stackalloc ulong[ParseFeatures.MaxFeatures];
        Span<float> moveScores = stackalloc float[moves.Stride];
        Span<float> labelScores = stackalloc float[labeler.Stride];
        Span<int> costs = stackalloc int[ArcHybrid.MoveCount];
        int errors = 0;
        while (!state.IsTerminal)
        {
            // When only one move is valid (the first SHIFT, the pops once only the root is left) there is nothing to
            // score or learn.
            int move = state.ForcedMove();
            if (move < 0)
            {
                move = Decide(state, sentence, tags, moves, features, moveScores, costs, teacher, ref errors);
            }

            int label = 0;
            if (move != ArcHybrid.Shift)
            {
                var (head, dependent) = state.ArcOf(move);
                label = head == n ? rootLabel : Label(state, sentence, tags, labeler, labelCount, rootLabel, head, dependent, features, labelScores, teacher);
            }

            state.Apply(move, label);
        }

        Write(state, heads, labels);
        return errors;
    }

    /// <summary>
    /// Selectional branching (Choi and McCallum 2013) with the greedy model: parses greedily, remembering at each scored
    /// step how close the runner-up valid move came (the margin of the move scores); then, at each of the
    /// <see cref="BranchSearch.Branches"/> steps with the smallest margins below <see cref="BranchSearch.Margin"/>, takes
    /// the runner-up instead and continues greedily. Every complete sequence has two moves per word and one arc per
    /// word, so the sequences compete on a sum over the same number of decisions: their move scores plus
    /// <see cref="BranchSearch.LabelWeight"/> times the label table's score of each arc's label (the label table is the
    /// better judge of whether an arc is plausible at all); the best sequence's tree is written.
    /// </summary>
    public static void Parse<TMoves, TLabels>(
        ReadOnlySpan<TokenAtoms> sentence,
        ReadOnlySpan<byte> tags,
        TMoves moves,
        TLabels labeler,
        int labelCount,
        int rootLabel,
        ArcHybrid state,
        Span<int> heads,
        Span<byte> labels,
        BranchSearch search)
        where TMoves : IFeatureScorer
        where TLabels : IFeatureScorer
    {
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(labeler);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(search);
        Span<float> moveScores = stackalloc float[moves.Stride];
        Span<float> labelScores = stackalloc float[labeler.Stride];
        if (search.Cached && moves is WeightTable moveTable && labeler is WeightTable labelTable)
        {
            var scorer = search.Scorer(moveTable, labelTable);
            scorer.Begin(sentence.Length);
            Branch(sentence, tags, scorer, labelCount, rootLabel, state, heads, labels, search, moveScores, labelScores);
        }
        else
        {
            Branch(sentence, tags, new TableScorer<TMoves, TLabels>(moves, labeler, search.Features), labelCount, rootLabel, state, heads, labels, search, moveScores, labelScores);
        }
    }

    /// <summary>The branching search itself, scoring through <paramref name="scorer"/>.</summary>
    private static void Branch<TScorer>(
        ReadOnlySpan<TokenAtoms> sentence,
        ReadOnlySpan<byte> tags,
        TScorer scorer,
        int labelCount,
        int rootLabel,
        ArcHybrid state,
        Span<int> heads,
        Span<byte> labels,
        BranchSearch search,
        Span<float> moveScores,
        Span<float> labelScores)
        where TScorer : IBeamScorer
    {
        int n = sentence.Length;
        search.Start(2 * n + 2);

        // The greedy sequence, with each step's move, label and runner-up (its move and the score of taking it).
        state.Reset(n);
        state.CountMarks(tags);
        float total = 0;
        int steps = 0;
        while (!state.IsTerminal)
        {
            int move = state.ForcedMove(), second = -1;
            float gain = 0, secondGain = 0;
            if (move < 0)
            {
                scorer.Moves(state, sentence, tags, moveScores);
                (move, second) = TopTwo(state, moveScores);
                gain = moveScores[move];
                secondGain = moveScores[second];
            }

            int label = LabelOf(state, sentence, tags, scorer, labelCount, rootLabel, move, labelScores);
            search.Record(steps++, move, label, second, gain - secondGain, total + secondGain);
            total += gain + LabelGain(move, label, rootLabel, labelScores, search.LabelWeight);
            state.Apply(move, label);
        }

        Write(state, heads, labels);
        int chosen = search.Choose(steps);
        float best = total;
        for (int c = 0; c < chosen; c++)
        {
            int at = search.Chosen(c);
            state.Reset(n);
            state.CountMarks(tags);
            for (int t = 0; t < at; t++)
            {
                state.Apply(search.Move(t), search.Label(t));
            }

            int alternative = search.Alternative(at);
            float sum = search.AlternativeScore(at);
            int altLabel = LabelOf(state, sentence, tags, scorer, labelCount, rootLabel, alternative, labelScores);
            sum += LabelGain(alternative, altLabel, rootLabel, labelScores, search.LabelWeight);
            state.Apply(alternative, altLabel);
            while (!state.IsTerminal)
            {
                int move = state.ForcedMove();
                if (move < 0)
                {
                    scorer.Moves(state, sentence, tags, moveScores);
                    move = TopTwo(state, moveScores).Best;
                    sum += moveScores[move];
                }

                int label = LabelOf(state, sentence, tags, scorer, labelCount, rootLabel, move, labelScores);
                sum += LabelGain(move, label, rootLabel, labelScores, search.LabelWeight);
                state.Apply(move, label);
            }

            if (sum > best)
            {
                best = sum;
                Write(state, heads, labels);
            }
        }
    }

    /// <summary>What an arc's label adds to its sequence's score: the label table's score of it, weighted (nothing for SHIFT and the root's arc).</summary>
    private static float LabelGain(int move, int label, int rootLabel, ReadOnlySpan<float> scores, float weight) =>
        move == ArcHybrid.Shift || label == rootLabel ? 0 : weight * scores[label];

    /// <summary>The best and second-best valid moves (at least two are valid when the move is not forced).</summary>
    private static (int Best, int Second) TopTwo(ArcHybrid state, ReadOnlySpan<float> scores)
    {
        int best = -1, second = -1;
        for (int m = 0; m < ArcHybrid.MoveCount; m++)
        {
            if (!state.IsValid(m))
            {
                continue;
            }

            if (best < 0 || scores[m] > scores[best])
            {
                second = best;
                best = m;
            }
            else if (second < 0 || scores[m] > scores[second])
            {
                second = m;
            }
        }

        return (best, second);
    }

    /// <summary>The label of the arc <paramref name="move"/> makes (0 for SHIFT; the root's for the root arc), its scores left in <paramref name="scores"/>.</summary>
    private static int LabelOf<TScorer>(ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, TScorer scorer, int labelCount, int rootLabel, int move, Span<float> scores)
        where TScorer : IBeamScorer
    {
        if (move == ArcHybrid.Shift)
        {
            return 0;
        }

        var (head, dependent) = state.ArcOf(move);
        if (head == state.Length)
        {
            return rootLabel;
        }

        scorer.Labels(state, sentence, tags, head, dependent, scores);
        return BestLabel(scores, labelCount, rootLabel);
    }

    /// <summary>The label of the arc <paramref name="move"/> makes (0 for SHIFT; the root's for the root arc); with a teacher, learned as <see cref="Label"/> does.</summary>
    internal static int LabelOf<TLabels>(ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, TLabels labeler, int labelCount, int rootLabel, int move, Span<ulong> features, Span<float> scores, ParseTeacher? teacher = null)
        where TLabels : IFeatureScorer
    {
        if (move == ArcHybrid.Shift)
        {
            return 0;
        }

        var (head, dependent) = state.ArcOf(move);
        return head == state.Length ? rootLabel : Label(state, sentence, tags, labeler, labelCount, rootLabel, head, dependent, features, scores, teacher);
    }

    /// <summary>Writes a finished state's tree: heads (−1 for the root word) and labels.</summary>
    internal static void Write(ArcHybrid state, Span<int> heads, Span<byte> labels)
    {
        int n = state.Length;
        for (int i = 0; i < n; i++)
        {
            int head = state.Head(i);
            heads[i] = head == n ? -1 : head;
            labels[i] = (byte)state.Label(i);
        }
    }

    /// <summary>Scores the moves and picks the best valid one; with a teacher, learns from it and may follow the oracle instead.</summary>
    private static int Decide<TMoves>(ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, TMoves moves, Span<ulong> features, Span<float> moveScores, Span<int> costs, ParseTeacher? teacher, ref int errors)
        where TMoves : IFeatureScorer
    {
        int k = ParseFeatures.Moves(state, sentence, tags, features);
        var used = features[..k];
        moves.Score(used, moveScores);
        int move = Best(state, moveScores, costs, int.MaxValue);
        if (teacher is not null)
        {
            state.Costs(teacher.Heads, costs);
            int least = Math.Min(costs[0], Math.Min(costs[1], costs[2]));
            if (costs[move] > least)
            {
                int right = Best(state, moveScores, costs, least);
                moves.Update(used, right, move);
                errors++;
                if (!teacher.Explores || teacher.Random.NextDouble() >= FollowPrediction)
                {
                    move = right;
                }
            }
        }

        return move;
    }

    internal static int Label<TLabels>(ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, TLabels labeler, int labelCount, int rootLabel, int head, int dependent, Span<ulong> features, Span<float> scores, ParseTeacher? teacher)
        where TLabels : IFeatureScorer
    {
        int k = ParseFeatures.Label(state, sentence, tags, head, dependent, features);
        labeler.Score(features[..k], scores);
        int best = BestLabel(scores, labelCount, rootLabel);
        if (teacher is not null && teacher.Heads[dependent] == head && teacher.Labels[dependent] != best)
        {
            labeler.Update(features[..k], teacher.Labels[dependent], best);
            teacher.LabelErrors++;
        }

        return best;
    }

    /// <summary>The best-scoring label but the root's (the root's arc is the only one labelled root); the first of equals.</summary>
    internal static int BestLabel(ReadOnlySpan<float> scores, int labelCount, int rootLabel)
    {
        int best = rootLabel == 0 ? 1 : 0;
        for (int l = 0; l < labelCount; l++)
        {
            if (l != rootLabel && scores[l] > scores[best])
            {
                best = l;
            }
        }

        return best;
    }

    /// <summary>The best-scoring valid move whose cost is at most <paramref name="maxCost"/> (costs are ignored when it is int.MaxValue).</summary>
    private static int Best(ArcHybrid state, ReadOnlySpan<float> scores, ReadOnlySpan<int> costs, int maxCost)
    {
        int best = -1;
        for (int m = 0; m < ArcHybrid.MoveCount; m++)
        {
            if (state.IsValid(m) && (maxCost == int.MaxValue || costs[m] <= maxCost) && (best < 0 || scores[m] > scores[best]))
            {
                best = m;
            }
        }

        return best;
    }
}

/// <summary>
/// What a training parse learns from: the gold heads (sentence-relative, the sentence length for the root word) and
/// labels, and whether it explores (follows its own wrong moves) with <see cref="Random"/>.
/// </summary>
public sealed class ParseTeacher(int[] heads, byte[] labels, bool explores, Random random)
{
    public int[] Heads { get; } = heads;

    public byte[] Labels { get; } = labels;

    public bool Explores { get; } = explores;

    public Random Random { get; } = random;

    /// <summary>Wrong labels on arcs with the right head, counted while learning.</summary>
    public int LabelErrors { get; set; }
}

/// <summary>
/// Settings and scratch of <see cref="ParseDecoder"/>'s selectional branching: how many alternative sequences a
/// sentence may try (<see cref="Branches"/>), how close the runner-up move must come to branch there
/// (<see cref="Margin"/>, in move-score units) and how much the label scores weigh in a sequence's score
/// (<see cref="LabelWeight"/>). Reused sentence after sentence by one thread.
/// </summary>
public sealed class BranchSearch(int branches, float margin, float labelWeight)
{
    private int[] _moves = new int[130];
    private int[] _labels = new int[130];
    private int[] _alternatives = new int[130];
    private float[] _margins = new float[130];
    private float[] _alternativeScores = new float[130];
    private readonly int[] _chosen = new int[Math.Max(1, branches)];
    private CachedBeamScorer? _scorer;

    /// <summary>
    /// Whether the search keeps per-sentence partial sums (<see cref="CachedBeamScorer"/>: the same scores; the branches
    /// meet the greedy sequence's words again) when the tables are <see cref="WeightTable"/>s; false looks up every feature.
    /// </summary>
    public bool Cached { get; init; } = true;

    /// <summary>The feature buffer of the reference scorer.</summary>
    internal ulong[] Features { get; } = new ulong[ParseFeatures.MaxFeatures];

    /// <summary>This search's kept-sums scorer over the given tables.</summary>
    internal CachedBeamScorer Scorer(WeightTable moves, WeightTable labels)
    {
        if (_scorer is null || _scorer.MoveTable != moves || _scorer.LabelTable != labels)
        {
            _scorer = new CachedBeamScorer(moves, labels);
        }

        return _scorer;
    }

    public int Branches { get; } = branches;

    public float Margin { get; } = margin;

    public float LabelWeight { get; } = labelWeight;

    /// <summary>Makes room for a sentence of up to <paramref name="steps"/> moves.</summary>
    public void Start(int steps)
    {
        if (steps > _moves.Length)
        {
            int size = Math.Max(steps, _moves.Length * 2);
            _moves = new int[size];
            _labels = new int[size];
            _alternatives = new int[size];
            _margins = new float[size];
            _alternativeScores = new float[size];
        }
    }

    /// <summary>Step <paramref name="t"/> of the greedy sequence: its move and label, and the runner-up (−1 when forced).</summary>
    public void Record(int t, int move, int label, int alternative, float margin, float alternativeScore)
    {
        _moves[t] = move;
        _labels[t] = label;
        _alternatives[t] = alternative;
        _margins[t] = margin;
        _alternativeScores[t] = alternativeScore;
    }

    /// <summary>Picks the steps to branch at (smallest margins under <see cref="Margin"/>, at most <see cref="Branches"/>); returns how many.</summary>
    public int Choose(int steps)
    {
        int count = 0;
        for (int t = 0; t < steps; t++)
        {
            if (_alternatives[t] < 0 || _margins[t] >= Margin)
            {
                continue;
            }

            // Insertion into the short list of the smallest margins so far.
            int i = count < Branches ? count++ : Branches;
            if (i == Branches && (Branches == 0 || _margins[t] >= _margins[_chosen[Branches - 1]]))
            {
                continue;
            }

            if (i == Branches)
            {
                i--;
            }

            while (i > 0 && _margins[_chosen[i - 1]] > _margins[t])
            {
                _chosen[i] = _chosen[i - 1];
                i--;
            }

            _chosen[i] = t;
        }

        return count;
    }

    public int Chosen(int c) => _chosen[c];

    public int Move(int t) => _moves[t];

    public int Label(int t) => _labels[t];

    public int Alternative(int t) => _alternatives[t];

    /// <summary>The summed score of the greedy moves before step <paramref name="t"/> plus the runner-up's.</summary>
    public float AlternativeScore(int t) => _alternativeScores[t];
}
