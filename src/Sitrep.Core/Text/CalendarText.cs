using System.Collections.Frozen;
using System.Globalization;

namespace Sitrep.Core.Text;

/// <summary>Month and weekday names and the parsing of fully stated dates ("June 2, 2024", "2 June 2024", "2024-06-02").</summary>
public static class CalendarText
{
    private static readonly FrozenDictionary<string, int> s_months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DayOfWeek> s_weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday,
        ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_monthLookup = s_months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> s_weekdayLookup = s_weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The month number of a month name or abbreviation (a trailing period allowed), else 0.</summary>
    public static int Month(ReadOnlySpan<char> word)
    {
        if (word.EndsWith('.'))
        {
            word = word[..^1];
        }

        return s_monthLookup.TryGetValue(word, out int m) ? m : 0;
    }

    /// <summary>The weekday of a weekday name or abbreviation, else null.</summary>
    public static DayOfWeek? Weekday(ReadOnlySpan<char> word)
    {
        if (word.EndsWith('.'))
        {
            word = word[..^1];
        }

        return s_weekdayLookup.TryGetValue(word, out var d) ? d : null;
    }

    /// <summary>Parses a date stated in full: "June 2, 2024", "Jun. 2 2024", "2 June 2024", "2024-06-02", optionally after a weekday.</summary>
    public static bool TryParseFullDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        s = s.Trim().TrimEnd(".,;");
        if (s.Length is < 8 or > 40)
        {
            return false;
        }

        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        Span<Range> parts = stackalloc Range[6];
        int count = s.SplitAny(parts, " ,", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int k = 0;
        if (count == 4 && Weekday(s[parts[0]]) is not null)
        {
            k = 1;
        }

        if (count - k != 3)
        {
            return false;
        }

        var a = s[parts[k]];
        var b = s[parts[k + 1]];
        var c = s[parts[k + 2]];
        int month, day;
        if ((month = Month(a)) > 0 && TryDay(b, out day))
        {
            // June 2, 2024
        }
        else if (TryDay(a, out day) && (month = Month(b)) > 0)
        {
            // 2 June 2024
        }
        else
        {
            return false;
        }

        if (!int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year is < 1000 or > 2999)
        {
            return false;
        }

        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDay(ReadOnlySpan<char> s, out int day)
    {
        if (s.Length > 2 && (s.EndsWith("st") || s.EndsWith("nd") || s.EndsWith("rd") || s.EndsWith("th")))
        {
            s = s[..^2];
        }

        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
    }
}
