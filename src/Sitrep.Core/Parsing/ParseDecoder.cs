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
            int move = Forced(state);
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

        for (int i = 0; i < n; i++)
        {
            int head = state.Head(i);
            heads[i] = head == n ? -1 : head;
            labels[i] = (byte)state.Label(i);
        }

        return errors;
    }

    /// <summary>The move when only one is valid, else −1.</summary>
    private static int Forced(ArcHybrid state)
    {
        int only = -1;
        for (int m = 0; m < ArcHybrid.MoveCount; m++)
        {
            if (state.IsValid(m))
            {
                if (only >= 0)
                {
                    return -1;
                }

                only = m;
            }
        }

        return only;
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

    private static int Label<TLabels>(ArcHybrid state, ReadOnlySpan<TokenAtoms> sentence, ReadOnlySpan<byte> tags, TLabels labeler, int labelCount, int rootLabel, int head, int dependent, Span<ulong> features, Span<float> scores, ParseTeacher? teacher)
        where TLabels : IFeatureScorer
    {
        int k = ParseFeatures.Label(state, sentence, tags, head, dependent, features);
        labeler.Score(features[..k], scores);
        int best = rootLabel == 0 ? 1 : 0;
        for (int l = 0; l < labelCount; l++)
        {
            if (l != rootLabel && scores[l] > scores[best])
            {
                best = l;
            }
        }

        if (teacher is not null && teacher.Heads[dependent] == head && teacher.Labels[dependent] != best)
        {
            labeler.Update(features[..k], teacher.Labels[dependent], best);
            teacher.LabelErrors++;
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
