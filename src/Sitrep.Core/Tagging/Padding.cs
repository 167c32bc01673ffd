using System.Runtime.CompilerServices;

namespace Sitrep.Core.Tagging;

/// <summary>The atoms feature templates see before the first and after the last token of a sentence.</summary>
internal static class Padding
{
    private static readonly TokenAtoms StartAtoms = Make(0x51A27UL);
    private static readonly TokenAtoms EndAtoms = Make(0xE4DUL);

    /// <summary>The atoms of token <paramref name="i"/>, or the start/end padding outside the sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref readonly TokenAtoms At(ReadOnlySpan<TokenAtoms> sentence, int i)
    {
        if ((uint)i < (uint)sentence.Length)
        {
            return ref sentence[i];
        }

        return ref i < 0 ? ref StartAtoms : ref EndAtoms;
    }

    private static TokenAtoms Make(ulong seed) => new()
    {
        Raw = StableHash.Mix(seed, 1),
        Lower = StableHash.Mix(seed, 2),
        Shape = StableHash.Mix(seed, 3),
        LongShape = StableHash.Mix(seed, 4),
        FoldedShape = StableHash.Mix(seed, 5),
        Prefix1 = StableHash.Mix(seed, 6),
        Prefix2 = StableHash.Mix(seed, 7),
        Prefix3 = StableHash.Mix(seed, 8),
        Prefix4 = StableHash.Mix(seed, 9),
        Suffix1 = StableHash.Mix(seed, 10),
        Suffix2 = StableHash.Mix(seed, 11),
        Suffix3 = StableHash.Mix(seed, 12),
        Suffix4 = StableHash.Mix(seed, 13),
        Flags = AtomFlags.None,
        Cluster = -1,
        Casing = -1,
        Gazetteer = -1,
        TagClass = -1,
    };
}
