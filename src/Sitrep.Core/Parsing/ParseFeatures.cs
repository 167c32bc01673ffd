using System.Runtime.CompilerServices;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Parsing;

/// <summary>
/// The parser's feature templates, used identically by training and parsing. Moves are scored from the words,
/// predicted tags and word clusters of the stack (s0–s2), the buffer (b0–b2) and their outermost children, with
/// the arc distance, child counts (valency), child labels and label sets (the third-order templates of Zhang and
/// Nivre 2011, for arc-hybrid). An arc's label is scored separately from its head, its dependent, their children,
/// distance and direction.
/// </summary>
public static class ParseFeatures
{
    /// <summary>Changes whenever a template changes: a model trained with other templates is refused.</summary>
    public const uint Fingerprint = 0x50415204;

    /// <summary>An upper bound on the features of one move or one label decision.</summary>
    public const int MaxFeatures = 128;

    private const ulong NoWord = 0x6E6F6E65UL;
    private const ulong RootWord = 0x726F6F74UL;
    private const ulong NoTag = 31;
    private const ulong RootTag = 30;
    private const ulong NoLabel = 255;

    /// <summary>The number of move templates: <see cref="Moves(ArcHybrid, ReadOnlySpan{TokenAtoms}, ReadOnlySpan{byte}, Span{ulong})"/> writes template t at index t − 1.</summary>
    public const int MoveTemplates = 116;

    /// <summary>The number of label templates (template t at index t − 1).</summary>
    public const int LabelTemplates = 38;

    /// <summary>The features of the next move in <paramref name="state"/>; returns their count.</summary>
    public static int Moves(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        ArgumentNullException.ThrowIfNull(state);
        for (var group = MoveGroup.Buffer; group <= MoveGroup.State; group++)
        {
            Moves(group, state, s, tags, f);
        }

        return MoveTemplates;
    }

    /// <summary>
    /// Writes the features of one group of move templates at their indices (template t at t − 1), leaving the others.
    /// A group reads only what <see cref="MoveGroup"/> says, so a decoder may keep its partial score per sentence.
    /// </summary>
    public static void Moves(MoveGroup group, ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        ArgumentNullException.ThrowIfNull(state);
        switch (group)
        {
            case MoveGroup.Buffer: BufferMoves(state, s, tags, f); break;
            case MoveGroup.Stack0: Stack0Moves(state, s, tags, f); break;
            case MoveGroup.Stack1: Stack1Moves(state, s, tags, f); break;
            case MoveGroup.Stack2: Stack2Moves(state, s, tags, f); break;
            case MoveGroup.Stack0Buffer: Stack0BufferMoves(state, s, tags, f); break;
            case MoveGroup.Stack1Stack0: Stack1Stack0Moves(state, s, tags, f); break;
            case MoveGroup.Stack0Left: Stack0LeftMoves(state, s, tags, f); break;
            case MoveGroup.Stack0Right: Stack0RightMoves(state, s, tags, f); break;
            case MoveGroup.BufferChildren: BufferChildMoves(state, s, tags, f); break;
            case MoveGroup.Triples: TripleMoves(state, s, tags, f); break;
            default: StateMoves(state, s, tags, f); break;
        }
    }

    /// <summary>The indices the templates of <paramref name="group"/> write (found once by writing each group alone).</summary>
    public static ReadOnlySpan<byte> Slots(MoveGroup group) => MoveSlots[(int)group];

    /// <summary>The indices the label templates of <paramref name="group"/> write.</summary>
    public static ReadOnlySpan<byte> Slots(LabelGroup group) => LabelSlots[(int)group];

    private static readonly byte[][] MoveSlots = FindSlots(MoveTemplates, (int)MoveGroup.State + 1, (group, state, s, tags, f) => Moves((MoveGroup)group, state, s, tags, f));

    private static readonly byte[][] LabelSlots = FindSlots(LabelTemplates, (int)LabelGroup.State + 1, (group, state, s, tags, f) => Label((LabelGroup)group, state, s, tags, 2, 0, f));

    private delegate void GroupWriter(int group, ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f);

    /// <summary>Which indices each group writes, on a small state; every index belongs to exactly one group.</summary>
    private static byte[][] FindSlots(int templates, int groups, GroupWriter write)
    {
        var state = new ArcHybrid();
        var sentence = new TokenAtoms[4];
        byte[] tags = [1, 2, 3, 4];
        state.Reset(sentence.Length);
        state.CountMarks(tags);
        state.Apply(ArcHybrid.Shift, 0);
        state.Apply(ArcHybrid.Shift, 0);
        state.Apply(ArcHybrid.Shift, 0);
        var owner = new int[templates];
        var result = new byte[groups][];
        var f = new ulong[MaxFeatures];
        for (int g = 0; g < groups; g++)
        {
            Array.Clear(f);
            write(g, state, sentence, tags, f);
            var slots = new List<byte>();
            for (int i = 0; i < f.Length; i++)
            {
                if (f[i] != 0)
                {
                    slots.Add((byte)i);
                    owner[i]++;
                }
            }

            result[g] = [.. slots];
        }

        if (owner.Any(count => count != 1) || result.Sum(slots => slots.Length) != templates)
        {
            throw new InvalidOperationException("every template index must belong to exactly one group");
        }

        return result;
    }

    /// <summary>b0, b1, b2 (the buffer is contiguous: all follow from <see cref="ArcHybrid.Next"/>) and the bias.</summary>
    private static void BufferMoves(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        int n = s.Length;
        int b0 = state.Buffer(0), b1 = state.Buffer(1), b2 = state.Buffer(2);
        ulong b0w = W(s, b0), b0p = P(tags, n, b0), b0c = C(s, b0), b0wp = (b0w * 32) + b0p;
        ulong b1w = W(s, b1), b1p = P(tags, n, b1), b1c = C(s, b1), b1wp = (b1w * 32) + b1p;
        ulong b2p = P(tags, n, b2);
        f[0] = T(1, 0);
        f[5] = T(6, b0w);
        f[6] = T(7, b0p);
        f[7] = T(8, b0wp);
        f[8] = T(9, b0c);
        f[9] = T(10, b1w);
        f[10] = T(11, b1p);
        f[11] = T(12, b1wp);
        f[12] = T(13, b1c);
        f[13] = T(14, W(s, b2));
        f[14] = T(15, b2p);
        f[28] = T(29, b0p, b1p);
        f[38] = T(39, Pack(b0p, b1p, b2p));
        f[85] = T(86, b0c, b1p);
        f[87] = T(88, Fine(s, b0));
        f[94] = T(95, W(s, b2), b2p);
        f[101] = T(102, b0c, b1c);
        f[110] = T(111, Suffix(s, b0), b0p);
        f[115] = T(116, Pack(P(tags, n, b0 - 1), b0p, b1p));
    }

    /// <summary>The stack's top word alone.</summary>
    private static void Stack0Moves(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        int n = s.Length;
        int s0 = state.Stack(0);
        ulong s0w = W(s, s0), s0p = P(tags, n, s0), s0c = C(s, s0), s0wp = (s0w * 32) + s0p;
        f[1] = T(2, s0w);
        f[2] = T(3, s0p);
        f[3] = T(4, s0wp);
        f[4] = T(5, s0c);
        f[86] = T(87, Fine(s, s0));
        f[109] = T(110, Suffix(s, s0), s0p);
        f[113] = T(114, Pack(s0 < 0 ? NoTag : P(tags, n, s0 - 1), s0p, s0 < 0 ? NoTag : P(tags, n, s0 + 1)));
    }

    /// <summary>The second stack word alone.</summary>
    private static void Stack1Moves(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        int n = s.Length;
        int s1 = state.Stack(1);
        ulong s1w = W(s, s1), s1p = P(tags, n, s1), s1c = C(s, s1), s1wp = (s1w * 32) + s1p;
        f[15] = T(16, s1w);
        f[16] = T(17, s1p);
        f[17] = T(18, s1wp);
        f[18] = T(19, s1c);
        f[111] = T(112, Suffix(s, s1), s1p);
    }

    /// <summary>The third stack word alone.</summary>
    private static void Stack2Moves(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        int s2 = state.Stack(2);
        ulong s2p = P(tags, s.Length, s2);
        f[19] = T(20, s2p);
        f[20] = T(21, W(s, s2));
    }

    /// <summary>The stack's top word with the buffer (their words, distance and what lies between them).</summary>
    private static void Stack0BufferMoves(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        int n = s.Length;
        int s0 = state.Stack(0), b0 = state.Buffer(0), b1 = state.Buffer(1);
        ulong s0w = W(s, s0), s0p = P(tags, n, s0), s0c = C(s, s0), s0wp = (s0w * 32) + s0p;
        ulong b0w = W(s, b0), b0p = P(tags, n, b0), b0c = C(s, b0), b0wp = (b0w * 32) + b0p;
        ulong b1p = P(tags, n, b1);
        ulong d = s0 >= 0 && b0 >= 0 ? Distance(b0 - s0) : 0;
        f[21] = T(22, s0wp, b0wp);
        f[22] = T(23, s0wp, b0w);
        f[23] = T(24, s0w, b0wp);
        f[24] = T(25, s0wp, b0p);
        f[25] = T(26, s0p, b0wp);
        f[26] = T(27, s0w, b0w);
        f[27] = T(28, s0p, b0p);
        f[29] = T(30, s0c, b0c);
        f[30] = T(31, s0c, b0p);
        f[31] = T(32, s0p, b0c);
        f[39] = T(40, Pack(s0p, b0p, b1p));
        f[48] = T(49, s0w, d);
        f[49] = T(50, s0p, d);
        f[50] = T(51, b0w, d);
        f[51] = T(52, b0p, d);
        f[52] = T(53, Pack(s0p, b0p, d));
        f[90] = T(91, s0c, b0c, b1p);
        f[91] = T(92, s0wp, b0p, b1p);
        f[95] = T(96, s0w, b0w, d);
        f[103] = T(104, Fine(s, s0), Fine(s, b0));
        f[104] = T(105, Coarse(s, s0), Coarse(s, b0), b1p);
        f[106] = T(107, Pack(s0p, b0p, state.Between(s0, b0)));
        f[112] = T(113, Suffix(s, s0), Suffix(s, b0));
        f[114] = T(115, Pack(s0p, s0 < 0 ? NoTag : P(tags, n, s0 + 1), b0p));
    }

    /// <summary>The two top stack words (their words, distance and what lies between them).</summary>
    private static void Stack1Stack0Moves(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        int n = s.Length;
        int s0 = state.Stack(0), s1 = state.Stack(1);
        ulong s0w = W(s, s0), s0p = P(tags, n, s0), s0c = C(s, s0), s0wp = (s0w * 32) + s0p;
        ulong s1w = W(s, s1), s1p = P(tags, n, s1), s1c = C(s, s1), s1wp = (s1w * 32) + s1p;
        ulong d1 = s0 >= 0 && s1 >= 0 ? Distance(s0 - s1) : 0;
        f[32] = T(33, s1p, s0p);
        f[33] = T(34, s1w, s0w);
        f[34] = T(35, s1wp, s0p);
        f[35] = T(36, s1p, s0wp);
        f[36] = T(37, s1c, s0c);
        f[53] = T(54, Pack(s1p, s0p, d1));
        f[107] = T(108, Pack(s1p, s0p, state.Between(s1, s0)));
    }

    /// <summary>The stack's top word with its left children (fixed once it is on the stack: a word gets left children only as b0).</summary>
    private static void Stack0LeftMoves(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        int n = s.Length;
        int s0 = state.Stack(0);
        int s0l = state.LeftChild(s0), s0l2 = state.LeftChild(s0, true);
        ulong s0w = W(s, s0), s0p = P(tags, n, s0);
        ulong s0lp = P(tags, n, s0l);
        ulong s0ll = L(state, s0l), s0l2l = L(state, s0l2);
        ulong s0vl = (ulong)state.LeftCount(s0);
        f[56] = T(57, s0w, s0vl);
        f[57] = T(58, s0p, s0vl);
        f[61] = T(62, W(s, s0l));
        f[62] = T(63, s0lp);
        f[63] = T(64, s0ll);
        f[70] = T(71, P(tags, n, s0l2), s0l2l);
        f[76] = T(77, Pack(s0p, s0ll, s0l2l));
        f[79] = T(80, s0w, state.LeftLabels(s0));
        f[80] = T(81, s0p, state.LeftLabels(s0));
        f[96] = T(97, W(s, s0l2));
        f[99] = T(100, Pack(s0p, s0lp, P(tags, n, s0l2)));
    }

    /// <summary>The stack's top word with its right children (and its leftmost child's tag).</summary>
    private static void Stack0RightMoves(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        int n = s.Length;
        int s0 = state.Stack(0);
        int s0l = state.LeftChild(s0), s0r = state.RightChild(s0), s0r2 = state.RightChild(s0, true);
        ulong s0w = W(s, s0), s0p = P(tags, n, s0);
        ulong s0lp = P(tags, n, s0l), s0rp = P(tags, n, s0r);
        ulong s0rl = L(state, s0r), s0r2l = L(state, s0r2);
        ulong s0vr = (ulong)state.RightCount(s0);
        f[46] = T(47, Pack(s0p, s0lp, s0rp));
        f[54] = T(55, s0w, s0vr);
        f[55] = T(56, s0p, s0vr);
        f[64] = T(65, W(s, s0r));
        f[65] = T(66, s0rp);
        f[66] = T(67, s0rl);
        f[71] = T(72, P(tags, n, s0r2), s0r2l);
        f[77] = T(78, Pack(s0p, s0rl, s0r2l));
        f[81] = T(82, s0w, state.RightLabels(s0));
        f[82] = T(83, s0p, state.RightLabels(s0));
        f[97] = T(98, W(s, s0r2));
        f[100] = T(101, Pack(s0p, s0rp, P(tags, n, s0r2)));
    }

    /// <summary>The first buffer word with its left children (a buffer word has no others yet).</summary>
    private static void BufferChildMoves(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        int n = s.Length;
        int b0 = state.Buffer(0);
        int b0l = state.LeftChild(b0), b0l2 = state.LeftChild(b0, true);
        ulong b0w = W(s, b0), b0p = P(tags, n, b0);
        ulong b0lp = P(tags, n, b0l), b0l2p = P(tags, n, b0l2);
        ulong b0ll = L(state, b0l), b0l2l = L(state, b0l2);
        ulong b0vl = (ulong)state.LeftCount(b0);
        f[47] = T(48, Pack(b0p, b0lp, b0l2p));
        f[58] = T(59, b0w, b0vl);
        f[59] = T(60, b0p, b0vl);
        f[67] = T(68, W(s, b0l));
        f[68] = T(69, b0lp);
        f[69] = T(70, b0ll);
        f[72] = T(73, b0l2p, b0l2l);
        f[78] = T(79, Pack(b0p, b0ll, b0l2l));
        f[83] = T(84, b0w, state.LeftLabels(b0));
        f[84] = T(85, b0p, state.LeftLabels(b0));
        f[98] = T(99, W(s, b0l2));
    }

    /// <summary>Three words together (s2 s1 s0, s1 s0 b0) and the stack's depth with s0 or b0.</summary>
    private static void TripleMoves(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        int n = s.Length;
        int s0 = state.Stack(0), s1 = state.Stack(1), s2 = state.Stack(2);
        int b0 = state.Buffer(0);
        ulong s0p = P(tags, n, s0), s1p = P(tags, n, s1), s1c = C(s, s1), s2p = P(tags, n, s2);
        ulong b0p = P(tags, n, b0), b0c = C(s, b0);
        ulong between = state.Between(s0, b0), between1 = state.Between(s1, s0);
        f[37] = T(38, Pack(s1p, s0p, b0p));
        f[40] = T(41, Pack(s2p, s1p, s0p));
        f[88] = T(89, Pack(b0p, (ulong)Math.Min(state.Depth, 4), b0 == n ? 1UL : 0UL));
        f[89] = T(90, Pack(s0p, (ulong)Math.Min(state.Depth, 4), b0 == n ? 1UL : 0UL));
        f[102] = T(103, s1c, b0c);
        f[105] = T(106, Pack(Coarse(s, s1), s0p, b0p));
        f[108] = T(109, between, between1);
    }

    /// <summary>The rest: the second stack word's children, and children with the words of other places.</summary>
    private static void StateMoves(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        int n = s.Length;
        int s0 = state.Stack(0), s1 = state.Stack(1);
        int b0 = state.Buffer(0);
        int s0l = state.LeftChild(s0), s0r = state.RightChild(s0);
        int b0l = state.LeftChild(b0);
        int s1l = state.LeftChild(s1), s1r = state.RightChild(s1);
        ulong s0p = P(tags, n, s0), s1p = P(tags, n, s1), b0p = P(tags, n, b0);
        ulong s0lp = P(tags, n, s0l), s0rp = P(tags, n, s0r), b0lp = P(tags, n, b0l);
        ulong s1lp = P(tags, n, s1l), s1rp = P(tags, n, s1r);
        ulong s0rl = L(state, s0r), s1rl = L(state, s1r), s1ll = L(state, s1l);
        f[41] = T(42, Pack(s0p, s0lp, b0p));
        f[42] = T(43, Pack(s0p, s0rp, b0p));
        f[43] = T(44, Pack(s0p, b0p, b0lp));
        f[44] = T(45, Pack(s1p, s1rp, s0p));
        f[45] = T(46, Pack(s1p, s1lp, s0p));
        f[60] = T(61, s1p, (ulong)state.RightCount(s1));
        f[73] = T(74, s1rl);
        f[74] = T(75, s1ll);
        f[75] = T(76, s1rp);
        f[92] = T(93, s1p, s0lp, s0p);
        f[93] = T(94, s0p, s0rl, b0p);
    }

    /// <summary>The features of the label of the arc <paramref name="head"/> → <paramref name="dependent"/> about to be added.</summary>
    public static int Label(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, int head, int dependent, Span<ulong> f)
    {
        for (var group = LabelGroup.Dependent; group <= LabelGroup.State; group++)
        {
            Label(group, state, s, tags, head, dependent, f);
        }

        return LabelTemplates;
    }

    /// <summary>Writes the features of one group of label templates at their indices (template t at t − 1).</summary>
    public static void Label(LabelGroup group, ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, int head, int dependent, Span<ulong> f)
    {
        ArgumentNullException.ThrowIfNull(state);
        int n = s.Length;
        ulong side = dependent < head ? 1000UL : 2000UL;
        ulong dw = W(s, dependent), dp = P(tags, n, dependent);
        ulong hw = W(s, head), hp = P(tags, n, head);
        switch (group)
        {
            case LabelGroup.Dependent:
            {
                ulong dc = C(s, dependent);
                ulong dsuffix = dependent < n ? s[dependent].Suffix3 : NoWord;
                f[0] = T(side + 1, 0);
                f[1] = T(side + 2, dw);
                f[2] = T(side + 3, dp);
                f[3] = T(side + 4, (dw * 32) + dp);
                f[4] = T(side + 5, dc);
                f[5] = T(side + 6, dsuffix);
                f[25] = T(side + 26, Pack(P(tags, n, dependent - 1), dp, P(tags, n, dependent + 1)));
                f[36] = T(side + 37, W(s, dependent - 1), dp);
                return;
            }

            case LabelGroup.Head:
            {
                ulong hc = C(s, head);
                f[6] = T(side + 7, hw);
                f[7] = T(side + 8, hp);
                f[8] = T(side + 9, (hw * 32) + hp);
                f[9] = T(side + 10, hc);
                return;
            }

            case LabelGroup.Pair:
            {
                ulong dc = C(s, dependent), hc = C(s, head);
                ulong dist = Distance(Math.Abs(head - dependent));
                ulong dsuffix = dependent < n ? s[dependent].Suffix3 : NoWord;
                f[10] = T(side + 11, hp, dp);
                f[11] = T(side + 12, hw, dw);
                f[12] = T(side + 13, hw, dp);
                f[13] = T(side + 14, hp, dw);
                f[14] = T(side + 15, hc, dc);
                f[15] = T(side + 16, Pack(hp, dp, dist));
                f[16] = T(side + 17, hc, dp);
                f[17] = T(side + 18, hp, dc);
                f[26] = T(side + 27, Pack(hp, P(tags, n, head + 1), dp));
                f[28] = T(side + 29, dsuffix, hp);
                f[31] = T(side + 32, dw, Fine(s, head));
                f[33] = T(side + 34, Pack(hp, dp, state.Between(Math.Min(head, dependent), Math.Max(head, dependent))));
                f[34] = T(side + 35, Suffix(s, head), dp);
                return;
            }
        }

        int dl = state.LeftChild(dependent), dr = state.RightChild(dependent);
        f[18] = T(side + 19, dp, state.LeftLabels(dependent));
        f[19] = T(side + 20, dp, state.RightLabels(dependent));
        f[20] = T(side + 21, hp, state.LeftLabels(head));
        f[21] = T(side + 22, hp, state.RightLabels(head));
        f[22] = T(side + 23, W(s, dl));
        f[23] = T(side + 24, W(s, dl), dp);
        f[24] = T(side + 25, P(tags, n, dr), dp);
        f[27] = T(side + 28, L(state, state.LeftChild(head)), hp);
        f[29] = T(side + 30, Pack(dp, L(state, dl), L(state, dr)));
        f[30] = T(side + 31, W(s, dl), hw);
        f[32] = T(side + 33, Pack(hp, dp, (ulong)state.LeftCount(head)));
        f[35] = T(side + 36, W(s, dl), dp, hp);
        f[37] = T(side + 38, W(s, dr), dp);
    }

    /// <summary>The last three letters (hashed); the root and "no word" have their own values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Suffix(ReadOnlySpan<TokenAtoms> s, int i) => (uint)i < (uint)s.Length ? s[i].Suffix3 : i == s.Length ? RootWord : NoWord;

    /// <summary>Distance in buckets: 1, 2, 3, 4, 5–6, 7–9, 10+.</summary>
    private static ulong Distance(int d) => d switch
    {
        <= 4 => (ulong)Math.Max(d, 0),
        <= 6 => 5,
        <= 9 => 6,
        _ => 7,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong W(ReadOnlySpan<TokenAtoms> s, int i) => (uint)i < (uint)s.Length ? s[i].Lower : i == s.Length ? RootWord : NoWord;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong P(ReadOnlySpan<byte> tags, int n, int i) => (uint)i < (uint)n ? tags[i] : i == n ? RootTag : NoTag;

    /// <summary>The middle (256-class) word cluster.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong C(ReadOnlySpan<TokenAtoms> s, int i) => (uint)i < (uint)s.Length ? (ulong)((s[i].Cluster >> 8) & 0x3FF) : i == s.Length ? 0x3FFUL + 2 : 0x3FFUL + 1;

    /// <summary>The coarsest (64-class) word cluster.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Coarse(ReadOnlySpan<TokenAtoms> s, int i) => (uint)i < (uint)s.Length ? (ulong)(s[i].Cluster & 0xFF) : i == s.Length ? 0xFFUL : 0xFEUL;

    /// <summary>The finest (1024-class) word cluster.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fine(ReadOnlySpan<TokenAtoms> s, int i) => (uint)i < (uint)s.Length ? (ulong)(uint)(s[i].Cluster >> 18) : i == s.Length ? 0x3FFFUL : 0x3FFEUL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong L(ArcHybrid state, int i) => i < 0 ? NoLabel : (ulong)state.Label(i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pack(ulong a, ulong b, ulong c) => (a << 16) | (b << 8) | c;

    // Feature hashes: one multiply and one shift per combined value (the parser computes about 200 features per
    // word, so StableHash.Mix's full finalizer would be its largest cost); the shift brings the product's well-mixed
    // high bits down to the low bits that pick the bucket. Stable across processes like StableHash.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong T(ulong template, ulong a) => H((template * 0x9E3779B97F4A7C15UL) ^ 0x5851F42D4C957F2DUL, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong T(ulong template, ulong a, ulong b) => H(T(template, a), b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong T(ulong template, ulong a, ulong b, ulong c) => H(H(T(template, a), b), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong H(ulong seed, ulong value)
    {
        ulong x = (seed ^ value) * 0xBF58476D1CE4E5B9UL;
        return x ^ (x >> 29);
    }
}

/// <summary>
/// The move templates by what they read: the buffer (all of it follows from its first item), one stack word, a stack
/// word with the buffer, the two top stack words (these six are the same for every state with the same words in those
/// places); then what the moves so far decided: the top stack word with its left and with its right children, the first
/// buffer word with its children, three words together and the stack's depth, and the rest (children with other words).
/// </summary>
public enum MoveGroup
{
    Buffer,
    Stack0,
    Stack1,
    Stack2,
    Stack0Buffer,
    Stack1Stack0,
    Stack0Left,
    Stack0Right,
    BufferChildren,
    Triples,
    State,
}

/// <summary>
/// The label templates by what they read: the dependent alone, the head alone, the two of them (each with the arc's
/// direction), or also their children (<see cref="State"/>).
/// </summary>
public enum LabelGroup
{
    Dependent,
    Head,
    Pair,
    State,
}
