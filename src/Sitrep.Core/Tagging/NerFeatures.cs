using System.Runtime.CompilerServices;

namespace Sitrep.Core.Tagging;

/// <summary>
/// The entity-recognition feature templates: words and shapes in a ±2 window, affixes, orthographic flags,
/// gazetteer marks, predicted POS tags, word clusters, the two previous labels, and document context (the case
/// the word has elsewhere in the document, the labels it already received). In sentences that carry no case
/// information (all-caps or title-case headlines) case-bearing atoms are replaced by case-free ones.
/// </summary>
public static class NerFeatures
{
    /// <summary>
    /// Changes whenever a template, or the decoding the weights were trained under (<see cref="NerDocument.Decode"/>),
    /// changes: a model trained otherwise is refused.
    /// </summary>
    public const uint Fingerprint = 0x4E455206;

    public const int MaxFeatures = 72;

    /// <summary>Label index used for "no previous label".</summary>
    public const int NoLabel = 31;

    private const int SeenLowerOnly = 1;
    private const int SeenCapitalized = 2;
    private const AtomFlags CaseFlags = AtomFlags.InitialCap | AtomFlags.AllCaps | AtomFlags.AllLower | AtomFlags.InnerCap;

    /// <summary>Writes the features of token <paramref name="i"/> of a sentence; returns their count.</summary>
    public static int Extract(in NerContext c, int i, int p1, int p2, Span<ulong> f)
    {
        var s = c.Atoms;
        bool nc = c.NoCase;
        ref readonly var w = ref Padding.At(s, i);
        ref readonly var l1 = ref Padding.At(s, i - 1);
        ref readonly var l2 = ref Padding.At(s, i - 2);
        ref readonly var r1 = ref Padding.At(s, i + 1);
        ref readonly var r2 = ref Padding.At(s, i + 2);
        ulong mode = nc ? 1UL : 0UL;
        int docCase = c.CaseElsewhere(i);

        // Where the line has no case, guess it: the word's case elsewhere in the document, else in the news.
        ulong guessedCase = (ulong)(docCase == SeenLowerOnly ? 1 : docCase >= SeenCapitalized ? 2 : w.Casing);
        ulong shape = nc ? StableHash.Mix(w.FoldedShape, guessedCase) : w.Shape;
        ulong flags = (ulong)(nc ? w.Flags & ~CaseFlags : w.Flags);
        ulong caseElse = (ulong)docCase;
        ulong gaz = (ulong)(uint)w.Gazetteer;
        ulong pos = Pos(c, i);
        int n = 0;
        f[n++] = T(1, 0);
        f[n++] = T(2, w.Lower);
        f[n++] = T(3, nc ? w.Lower : w.Raw);
        f[n++] = T(4, l1.Lower);
        f[n++] = T(5, r1.Lower);
        f[n++] = T(6, l2.Lower);
        f[n++] = T(7, r2.Lower);
        f[n++] = T(8, shape);
        f[n++] = T(9, nc ? l1.FoldedShape : l1.Shape);
        f[n++] = T(10, nc ? r1.FoldedShape : r1.Shape);
        f[n++] = T(11, nc ? l2.FoldedShape : l2.Shape);
        f[n++] = T(12, nc ? r2.FoldedShape : r2.Shape);
        f[n++] = T(13, w.Prefix1, mode);
        f[n++] = T(14, w.Prefix2);
        f[n++] = T(15, w.Prefix3);
        f[n++] = T(16, w.Prefix4);
        f[n++] = T(17, w.Suffix1, mode);
        f[n++] = T(18, w.Suffix2);
        f[n++] = T(19, w.Suffix3);
        f[n++] = T(20, w.Suffix4);
        f[n++] = T(21, flags, mode);
        f[n++] = T(22, (ulong)p1);
        f[n++] = T(23, (ulong)p2);
        f[n++] = T(24, (ulong)p1, (ulong)p2);
        f[n++] = T(25, (ulong)p1, w.Lower);
        f[n++] = T(26, (ulong)p1, shape);
        f[n++] = T(27, l1.Lower, w.Lower);
        f[n++] = T(28, w.Lower, r1.Lower);
        f[n++] = T(29, mode, shape);
        f[n++] = T(30, gaz, mode);
        f[n++] = T(31, (ulong)(uint)l1.Gazetteer);
        f[n++] = T(32, (ulong)(uint)r1.Gazetteer);
        f[n++] = T(33, gaz, shape);
        f[n++] = T(34, pos);
        f[n++] = T(35, Pos(c, i - 1));
        f[n++] = T(36, Pos(c, i + 1));
        f[n++] = T(37, pos, shape);
        f[n++] = T(38, caseElse, mode);
        f[n++] = T(39, caseElse, shape);
        f[n++] = T(40, (ulong)c.History(i));
        f[n++] = T(41, (ulong)c.History(i), shape);
        f[n++] = T(42, nc ? w.FoldedShape : w.LongShape);
        f[n++] = T(43, i == 0 ? 1UL : 0UL, shape);
        f[n++] = T(44, l1.Lower, (ulong)p1);
        f[n++] = T(45, (ulong)p1, gaz);
        f[n++] = T(46, Pos(c, i - 1), pos, Pos(c, i + 1));
        f[n++] = T(47, nc ? l1.FoldedShape : l1.Shape, shape, nc ? r1.FoldedShape : r1.Shape);
        if (w.Cluster > 0)
        {
            f[n++] = T(50, (ulong)(w.Cluster & 0xFF));
            f[n++] = T(51, (ulong)((w.Cluster >> 8) & 0x3FF));
            f[n++] = T(52, (ulong)(w.Cluster >> 18));
            f[n++] = T(53, (ulong)(w.Cluster >> 8), shape);
        }

        f[n++] = T(54, (ulong)(uint)l1.Cluster >> 8);
        f[n++] = T(55, (ulong)(uint)r1.Cluster >> 8);
        f[n++] = T(56, (ulong)(uint)l1.Cluster >> 18, (ulong)p1);
        f[n++] = T(57, (ulong)(uint)r1.Cluster >> 18, (ulong)(uint)w.Cluster >> 18);
        f[n++] = T(58, (ulong)w.Casing, shape);
        f[n++] = T(59, guessedCase, mode);
        f[n++] = T(60, (ulong)(uint)r1.Casing, (ulong)(uint)l1.Casing, mode);
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pos(in NerContext c, int i) => (uint)i < (uint)c.Pos.Length ? c.Pos[i] : 99UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong T(ulong template, ulong a) => StableHash.Mix(template * 0x9E3779B97F4A7C15UL, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong T(ulong template, ulong a, ulong b) => StableHash.Mix(template * 0x9E3779B97F4A7C15UL, a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong T(ulong template, ulong a, ulong b, ulong d) => StableHash.Mix(StableHash.Mix(template * 0x9E3779B97F4A7C15UL, a, b), d);
}
