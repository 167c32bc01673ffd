namespace Sitrep.Core.Tagging;

/// <summary>
/// A 64-bit hash that is the same in every process (FNV-1a over UTF-16 code units, then a 64-bit finalizer).
/// Model files store features hashed with it, so it must never change; <c>string.GetHashCode</c> is randomized.
/// </summary>
public static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of the characters as they are.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = OffsetBasis;
        foreach (char c in text)
        {
            h = (h ^ c) * Prime;
        }

        return Finish(h);
    }

    /// <summary>The hash of the lower-cased characters with every ASCII digit folded to '0'.</summary>
    public static ulong OfNormalized(ReadOnlySpan<char> text)
    {
        ulong h = OffsetBasis;
        foreach (char c in text)
        {
            h = (h ^ Normalize(c)) * Prime;
        }

        return Finish(h);
    }

    /// <summary>Combines two hashes (order matters).</summary>
    public static ulong Mix(ulong a, ulong b) => Finish(a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2)));

    /// <summary>Combines three hashes.</summary>
    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    /// <summary>The normalization of <see cref="OfNormalized"/>: invariant lower case, digits to '0'.</summary>
    public static char Normalize(char c) => c is >= '0' and <= '9' ? '0' : char.ToLowerInvariant(c);

    private static ulong Finish(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }
}
