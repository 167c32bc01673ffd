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

    /// <summary>The features of the next move in <paramref name="state"/>; returns their count.</summary>
    public static int Moves(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        ArgumentNullException.ThrowIfNull(state);
        int n = s.Length;
        int s0 = state.Stack(0), s1 = state.Stack(1), s2 = state.Stack(2);
        int b0 = state.Buffer(0), b1 = state.Buffer(1), b2 = state.Buffer(2);
        int s0l = state.LeftChild(s0), s0l2 = state.LeftChild(s0, true), s0r = state.RightChild(s0), s0r2 = state.RightChild(s0, true);
        int b0l = state.LeftChild(b0), b0l2 = state.LeftChild(b0, true);
        int s1l = state.LeftChild(s1), s1r = state.RightChild(s1);
        ulong s0w = W(s, s0), s0p = P(tags, n, s0), s0c = C(s, s0);
        ulong s1w = W(s, s1), s1p = P(tags, n, s1), s1c = C(s, s1);
        ulong b0w = W(s, b0), b0p = P(tags, n, b0), b0c = C(s, b0);
        ulong b1w = W(s, b1), b1p = P(tags, n, b1), b1c = C(s, b1);
        ulong b2p = P(tags, n, b2), s2p = P(tags, n, s2);
        ulong s0lp = P(tags, n, s0l), s0rp = P(tags, n, s0r), b0lp = P(tags, n, b0l), b0l2p = P(tags, n, b0l2);
        ulong s1lp = P(tags, n, s1l), s1rp = P(tags, n, s1r);
        ulong s0ll = L(state, s0l), s0l2l = L(state, s0l2), s0rl = L(state, s0r), s0r2l = L(state, s0r2);
        ulong b0ll = L(state, b0l), b0l2l = L(state, b0l2), s1rl = L(state, s1r), s1ll = L(state, s1l);
        ulong d = s0 >= 0 && b0 >= 0 ? Distance(b0 - s0) : 0;
        ulong d1 = s0 >= 0 && s1 >= 0 ? Distance(s0 - s1) : 0;
        ulong s0wp = (s0w * 32) + s0p, b0wp = (b0w * 32) + b0p, b1wp = (b1w * 32) + b1p, s1wp = (s1w * 32) + s1p;
        ulong s0vl = (ulong)state.LeftCount(s0), s0vr = (ulong)state.RightCount(s0), b0vl = (ulong)state.LeftCount(b0);
        int k = 0;
        f[k++] = T(1, 0);
        f[k++] = T(2, s0w);
        f[k++] = T(3, s0p);
        f[k++] = T(4, s0wp);
        f[k++] = T(5, s0c);
        f[k++] = T(6, b0w);
        f[k++] = T(7, b0p);
        f[k++] = T(8, b0wp);
        f[k++] = T(9, b0c);
        f[k++] = T(10, b1w);
        f[k++] = T(11, b1p);
        f[k++] = T(12, b1wp);
        f[k++] = T(13, b1c);
        f[k++] = T(14, W(s, b2));
        f[k++] = T(15, b2p);
        f[k++] = T(16, s1w);
        f[k++] = T(17, s1p);
        f[k++] = T(18, s1wp);
        f[k++] = T(19, s1c);
        f[k++] = T(20, s2p);
        f[k++] = T(21, W(s, s2));
        f[k++] = T(22, s0wp, b0wp);
        f[k++] = T(23, s0wp, b0w);
        f[k++] = T(24, s0w, b0wp);
        f[k++] = T(25, s0wp, b0p);
        f[k++] = T(26, s0p, b0wp);
        f[k++] = T(27, s0w, b0w);
        f[k++] = T(28, s0p, b0p);
        f[k++] = T(29, b0p, b1p);
        f[k++] = T(30, s0c, b0c);
        f[k++] = T(31, s0c, b0p);
        f[k++] = T(32, s0p, b0c);
        f[k++] = T(33, s1p, s0p);
        f[k++] = T(34, s1w, s0w);
        f[k++] = T(35, s1wp, s0p);
        f[k++] = T(36, s1p, s0wp);
        f[k++] = T(37, s1c, s0c);
        f[k++] = T(38, Pack(s1p, s0p, b0p));
        f[k++] = T(39, Pack(b0p, b1p, b2p));
        f[k++] = T(40, Pack(s0p, b0p, b1p));
        f[k++] = T(41, Pack(s2p, s1p, s0p));
        f[k++] = T(42, Pack(s0p, s0lp, b0p));
        f[k++] = T(43, Pack(s0p, s0rp, b0p));
        f[k++] = T(44, Pack(s0p, b0p, b0lp));
        f[k++] = T(45, Pack(s1p, s1rp, s0p));
        f[k++] = T(46, Pack(s1p, s1lp, s0p));
        f[k++] = T(47, Pack(s0p, s0lp, s0rp));
        f[k++] = T(48, Pack(b0p, b0lp, b0l2p));
        f[k++] = T(49, s0w, d);
        f[k++] = T(50, s0p, d);
        f[k++] = T(51, b0w, d);
        f[k++] = T(52, b0p, d);
        f[k++] = T(53, Pack(s0p, b0p, d));
        f[k++] = T(54, Pack(s1p, s0p, d1));
        f[k++] = T(55, s0w, s0vr);
        f[k++] = T(56, s0p, s0vr);
        f[k++] = T(57, s0w, s0vl);
        f[k++] = T(58, s0p, s0vl);
        f[k++] = T(59, b0w, b0vl);
        f[k++] = T(60, b0p, b0vl);
        f[k++] = T(61, s1p, (ulong)state.RightCount(s1));
        f[k++] = T(62, W(s, s0l));
        f[k++] = T(63, s0lp);
        f[k++] = T(64, s0ll);
        f[k++] = T(65, W(s, s0r));
        f[k++] = T(66, s0rp);
        f[k++] = T(67, s0rl);
        f[k++] = T(68, W(s, b0l));
        f[k++] = T(69, b0lp);
        f[k++] = T(70, b0ll);
        f[k++] = T(71, P(tags, n, s0l2), s0l2l);
        f[k++] = T(72, P(tags, n, s0r2), s0r2l);
        f[k++] = T(73, b0l2p, b0l2l);
        f[k++] = T(74, s1rl);
        f[k++] = T(75, s1ll);
        f[k++] = T(76, s1rp);
        f[k++] = T(77, Pack(s0p, s0ll, s0l2l));
        f[k++] = T(78, Pack(s0p, s0rl, s0r2l));
        f[k++] = T(79, Pack(b0p, b0ll, b0l2l));
        f[k++] = T(80, s0w, state.LeftLabels(s0));
        f[k++] = T(81, s0p, state.LeftLabels(s0));
        f[k++] = T(82, s0w, state.RightLabels(s0));
        f[k++] = T(83, s0p, state.RightLabels(s0));
        f[k++] = T(84, b0w, state.LeftLabels(b0));
        f[k++] = T(85, b0p, state.LeftLabels(b0));
        f[k++] = T(86, b0c, b1p);
        f[k++] = T(87, Fine(s, s0));
        f[k++] = T(88, Fine(s, b0));
        f[k++] = T(89, Pack(b0p, (ulong)Math.Min(state.Depth, 4), b0 == n ? 1UL : 0UL));
        f[k++] = T(90, Pack(s0p, (ulong)Math.Min(state.Depth, 4), b0 == n ? 1UL : 0UL));
        f[k++] = T(91, s0c, b0c, b1p);
        f[k++] = T(92, s0wp, b0p, b1p);
        f[k++] = T(93, s1p, s0lp, s0p);
        f[k++] = T(94, s0p, s0rl, b0p);
        f[k++] = T(95, W(s, b2), b2p);
        f[k++] = T(96, s0w, b0w, d);
        f[k++] = T(97, W(s, s0l2));
        f[k++] = T(98, W(s, s0r2));
        f[k++] = T(99, W(s, b0l2));
        f[k++] = T(100, Pack(s0p, s0lp, P(tags, n, s0l2)));
        f[k++] = T(101, Pack(s0p, s0rp, P(tags, n, s0r2)));
        f[k++] = T(102, b0c, b1c);
        f[k++] = T(103, s1c, b0c);
        f[k++] = T(104, Fine(s, s0), Fine(s, b0));
        f[k++] = T(105, Coarse(s, s0), Coarse(s, b0), b1p);
        f[k++] = T(106, Pack(Coarse(s, s1), s0p, b0p));

        // What lies between the words the move relates (verbs, punctuation, conjunctions), their suffixes (verb forms
        // and plurals the universal tags fold together), and the words beside s0.
        ulong between = state.Between(s0, b0), between1 = state.Between(s1, s0);
        f[k++] = T(107, Pack(s0p, b0p, between));
        f[k++] = T(108, Pack(s1p, s0p, between1));
        f[k++] = T(109, between, between1);
        f[k++] = T(110, Suffix(s, s0), s0p);
        f[k++] = T(111, Suffix(s, b0), b0p);
        f[k++] = T(112, Suffix(s, s1), s1p);
        f[k++] = T(113, Suffix(s, s0), Suffix(s, b0));
        f[k++] = T(114, Pack(s0 < 0 ? NoTag : P(tags, n, s0 - 1), s0p, s0 < 0 ? NoTag : P(tags, n, s0 + 1)));
        f[k++] = T(115, Pack(s0p, s0 < 0 ? NoTag : P(tags, n, s0 + 1), b0p));
        f[k++] = T(116, Pack(P(tags, n, b0 - 1), b0p, b1p));
        return k;
    }

    /// <summary>The features of the label of the arc <paramref name="head"/> → <paramref name="dependent"/> about to be added.</summary>
    public static int Label(ArcHybrid state, ReadOnlySpan<TokenAtoms> s, ReadOnlySpan<byte> tags, int head, int dependent, Span<ulong> f)
    {
        ArgumentNullException.ThrowIfNull(state);
        int n = s.Length;
        ulong side = dependent < head ? 1000UL : 2000UL;
        ulong dw = W(s, dependent), dp = P(tags, n, dependent), dc = C(s, dependent);
        ulong hw = W(s, head), hp = P(tags, n, head), hc = C(s, head);
        ulong dist = Distance(Math.Abs(head - dependent));
        int dl = state.LeftChild(dependent), dr = state.RightChild(dependent);
        ulong dsuffix = dependent < n ? s[dependent].Suffix3 : NoWord;
        int k = 0;
        f[k++] = T(side + 1, 0);
        f[k++] = T(side + 2, dw);
        f[k++] = T(side + 3, dp);
        f[k++] = T(side + 4, (dw * 32) + dp);
        f[k++] = T(side + 5, dc);
        f[k++] = T(side + 6, dsuffix);
        f[k++] = T(side + 7, hw);
        f[k++] = T(side + 8, hp);
        f[k++] = T(side + 9, (hw * 32) + hp);
        f[k++] = T(side + 10, hc);
        f[k++] = T(side + 11, hp, dp);
        f[k++] = T(side + 12, hw, dw);
        f[k++] = T(side + 13, hw, dp);
        f[k++] = T(side + 14, hp, dw);
        f[k++] = T(side + 15, hc, dc);
        f[k++] = T(side + 16, Pack(hp, dp, dist));
        f[k++] = T(side + 17, hc, dp);
        f[k++] = T(side + 18, hp, dc);
        f[k++] = T(side + 19, dp, state.LeftLabels(dependent));
        f[k++] = T(side + 20, dp, state.RightLabels(dependent));
        f[k++] = T(side + 21, hp, state.LeftLabels(head));
        f[k++] = T(side + 22, hp, state.RightLabels(head));
        f[k++] = T(side + 23, W(s, dl));
        f[k++] = T(side + 24, W(s, dl), dp);
        f[k++] = T(side + 25, P(tags, n, dr), dp);
        f[k++] = T(side + 26, Pack(P(tags, n, dependent - 1), dp, P(tags, n, dependent + 1)));
        f[k++] = T(side + 27, Pack(hp, P(tags, n, head + 1), dp));
        f[k++] = T(side + 28, L(state, state.LeftChild(head)), hp);
        f[k++] = T(side + 29, dsuffix, hp);
        f[k++] = T(side + 30, Pack(dp, L(state, dl), L(state, dr)));
        f[k++] = T(side + 31, W(s, dl), hw);
        f[k++] = T(side + 32, dw, Fine(s, head));
        f[k++] = T(side + 33, Pack(hp, dp, (ulong)state.LeftCount(head)));
        f[k++] = T(side + 34, Pack(hp, dp, state.Between(Math.Min(head, dependent), Math.Max(head, dependent))));
        f[k++] = T(side + 35, Suffix(s, head), dp);
        f[k++] = T(side + 36, W(s, dl), dp, hp);
        f[k++] = T(side + 37, W(s, dependent - 1), dp);
        f[k++] = T(side + 38, W(s, dr), dp);
        return k;
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
