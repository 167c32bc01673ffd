using System.Runtime.CompilerServices;

namespace Sitrep.Core.Tagging;

/// <summary>
/// The part-of-speech feature templates: the word and its neighbours, affixes, shapes, word clusters, the tag
/// class of the word and its neighbours, and the two previous tags. Used identically by training and tagging.
/// </summary>
public static class PosFeatures
{
    /// <summary>Changes whenever a template changes: a model trained with other templates is refused.</summary>
    public const uint Fingerprint = 0x504F5304;

    /// <summary>An upper bound on the features of one token.</summary>
    public const int MaxFeatures = 48;

    /// <summary>Tag index used for "no previous tag".</summary>
    public const int NoTag = 31;

    /// <summary>Writes the features of token <paramref name="i"/> into <paramref name="f"/>; returns their count.</summary>
    public static int Extract(ReadOnlySpan<TokenAtoms> s, int i, int p1, int p2, Span<ulong> f)
    {
        ref readonly var w = ref Padding.At(s, i);
        ref readonly var l1 = ref Padding.At(s, i - 1);
        ref readonly var l2 = ref Padding.At(s, i - 2);
        ref readonly var r1 = ref Padding.At(s, i + 1);
        ref readonly var r2 = ref Padding.At(s, i + 2);
        int n = 0;
        f[n++] = T(1, 0);
        f[n++] = T(2, w.Lower);
        f[n++] = T(3, w.Raw);
        f[n++] = T(4, w.Suffix1);
        f[n++] = T(5, w.Suffix2);
        f[n++] = T(6, w.Suffix3);
        f[n++] = T(7, w.Suffix4);
        f[n++] = T(8, w.Prefix1);
        f[n++] = T(9, w.Prefix2);
        f[n++] = T(10, w.Prefix3);
        f[n++] = T(11, w.Shape);
        f[n++] = T(12, w.LongShape);
        f[n++] = T(13, (ulong)w.Flags);
        f[n++] = T(14, (ulong)p1);
        f[n++] = T(15, (ulong)p2);
        f[n++] = T(16, (ulong)p1, (ulong)p2);
        f[n++] = T(17, (ulong)p1, w.Lower);
        f[n++] = T(18, l1.Lower);
        f[n++] = T(19, l1.Suffix3);
        f[n++] = T(20, l2.Lower);
        f[n++] = T(21, r1.Lower);
        f[n++] = T(22, r1.Suffix3);
        f[n++] = T(23, r2.Lower);
        f[n++] = T(24, l1.Lower, w.Lower);
        f[n++] = T(25, w.Lower, r1.Lower);
        f[n++] = T(26, (ulong)(uint)w.TagClass);
        f[n++] = T(27, (ulong)(uint)r1.TagClass);
        f[n++] = T(28, (ulong)(uint)l1.TagClass, (ulong)(uint)w.TagClass);
        f[n++] = T(29, (ulong)p1, (ulong)(uint)w.TagClass);
        f[n++] = T(30, (ulong)(uint)w.TagClass, (ulong)(uint)r1.TagClass);
        f[n++] = T(31, r1.Shape);
        f[n++] = T(32, l1.Shape);
        f[n++] = T(33, i == 0 ? 1UL : 0UL, w.Shape);
        f[n++] = T(34, (ulong)p1, w.Suffix3);
        f[n++] = T(35, r2.Suffix3);
        f[n++] = T(36, w.Lower, r2.Lower);
        if (w.Cluster > 0)
        {
            f[n++] = T(40, (ulong)(w.Cluster & 0xFF));
            f[n++] = T(41, (ulong)((w.Cluster >> 8) & 0x3FF));
            f[n++] = T(42, (ulong)(w.Cluster >> 18));
        }

        f[n++] = T(46, (ulong)(uint)w.Casing, w.Shape);
        f[n++] = T(47, (ulong)(uint)w.Casing, i == 0 ? 1UL : 0UL);
        f[n++] = T(43, (ulong)(uint)l1.Cluster >> 8);
        f[n++] = T(44, (ulong)(uint)r1.Cluster >> 8);
        f[n++] = T(45, (ulong)p1, (ulong)(uint)w.Cluster >> 8);
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong T(ulong template, ulong a) => StableHash.Mix(template * 0x9E3779B97F4A7C15UL, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong T(ulong template, ulong a, ulong b) => StableHash.Mix(template * 0x9E3779B97F4A7C15UL, a, b);
}
