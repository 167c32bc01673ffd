using Sitrep.Core.Documents;

namespace Sitrep.Core.Tokenization;

/// <summary>Scans numbers: "6,400", "6.4", "10:30", "9/11", "713-853-3989", "1990s", "3rd"; units split off ("10|km"), ranges split ("5|-|10").</summary>
internal static class NumberScanner
{
    public static (int End, TokenKind Kind) Scan(ReadOnlySpan<char> s, int i, int end)
    {
        int k = Digits(s, i, end);
        if (k + 1 < end && CharClasses.IsHyphen(s[k]) && CharClasses.IsDigit(s[k + 1]))
        {
            // Phone numbers and numeric dates stay whole ("713-853-3989", "345-9945", "11-20-2000"); ranges split ("5|-|10").
            int groups = 1, second = 0, g = k;
            while (g + 1 < end && CharClasses.IsHyphen(s[g]) && CharClasses.IsDigit(s[g + 1]))
            {
                int e = Digits(s, g + 1, end);
                second = groups == 1 ? e - g - 1 : second;
                groups++;
                g = e;
            }

            if (groups >= 3 || (second == 4 && k - i is 3 or 5))
            {
                return (g, TokenKind.Number);
            }

            return (k, TokenKind.Number);
        }

        while (k + 1 < end && s[k] is ',' or '.' or ':' or '/' && CharClasses.IsDigit(s[k + 1]))
        {
            k = Digits(s, k + 1, end);
        }

        // Decades with an apostrophe stay whole: "70's", "1990's".
        if (k + 1 < end && CharClasses.IsApostrophe(s[k]) && s[k + 1] == 's' && (k + 2 >= end || !CharClasses.IsWordChar(s[k + 2])) && k - i is 2 or 4 && s[k - 1] == '0')
        {
            return (k + 2, TokenKind.Number);
        }

        int m = k;
        while (m < end && CharClasses.IsLetter(s[m]))
        {
            m++;
        }

        if (m == k)
        {
            return (k, TokenKind.Number);
        }

        if (m < end && CharClasses.IsWordChar(s[m]))
        {
            // "4x4", "3D2": a code, one word.
            while (m < end && CharClasses.IsWordChar(s[m]))
            {
                m++;
            }

            return (m, TokenKind.Word);
        }

        var suffix = s[k..m];
        if (IsOrdinalOrPlural(suffix))
        {
            return (m, TokenKind.Number);
        }

        if (IsUnit(suffix) || s[i..k].ContainsAny(",.:/"))
        {
            return (k, TokenKind.Number);
        }

        return (m, TokenKind.Word); // "4G", "3143c"
    }

    private static int Digits(ReadOnlySpan<char> s, int k, int end)
    {
        while (k < end && CharClasses.IsDigit(s[k]))
        {
            k++;
        }

        return k;
    }

    private static bool IsOrdinalOrPlural(ReadOnlySpan<char> s) => s.Length switch
    {
        1 => s[0] == 's',
        2 => s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static bool IsUnit(ReadOnlySpan<char> s) =>
        s is "km" or "kg" or "m" or "cm" or "mm" or "mi" or "ft" or "lb" or "lbs" or "g" or "mg" or "ml" or "l" or "bn" or "mn" or "tn"
        or "pm" or "am" or "PM" or "AM" or "p" or "k" or "K" or "GB" or "MB" or "TB" or "kb" or "mph" or "kmh" or "min" or "mins" or "h" or "hr" or "hrs"
        or "yr" or "yrs" or "x" or "sec" or "secs" or "ms" or "kW" or "MW" or "GW" or "kWh" or "bbl" or "oz" or "in" or "st" or "yd" or "ha" or "sq" or "C" or "F";
}
