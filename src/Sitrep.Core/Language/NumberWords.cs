using System.Collections.Frozen;
using System.Globalization;

namespace Sitrep.Core.Language;

/// <summary>The number words of <c>Language/Data/numbers.tsv</c>, by kind (the file's comments define each kind).</summary>
public static class NumberWords
{
    private static readonly List<string[]> s_rows = LanguageData.Table("numbers", "word", "value", "kind");

    /// <summary>Numbers by themselves: "seven" → 7, "dozen" → 12, "hundred" → 100.</summary>
    public static readonly FrozenDictionary<string, double> Cardinals = Kind("cardinal");

    /// <summary>Multipliers of the number before them: "million" → 1e6, "bn" → 1e9, "crore" → 1e7.</summary>
    public static readonly FrozenDictionary<string, double> Scales = Kind("scale");

    /// <summary>Plurals that stand for an unstated number, with the value a count of them is read as: "hundreds" → 200.</summary>
    public static readonly FrozenDictionary<string, double> Vague = Kind("vague");

    /// <summary>Positions: "third" → 3, "2nd" → 2.</summary>
    public static readonly FrozenDictionary<string, double> Ordinals = Kind("ordinal");

    /// <summary>Loose counts of a time phrase: "couple" → 2, "a" → 1.</summary>
    public static readonly FrozenDictionary<string, double> Loose = Kind("loose");

    /// <summary>Words for an unstated number of units: "several", "many".</summary>
    public static readonly FrozenSet<string> Indefinite = Kind("indefinite").Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, double> Kind(string kind)
    {
        var words = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in s_rows)
        {
            if (row[2] == kind)
            {
                double value = row[1].Length == 0 ? double.NaN : double.Parse(row[1], NumberStyles.Float, CultureInfo.InvariantCulture);
                if (!words.TryAdd(row[0], value))
                {
                    throw new InvalidDataException($"language data 'numbers': '{row[0]}' is listed twice as {kind}");
                }
            }
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
