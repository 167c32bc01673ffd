using Sitrep.Core.Parsing;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Tests.Parsing;

/// <summary>The arc-hybrid transition system and its dynamic oracle.</summary>
public sealed class ArcHybridTests
{
    /// <summary>Follows the oracle's cheapest valid move (first on ties) from the start; returns the heads (n = root) and each step's least cost.</summary>
    private static (int[] Heads, List<int> LeastCosts) FollowOracle(int[] gold)
    {
        int n = gold.Length;
        var state = new ArcHybrid();
        state.Reset(n);
        Span<int> costs = stackalloc int[ArcHybrid.MoveCount];
        var least = new List<int>();
        while (!state.IsTerminal)
        {
            state.Costs(gold, costs);
            int best = -1;
            for (int m = 0; m < ArcHybrid.MoveCount; m++)
            {
                if (state.IsValid(m) && (best < 0 || costs[m] < costs[best]))
                {
                    best = m;
                }
            }

            Assert.True(best >= 0, "no valid move before the tree is complete");
            least.Add(costs[best]);
            state.Apply(best, 0);
            Assert.True(least.Count <= 2 * n, "too many moves");
        }

        return ([.. Enumerable.Range(0, n).Select(state.Head)], least);
    }

    /// <summary>A random projective tree over n words with one root word (heads: n = root).</summary>
    private static int[] RandomProjectiveTree(Random random, int n)
    {
        var heads = new int[n];
        Build(0, n, n);
        return heads;

        // Words [start, end) form one subtree under head: pick its root, recurse left and right of it.
        void Build(int start, int end, int head)
        {
            if (start >= end)
            {
                return;
            }

            int r = random.Next(start, end);
            heads[r] = head;
            Split(start, r, r);
            Split(r + 1, end, r);
        }

        // Words [start, end) are one or more adjacent subtrees of the same head.
        void Split(int start, int end, int head)
        {
            while (start < end)
            {
                int cut = random.Next(start + 1, end + 1);
                Build(start, cut, head);
                start = cut;
            }
        }
    }

    /// <summary>Whether no two arcs cross (the root sits after the last word, so root arcs count too).</summary>
    private static bool IsProjective(int[] heads)
    {
        int n = heads.Length;
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++)
            {
                (int l1, int r1) = (Math.Min(a, heads[a]), Math.Max(a, heads[a]));
                (int l2, int r2) = (Math.Min(b, heads[b]), Math.Max(b, heads[b]));
                if (l1 < l2 && l2 < r1 && r1 < r2)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Fact]
    public void Oracle_reaches_the_gold_tree_of_a_sentence()
    {
        // "The president signed the bill ." : det, nsubj, root, det, obj, punct (root word = 2, the root is n = 6).
        int[] gold = [1, 2, 6, 4, 2, 2];
        var (heads, least) = FollowOracle(gold);
        Assert.Equal(gold, heads);
        Assert.All(least, c => Assert.Equal(0, c));
        Assert.Equal(2 * gold.Length, least.Count);
    }

    [Fact]
    public void Oracle_reaches_every_random_projective_tree_without_loss()
    {
        var random = new Random(13);
        for (int t = 0; t < 500; t++)
        {
            var gold = RandomProjectiveTree(random, random.Next(1, 25));
            Assert.True(IsProjective(gold));
            var (heads, least) = FollowOracle(gold);
            Assert.Equal(gold, heads);
            Assert.All(least, c => Assert.Equal(0, c));
        }
    }

    [Fact]
    public void Oracle_counts_the_arcs_a_wrong_move_loses_and_recovers_the_rest()
    {
        // "The president signed …": shifting "president" over "The" loses The → president (only b0 could give "The"
        // its head); then RIGHT (president under "The") loses president → signed. Every other gold arc is still made.
        int[] gold = [1, 2, 6, 4, 2, 2];
        var state = new ArcHybrid();
        state.Reset(gold.Length);
        var costs = new int[ArcHybrid.MoveCount];
        int lost = 0;
        foreach (var (move, cost) in new[] { (ArcHybrid.Shift, 0), (ArcHybrid.Shift, 1), (ArcHybrid.Right, 1) })
        {
            state.Costs(gold, costs);
            Assert.Equal(cost, costs[move]);
            lost += costs[move];
            state.Apply(move, 0);
        }

        while (!state.IsTerminal)
        {
            state.Costs(gold, costs);
            int best = Enumerable.Range(0, 3).Where(state.IsValid).MinBy(m => costs[m]);
            lost += costs[best];
            state.Apply(best, 0);
        }

        int wrong = Enumerable.Range(0, gold.Length).Count(i => state.Head(i) != gold[i]);
        Assert.Equal(2, lost);
        Assert.Equal(lost, wrong);
    }

    [Fact]
    public void A_non_projective_tree_becomes_a_projective_tree_that_loses_one_arc()
    {
        // "A hearing is scheduled on the issue today": "on the issue" belongs to "hearing" across "is scheduled".
        // A(0)→hearing(1), hearing→scheduled(3), is(2)→scheduled, scheduled = root, on(4)→issue(6), the(5)→issue,
        // issue→hearing (crosses scheduled's arc to the root), today(7)→scheduled.
        int[] gold = [1, 3, 3, 8, 6, 6, 1, 3];
        Assert.False(IsProjective(gold));
        var (heads, _) = FollowOracle(gold);
        Assert.Single(heads, h => h == gold.Length);
        Assert.True(IsProjective(heads));
        Assert.Equal(gold.Length - 1, Enumerable.Range(0, gold.Length).Count(i => heads[i] == gold[i]));
    }

    [Fact]
    public void Only_one_word_attaches_to_the_root()
    {
        var state = new ArcHybrid();
        state.Reset(2);
        state.Apply(ArcHybrid.Shift, 0);
        state.Apply(ArcHybrid.Shift, 0);
        Assert.False(state.IsValid(ArcHybrid.Shift));
        Assert.False(state.IsValid(ArcHybrid.Left));
        Assert.True(state.IsValid(ArcHybrid.Right));
        state.Apply(ArcHybrid.Right, 3);
        Assert.True(state.IsValid(ArcHybrid.Left));
        state.Apply(ArcHybrid.Left, 5);
        Assert.True(state.IsTerminal);
        Assert.Equal(2, state.Head(0));
        Assert.Equal(0, state.Head(1));
        Assert.Equal(3, state.Label(1));
        Assert.Equal(1, state.RightCount(0));
        Assert.Equal(1, state.RightChild(0));
        Assert.Equal(1UL << 3, state.RightLabels(0));
    }

    [Fact]
    public void Between_counts_the_verbs_punctuation_and_conjunctions_strictly_between_two_words_capped_at_two()
    {
        var state = new ArcHybrid();
        UposTag[] tags = [UposTag.Noun, UposTag.Verb, UposTag.Punct, UposTag.Cconj, UposTag.Aux, UposTag.Verb, UposTag.Verb, UposTag.Noun];
        state.Reset(tags.Length);
        state.CountMarks([.. tags.Select(t => (byte)t)]);
        static ulong Packed(int verbs, int punct, int cconj) => (ulong)(1 + verbs + (3 * punct) + (9 * cconj));

        Assert.Equal(Packed(1, 1, 1), state.Between(0, 4));        // saw, ",", and
        Assert.Equal(Packed(2, 1, 1), state.Between(0, 7));        // four verbs and auxiliaries count as two
        Assert.Equal(Packed(0, 1, 0), state.Between(1, 3));        // only the comma lies between 1 and 3
        Assert.Equal(0UL, state.Between(2, 3));                    // neighbours have nothing between them
        Assert.Equal(0UL, state.Between(ArcHybrid.None, 3));       // no word on the stack
        Assert.Equal(Packed(2, 0, 0), state.Between(4, tags.Length)); // up to the root

        // A shorter sentence after a longer one sees only its own words.
        state.Reset(3);
        state.CountMarks([(byte)UposTag.Noun, (byte)UposTag.Punct, (byte)UposTag.Noun]);
        Assert.Equal(Packed(0, 1, 0), state.Between(0, 2));
        Assert.Equal(Packed(0, 0, 0), state.Between(1, 3));
    }
}
