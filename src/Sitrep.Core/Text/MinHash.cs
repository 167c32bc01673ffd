using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Sitrep.Core.Text;

/// <summary>
/// MinHash signatures over word shingles, for finding near-duplicate articles (syndicated and lightly edited
/// copies). Words are runs of letters and digits, compared without case; a shingle is <see cref="ShingleWords"/>
/// consecutive words. A signature holds, for each of <see cref="Hashes"/> hash functions, the least hash of any
/// shingle; the share of positions where two signatures agree estimates the Jaccard similarity of the two shingle
/// sets. For locality-sensitive hashing the signature is cut into <see cref="Bands"/> bands of <see cref="Rows"/>
/// values: two texts whose similarity is s share at least one band with probability 1 − (1 − s^Rows)^Bands
/// (0.67 at s = 0.3, 0.93 at s = 0.4, 0.995 at s = 0.5, 0.04 at s = 0.1, 0.0003 at s = 0.02, the
/// similarity of two unrelated news articles). Reading is one pass over the text, no allocation
/// besides the signature.
/// </summary>
public static class MinHash
{
    /// <summary>Values in a signature.</summary>
    public const int Hashes = Bands * Rows;

    /// <summary>LSH bands.</summary>
    public const int Bands = 40;

    /// <summary>Signature values per band.</summary>
    public const int Rows = 3;

    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 4;

    /// <summary>
    /// Shingles a text needs to be compared at all: below this (about 40 words) texts are templates as often as copies
    /// (Reuters dividend notices of different companies share most of their dozen words), so they get no signature.
    /// </summary>
    public const int MinShingles = 40;

    /// <summary>Shingles a text needs for a template signature: short results tables and notices are the templated reports most in need of one.</summary>
    public const int TemplateMinShingles = 8;

    /// <summary>
    /// The estimated similarity from which a text is taken as a copy of another. Chosen on the tune half of the
    /// planted duplicates set (<c>sitrep eval duplicates --split tune</c>; see src/Sitrep.Store/README.md).
    /// </summary>
    public const double DefaultThreshold = 0.35;

    private static readonly ulong[] s_multipliers = Seeds(0x5EED_0001UL, odd: true);
    private static readonly ulong[] s_addends = Seeds(0x5EED_0002UL, odd: false);

    /// <summary>The signature of <paramref name="text"/>, or null when it has fewer than <see cref="MinShingles"/> shingles.</summary>
    public static ulong[]? Signature(ReadOnlySpan<char> text)
    {
        var sig = new ulong[Hashes];
        return Fill(text, sig) ? sig : null;
    }

    /// <summary>Writes the signature of <paramref name="text"/> into <paramref name="signature"/>; false when it has fewer than <see cref="MinShingles"/> shingles.</summary>
    public static bool Fill(ReadOnlySpan<char> text, Span<ulong> signature) => Shingle(text, signature, maskFigures: false) >= MinShingles;

    /// <summary>
    /// The signature of <paramref name="text"/>'s wording with every figure (a word that starts with a digit) read as one
    /// and the same word, or null when it has fewer than <see cref="TemplateMinShingles"/> shingles: two templated reports
    /// (a company's results table, a central bank's daily note) have like templates and figures that disagree
    /// (<see cref="TemplatedApart"/>), where a copy has like templates and agreeing figures.
    /// </summary>
    public static ulong[]? TemplateSignature(ReadOnlySpan<char> text)
    {
        var sig = new ulong[Hashes];
        return Shingle(text, sig, maskFigures: true) >= TemplateMinShingles ? sig : null;
    }

    /// <summary>
    /// Whether two texts are templated reports of different happenings: their templates (<see cref="TemplateSignature"/>)
    /// at least <paramref name="threshold"/> alike (two texts written apart share almost no four-word run; results tables
    /// of two companies share a tenth to a fifth of theirs) and their figures (<see cref="Figures"/>) disagreeing
    /// (<see cref="FiguresAgree"/>). False when either has no template.
    /// </summary>
    public static bool TemplatedApart(ReadOnlySpan<ulong> templateA, ReadOnlySpan<long> figuresA, ReadOnlySpan<ulong> templateB, ReadOnlySpan<long> figuresB, double threshold)
        => templateA.Length == Hashes && templateB.Length == Hashes && Similarity(templateA, templateB) >= threshold && !FiguresAgree(figuresA, figuresB);

    /// <summary>Fills <paramref name="signature"/> from the text's shingles (figures as one word when <paramref name="maskFigures"/>); returns the number of shingles.</summary>
    private static int Shingle(ReadOnlySpan<char> text, Span<ulong> signature, bool maskFigures)
    {
        if (signature.Length != Hashes)
        {
            throw new ArgumentException($"a signature has {Hashes} values", nameof(signature));
        }

        signature.Fill(ulong.MaxValue);
        Span<ulong> window = stackalloc ulong[ShingleWords];
        int words = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            ulong h = 0xCBF2_9CE4_8422_2325UL;
            bool figure = maskFigures && char.IsAsciiDigit(text[i]);
            for (; i < text.Length && char.IsLetterOrDigit(text[i]); i++)
            {
                h = (h ^ char.ToLowerInvariant(text[i])) * 0x100_0000_01B3UL;
            }

            if (figure)
            {
                h = 0x6A09_E667_F3BC_C908UL;
            }

            window[words % ShingleWords] = h;
            words++;
            if (words < ShingleWords)
            {
                continue;
            }

            ulong shingle = 0;
            for (int k = 0; k < ShingleWords; k++)
            {
                shingle = Mix(shingle ^ window[(words + k) % ShingleWords]);
            }

            for (int j = 0; j < Hashes; j++)
            {
                ulong v = (shingle * s_multipliers[j]) + s_addends[j];
                v ^= v >> 29;
                if (v < signature[j])
                {
                    signature[j] = v;
                }
            }
        }

        return Math.Max(0, words - ShingleWords + 1);
    }

    /// <summary>The estimated Jaccard similarity of the shingle sets behind two signatures (0–1).</summary>
    public static double Similarity(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            return 0;
        }

        int same = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return (double)same / a.Length;
    }

    /// <summary>The LSH bucket of band <paramref name="band"/>: one number for the band's values and its position, so buckets of different bands never meet.</summary>
    public static long Bucket(ReadOnlySpan<ulong> signature, int band)
    {
        ulong h = Mix((ulong)band + 0x9E37_79B9_7F4A_7C15UL);
        foreach (ulong v in signature.Slice(band * Rows, Rows))
        {
            h = Mix(h ^ v);
        }

        return (long)h;
    }

    /// <summary>
    /// The distinct figures of a text (runs of digits, with inner '.' or ',' kept: "1,250", "5.65"), hashed and sorted.
    /// A copy keeps its original's figures; templated reports (a central bank's daily money-market note, a dividend
    /// notice) share their words and differ in them.
    /// </summary>
    public static long[] Figures(ReadOnlySpan<char> text)
    {
        var set = new HashSet<long>();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            ulong h = 0xCBF2_9CE4_8422_2325UL;
            for (; i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))); i++)
            {
                h = (h ^ text[i]) * 0x100_0000_01B3UL;
            }

            set.Add((long)h);
        }

        var figures = set.ToArray();
        Array.Sort(figures);
        return figures;
    }

    /// <summary>
    /// True unless the figures of two texts disagree: when both give two or more, at least half of the smaller set
    /// must be in the other (a copy adds a dateline's day or a copyright year, and a trimmed copy drops some).
    /// </summary>
    public static bool FiguresAgree(ReadOnlySpan<long> a, ReadOnlySpan<long> b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return true;
        }

        var small = a.Length <= b.Length ? a : b;
        var large = a.Length <= b.Length ? b : a;
        int shared = 0;
        foreach (long f in small)
        {
            if (large.BinarySearch(f) >= 0)
            {
                shared++;
            }
        }

        return shared * 2 >= small.Length;
    }

    /// <summary>The signature as bytes (little-endian), for a store.</summary>
    public static byte[] ToBytes(ReadOnlySpan<ulong> signature)
    {
        var bytes = new byte[signature.Length * sizeof(ulong)];
        for (int i = 0; i < signature.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)), signature[i]);
        }

        return bytes;
    }

    /// <summary>A signature back from <see cref="ToBytes"/>.</summary>
    public static ulong[] FromBytes(ReadOnlySpan<byte> bytes)
    {
        var sig = new ulong[bytes.Length / sizeof(ulong)];
        for (int i = 0; i < sig.Length; i++)
        {
            sig[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i * sizeof(ulong))..]);
        }

        return sig;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        // splitmix64's finaliser: every input bit moves every output bit.
        x = (x ^ (x >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] Seeds(ulong seed, bool odd)
    {
        var values = new ulong[Hashes];
        ulong state = seed;
        for (int i = 0; i < Hashes; i++)
        {
            state += 0x9E37_79B9_7F4A_7C15UL;
            values[i] = Mix(state) | (odd ? 1UL : 0UL);
        }

        return values;
    }
}
