using Sitrep.Core.Tagging;

namespace Sitrep.Train;

/// <summary>
/// Case profiles: how the news writes a word mid-sentence (not as a sentence's first word) — 1 lower case,
/// 2 capitalized, 3 both (neither form reaches 90%). Words seen fewer than 3 times mid-sentence in a letter case
/// form are left out. Read by the taggers through <see cref="TokenAtoms.Casing"/>.
/// </summary>
internal static class CaseProfile
{
    /// <summary>Builds the table from sentences of raw words, keyed by the normalized word hash.</summary>
    public static AtomTable Build(IEnumerable<string[]> sentences)
    {
        var lower = new Dictionary<ulong, int>();
        var capital = new Dictionary<ulong, int>();
        foreach (var s in sentences)
        {
            for (int i = 1; i < s.Length; i++)
            {
                int c = Case(s[i]);
                if (c == 1)
                {
                    Count(lower, StableHash.OfNormalized(s[i]));
                }
                else if (c == 2)
                {
                    Count(capital, StableHash.OfNormalized(s[i]));
                }
            }
        }

        var casing = new AtomTable(lower.Count + capital.Count);
        foreach (ulong h in lower.Keys.Union(capital.Keys).Order())
        {
            int lo = lower.GetValueOrDefault(h), cap = capital.GetValueOrDefault(h);
            if (lo + cap >= 3)
            {
                casing.Set(h, lo * 10 >= (lo + cap) * 9 ? 1 : cap * 10 >= (lo + cap) * 9 ? 2 : 3);
            }
        }

        return casing;
    }

    private static void Count(Dictionary<ulong, int> counts, ulong key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>0 other, 1 all lower case, 2 capitalized (not all caps).</summary>
    private static int Case(string w)
    {
        bool anyLetter = false, allLower = true;
        foreach (char c in w)
        {
            if (char.IsLetter(c))
            {
                anyLetter = true;
                allLower &= char.IsLower(c);
            }
        }

        if (!anyLetter)
        {
            return 0;
        }

        if (allLower)
        {
            return 1;
        }

        return char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower) ? 2 : 0;
    }
}
