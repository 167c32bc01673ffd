using System.Runtime.CompilerServices;

namespace Sitrep.Core.Tagging;

/// <summary>Computes <see cref="TokenAtoms"/> from a token's characters without allocating.</summary>
public static class AtomBuilder
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Fills the orthographic atoms of <paramref name="word"/>; lexicon fields are left as they are.</summary>
    public static void Fill(ReadOnlySpan<char> word, ref TokenAtoms atoms)
    {
        atoms.Raw = StableHash.Of(word);
        atoms.Lower = StableHash.OfNormalized(word);
        int n = word.Length;
        atoms.Prefix1 = Affix(word, 0, Math.Min(1, n), 1);
        atoms.Prefix2 = Affix(word, 0, Math.Min(2, n), 2);
        atoms.Prefix3 = Affix(word, 0, Math.Min(3, n), 3);
        atoms.Prefix4 = Affix(word, 0, Math.Min(4, n), 4);
        atoms.Suffix1 = Affix(word, Math.Max(0, n - 1), n, 5);
        atoms.Suffix2 = Affix(word, Math.Max(0, n - 2), n, 6);
        atoms.Suffix3 = Affix(word, Math.Max(0, n - 3), n, 7);
        atoms.Suffix4 = Affix(word, Math.Max(0, n - 4), n, 8);

        ulong shape = OffsetBasis, longShape = OffsetBasis, folded = OffsetBasis;
        char lastShort = '\0', lastFolded = '\0', lastLong = '\0';
        int run = 0;
        int upper = 0, lower = 0, digits = 0, letters = 0;
        var flags = AtomFlags.None;
        for (int i = 0; i < n; i++)
        {
            char c = word[i];
            char cls;
            char fcls;
            if (char.IsUpper(c))
            {
                cls = 'X';
                fcls = 'x';
                upper++;
                letters++;
                if (i > 0)
                {
                    flags |= AtomFlags.InnerCap;
                }
            }
            else if (char.IsLetter(c))
            {
                cls = 'x';
                fcls = 'x';
                lower++;
                letters++;
            }
            else if (char.IsDigit(c))
            {
                cls = 'd';
                fcls = 'd';
                digits++;
            }
            else
            {
                cls = c;
                fcls = c;
                flags |= c switch
                {
                    '-' or '–' or '—' => AtomFlags.HasHyphen,
                    '.' => AtomFlags.HasPeriod,
                    '\'' or '’' => AtomFlags.HasApostrophe,
                    _ => AtomFlags.None,
                };
            }

            if (cls != lastShort)
            {
                shape = (shape ^ cls) * Prime;
                lastShort = cls;
            }

            if (fcls != lastFolded)
            {
                folded = (folded ^ fcls) * Prime;
                lastFolded = fcls;
            }

            run = cls == lastLong ? run + 1 : 1;
            lastLong = cls;
            if (run <= 4)
            {
                longShape = (longShape ^ cls) * Prime;
            }
        }

        atoms.Shape = StableHash.Mix(shape, 11);
        atoms.LongShape = StableHash.Mix(longShape, 12);
        atoms.FoldedShape = StableHash.Mix(folded, 13);
        if (letters > 0)
        {
            flags |= AtomFlags.HasLetter;
            if (upper == letters)
            {
                flags |= AtomFlags.AllCaps;
            }
            else if (lower == letters)
            {
                flags |= AtomFlags.AllLower;
            }

            if (char.IsUpper(word[0]))
            {
                flags |= AtomFlags.InitialCap;
            }
        }

        if (digits > 0)
        {
            flags |= AtomFlags.HasDigit;
            if (digits == n)
            {
                flags |= AtomFlags.AllDigits;
            }
        }

        if (letters == 0 && digits == 0)
        {
            flags |= AtomFlags.Punctuation;
        }

        if (n > 12)
        {
            flags |= AtomFlags.Long;
        }

        atoms.Flags = flags;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Affix(ReadOnlySpan<char> word, int start, int end, ulong kind)
    {
        ulong h = OffsetBasis;
        for (int i = start; i < end; i++)
        {
            h = (h ^ StableHash.Normalize(word[i])) * Prime;
        }

        return StableHash.Mix(h, kind);
    }
}
