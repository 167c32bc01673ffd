using System.Runtime.CompilerServices;

namespace Sitrep.Core.Tagging;

/// <summary>
/// The part-of-speech feature templates: the word and its neighbours, affixes, shapes, word clusters, the tag
/// class of the word and its neighbours, and the two previous tags. Used identically by training and tagging.
/// The second pass (<see cref="ExtractSecond"/>) repeats them under other template ids and adds the first pass's
/// tags of the word and of the two words to its right.
/// </summary>
public static class PosFeatures
{
    /// <summary>Changes whenever a template changes: a model trained with other templates is refused.</summary>
    public const uint Fingerprint = 0x504F5305;

    /// <summary>An upper bound on the features of one token.</summary>
    public const int MaxFeatures = 64;

    /// <summary>Tag index used for "no previous tag".</summary>
    public const int NoTag = 31;

    /// <summary>Template-id offset of the second pass (first-pass ids stay below it).</summary>
    private const ulong SecondPass = 64;

    /// <summary>Writes the features of token <paramref name="i"/> into <paramref name="f"/>; returns their count.</summary>
    public static int Extract(ReadOnlySpan<TokenAtoms> s, int i, int p1, int p2, Span<ulong> f)
        => Extract(s, i, p1, p2, f, 0);

    /// <summary>
    /// The second-pass features of token <paramref name="i"/>: the first-pass templates under their own ids (so the two
    /// passes keep separate weights in one table), plus the first pass's tags <paramref name="first"/> at i, i + 1, i + 2.
    /// <paramref name="p1"/> and <paramref name="p2"/> are the second pass's own previous tags.
    /// </summary>
    public static int ExtractSecond(ReadOnlySpan<TokenAtoms> s, int i, int p1, int p2, ReadOnlySpan<byte> first, Span<ulong> f)
    {
        int n = Extract(s, i, p1, p2, f, SecondPass);
        ref readonly var w = ref Padding.At(s, i);
        ref readonly var r1 = ref Padding.At(s, i + 1);
        ulong t0 = first[i];
        ulong n1 = i + 1 < first.Length ? first[i + 1] : (ulong)NoTag;
        ulong n2 = i + 2 < first.Length ? first[i + 2] : (ulong)NoTag;
        f[n++] = T(SecondPass + 1, t0);
        f[n++] = T(SecondPass + 2, n1);
        f[n++] = T(SecondPass + 3, n2);
        f[n++] = T(SecondPass + 4, n1, n2);
        f[n++] = T(SecondPass + 5, (ulong)p1, n1);
        f[n++] = T(SecondPass + 6, n1, w.Lower);
        f[n++] = T(SecondPass + 7, n1, (ulong)(uint)w.TagClass);
        f[n++] = T(SecondPass + 8, t0, n1);
        f[n++] = T(SecondPass + 9, n1, r1.Lower);
        f[n++] = T(SecondPass + 10, ((ulong)p1 << 8) | n1, n2);
        return n;
    }

    private static int Extract(ReadOnlySpan<TokenAtoms> s, int i, int p1, int p2, Span<ulong> f, ulong salt)
    {
        ref readonly var w = ref Padding.At(s, i);
        ref readonly var l1 = ref Padding.At(s, i - 1);
        ref readonly var l2 = ref Padding.At(s, i - 2);
        ref readonly var r1 = ref Padding.At(s, i + 1);
        ref readonly var r2 = ref Padding.At(s, i + 2);
        int n = 0;
        f[n++] = T(salt + 1, 0);
        f[n++] = T(salt + 2, w.Lower);
        f[n++] = T(salt + 3, w.Raw);
        f[n++] = T(salt + 4, w.Suffix1);
        f[n++] = T(salt + 5, w.Suffix2);
        f[n++] = T(salt + 6, w.Suffix3);
        f[n++] = T(salt + 7, w.Suffix4);
        f[n++] = T(salt + 8, w.Prefix1);
        f[n++] = T(salt + 9, w.Prefix2);
        f[n++] = T(salt + 10, w.Prefix3);
        f[n++] = T(salt + 11, w.Shape);
        f[n++] = T(salt + 12, w.LongShape);
        f[n++] = T(salt + 13, (ulong)w.Flags);
        f[n++] = T(salt + 14, (ulong)p1);
        f[n++] = T(salt + 15, (ulong)p2);
        f[n++] = T(salt + 16, (ulong)p1, (ulong)p2);
        f[n++] = T(salt + 17, (ulong)p1, w.Lower);
        f[n++] = T(salt + 18, l1.Lower);
        f[n++] = T(salt + 19, l1.Suffix3);
        f[n++] = T(salt + 20, l2.Lower);
        f[n++] = T(salt + 21, r1.Lower);
        f[n++] = T(salt + 22, r1.Suffix3);
        f[n++] = T(salt + 23, r2.Lower);
        f[n++] = T(salt + 24, l1.Lower, w.Lower);
        f[n++] = T(salt + 25, w.Lower, r1.Lower);
        f[n++] = T(salt + 26, (ulong)(uint)w.TagClass);
        f[n++] = T(salt + 27, (ulong)(uint)r1.TagClass);
        f[n++] = T(salt + 28, (ulong)(uint)l1.TagClass, (ulong)(uint)w.TagClass);
        f[n++] = T(salt + 29, (ulong)p1, (ulong)(uint)w.TagClass);
        f[n++] = T(salt + 30, (ulong)(uint)w.TagClass, (ulong)(uint)r1.TagClass);
        f[n++] = T(salt + 31, r1.Shape);
        f[n++] = T(salt + 32, l1.Shape);
        f[n++] = T(salt + 33, i == 0 ? 1UL : 0UL, w.Shape);
        f[n++] = T(salt + 34, (ulong)p1, w.Suffix3);
        f[n++] = T(salt + 35, r2.Suffix3);
        f[n++] = T(salt + 36, w.Lower, r2.Lower);
        if (w.Cluster > 0)
        {
            f[n++] = T(salt + 40, (ulong)(w.Cluster & 0xFF));
            f[n++] = T(salt + 41, (ulong)((w.Cluster >> 8) & 0x3FF));
            f[n++] = T(salt + 42, (ulong)(w.Cluster >> 18));
        }

        f[n++] = T(salt + 46, (ulong)(uint)w.Casing, w.Shape);
        f[n++] = T(salt + 47, (ulong)(uint)w.Casing, i == 0 ? 1UL : 0UL);
        f[n++] = T(salt + 43, (ulong)(uint)l1.Cluster >> 8);
        f[n++] = T(salt + 44, (ulong)(uint)r1.Cluster >> 8);
        f[n++] = T(salt + 45, (ulong)p1, (ulong)(uint)w.Cluster >> 8);
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong T(ulong template, ulong a) => StableHash.Mix(template * 0x9E3779B97F4A7C15UL, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong T(ulong template, ulong a, ulong b) => StableHash.Mix(template * 0x9E3779B97F4A7C15UL, a, b);
}
