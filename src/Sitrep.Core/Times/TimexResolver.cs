using System.Globalization;

namespace Sitrep.Core.Times;

/// <summary>
/// Turns <see cref="TimexSpec"/>s into TIMEX3 values against the anchor (the publication date) and the sentence's
/// direction. One resolver per document: it remembers the quarter the text last named ("the quarter", "a year earlier").
/// </summary>
internal sealed class TimexResolver(DateOnly? anchor)
{
    private int _quarterYear;
    private int _quarter;

    /// <summary>True when the last resolved value depended on the anchor.</summary>
    public bool UsedAnchor { get; private set; }

    public string Resolve(TimexSpec s, Direction dir)
    {
        UsedAnchor = false;
        string value = ResolveCore(s, dir);

        // A time of day belongs to a date: with no date to put it on ("tomorrow night" and no anchor) the value stays
        // the bare reference ("FUTURE_REF"), never "FUTURE_REFTNI".
        return s.Suffix is null || value.EndsWith("_REF", StringComparison.Ordinal) ? value : value + s.Suffix;
    }

    private string ResolveCore(TimexSpec s, Direction dir)
    {
        switch (s.Kind)
        {
            case SpecKind.Literal:
                UsedAnchor = anchor is not null && s.Literal is not null && s.Literal.EndsWith("_REF", StringComparison.Ordinal);
                return s.Literal ?? "";
            case SpecKind.Calendar:
                return Calendar(s, dir);
            case SpecKind.Weekday:
                return Weekday(s, dir);
            case SpecKind.Relative when s.Unit == TimeUnit.Weekend && s.Offset == 0 && anchor is { } wa:
                // "the weekend": the one under way, else the coming one in the future tense, else the one just past
                UsedAnchor = true;
                return TimexValues.Week(wa.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || dir == Direction.Future ? wa : wa.AddDays(-7)) + "-WE";
            case SpecKind.Relative:
                return Relative(s);
            case SpecKind.Quarter:
            {
                int y = s.Year > 0 ? s.Year : s.Shifted && s.Month == 1 && anchor is { } a0 ? a0.Year + s.Offset : PeriodYear(s.Code, 4, dir) + (s.Shifted ? s.Offset : 0);
                Remember(y, s.Code);
                return y > 0 ? TimexValues.Year(y) + "-Q" + Num(s.Code) : "XXXX-Q" + Num(s.Code);
            }

            case SpecKind.Half:
            {
                int y = s.Year > 0 ? s.Year : PeriodYear(s.Code, 2, dir);
                return y > 0 ? TimexValues.Year(y) + "-H" + Num(s.Code) : "XXXX-H" + Num(s.Code);
            }

            case SpecKind.Season:
                return Season(s, dir);
            case SpecKind.ContextQuarter when s.Year > 0:
                return _quarter > 0 ? TimexValues.Year(s.Year) + "-Q" + Num(_quarter) : TimexValues.Year(s.Year);
            case SpecKind.ContextQuarter:
                if (_quarter > 0 && !s.Shifted)
                {
                    return TimexValues.Year(_quarterYear) + "-Q" + Num(_quarter);
                }

                if (anchor is { } a)
                {
                    UsedAnchor = true;
                    var prev = a.AddMonths(-3);
                    Remember(prev.Year, TimexValues.QuarterOf(prev));
                    return TimexValues.Year(prev.Year) + "-Q" + Num(TimexValues.QuarterOf(prev));
                }

                return "XXXX-QX";
            case SpecKind.YearBefore:
                if (_quarter > 0)
                {
                    return TimexValues.Year(_quarterYear - 1) + "-Q" + Num(_quarter);
                }

                return Relative(new TimexSpec(SpecKind.Relative, Unit: TimeUnit.Year, Offset: -1));
            default:
                return "";
        }
    }

    private void Remember(int year, int quarter)
    {
        if (year > 0)
        {
            _quarterYear = year;
            _quarter = quarter;
        }
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    // The year of quarter/half number `code` when no year is said: the anchor's, or the year before when that
    // period has not begun yet and the sentence is not about the future.
    private int PeriodYear(int code, int perYear, Direction dir)
    {
        if (anchor is not { } a)
        {
            return 0;
        }

        UsedAnchor = true;
        int current = perYear == 4 ? TimexValues.QuarterOf(a) : (a.Month <= 6 ? 1 : 2);
        return code > current && dir != Direction.Future ? a.Year - 1 : a.Year;
    }

    private string Calendar(TimexSpec s, Direction dir)
    {
        int y = s.Year;
        if (y == 0 && anchor is { } a)
        {
            UsedAnchor = true;
            y = a.Year;
            int here = a.Month * 100 + a.Day;
            int there = s.Month * 100 + (s.Day > 0 ? s.Day : 0);
            int anchorKey = s.Day > 0 ? here : a.Month * 100;
            if (s.Code == 1)
            {
                y += s.Offset; // "June last year"
            }
            else if (s.Code >= 10 && s.Day > 0)
            {
                y = YearWithWeekday(a.Year, s.Month, s.Day, (DayOfWeek)(s.Code - 10));
            }
            else if (s.Shifted)
            {
                // "last April" is before the anchor's month, "next April" after it; "this April" in the anchor's year
                y += s.Offset < 0 ? (there >= anchorKey ? -1 : 0) : s.Offset > 0 ? (there <= anchorKey ? 1 : 0) : 0;
            }
            else if (dir == Direction.Past && there > anchorKey && (s.Day == 0 || there - anchorKey > 100))
            {
                y--;
            }
            else if (dir == Direction.Future && there < anchorKey)
            {
                y++;
            }
            else if (dir == Direction.None && Math.Abs(s.Month - a.Month) > 6)
            {
                y += s.Month > a.Month ? -1 : 1;
            }
        }

        string year = y > 0 ? TimexValues.Year(y) : "XXXX";
        if (s.Month == 0)
        {
            return year;
        }

        string month = year + "-" + s.Month.ToString("00", CultureInfo.InvariantCulture);
        if (s.Day <= 0)
        {
            return month;
        }

        int day = y > 0 ? Math.Min(s.Day, DateTime.DaysInMonth(y, s.Month)) : s.Day;
        return month + "-" + day.ToString("00", CultureInfo.InvariantCulture);
    }

    // "Saturday, April 25": the year, near the anchor's, in which that date falls on that weekday
    private static int YearWithWeekday(int year, int month, int day, DayOfWeek weekday)
    {
        foreach (int y in (ReadOnlySpan<int>)[year, year - 1, year + 1])
        {
            if (day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day).DayOfWeek == weekday)
            {
                return y;
            }
        }

        return year;
    }

    private string Weekday(TimexSpec s, Direction dir)
    {
        if (anchor is not { } a)
        {
            return "XXXX-WXX-" + (s.Code == 0 ? 7 : s.Code).ToString(CultureInfo.InvariantCulture);
        }

        UsedAnchor = true;
        int back = ((int)a.DayOfWeek - s.Code + 7) % 7;
        int ahead = (s.Code - (int)a.DayOfWeek + 7) % 7;
        int delta;
        if (s.Shifted && s.Offset < 0)
        {
            delta = back == 0 ? -7 : -back;
        }
        else if (s.Shifted && s.Offset > 0)
        {
            delta = ahead == 0 ? 7 : ahead;
        }
        else if (s.Shifted)
        {
            delta = back <= ahead ? -back : ahead;
        }
        else
        {
            delta = dir == Direction.Future ? ahead : -back;
        }

        return TimexValues.Date(a.AddDays(delta));
    }

    private string Relative(TimexSpec s)
    {
        if (anchor is not { } a)
        {
            return s.Offset switch { < 0 => "PAST_REF", > 0 => "FUTURE_REF", _ => "PRESENT_REF" };
        }

        UsedAnchor = true;
        int n = s.Offset;

        // An offset that leaves the calendar's years 1–9999 ("2051 years ago" would be year -27) is only a reference to
        // the past or the future (found by fuzzing), as it is with no anchor; one year is kept spare for day arithmetic.
        long years = s.Unit switch
        {
            TimeUnit.Day => n / 365,
            TimeUnit.Week or TimeUnit.Weekend => n * 7L / 365,
            TimeUnit.Month => n / 12,
            TimeUnit.Quarter => n / 4,
            TimeUnit.Year => n,
            TimeUnit.Decade => n * 10L,
            TimeUnit.Century => n * 100L,
            _ => 0,
        };
        if (a.Year + years is <= 1 or >= 9999)
        {
            return n < 0 ? "PAST_REF" : "FUTURE_REF";
        }

        switch (s.Unit)
        {
            case TimeUnit.Day:
                return TimexValues.Date(a.AddDays(n));
            case TimeUnit.Week:
                return TimexValues.Week(a.AddDays(7 * n));
            case TimeUnit.Weekend:
                return TimexValues.Week(a.AddDays(7 * n)) + "-WE";
            case TimeUnit.Month:
                var m = a.AddMonths(n);
                return TimexValues.Month(m.Year, m.Month);
            case TimeUnit.Quarter:
                var q = a.AddMonths(3 * n);
                Remember(q.Year, TimexValues.QuarterOf(q));
                return TimexValues.Year(q.Year) + "-Q" + Num(TimexValues.QuarterOf(q));
            case TimeUnit.Year:
                return TimexValues.Year(a.Year + n);
            case TimeUnit.Decade:
                return Num(a.Year / 10 + n);
            case TimeUnit.Century:
                return Num(a.Year / 100 + n);
            default:
                return TimexValues.Date(a);
        }
    }

    private string Season(TimexSpec s, Direction dir)
    {
        string code = TimeLexicon.SeasonCode[s.Code];
        if (s.Year > 0)
        {
            return TimexValues.Year(s.Year) + "-" + code;
        }

        if (anchor is not { } a)
        {
            return "XXXX-" + code;
        }

        UsedAnchor = true;
        int current = a.Month switch { >= 3 and <= 5 => 0, >= 6 and <= 8 => 1, >= 9 and <= 11 => 2, _ => 3 };
        int year = a.Month <= 2 ? a.Year - 1 : a.Year;
        if (s.Shifted && s.Offset < 0)
        {
            year += s.Code < current ? 0 : -1;
        }
        else if (s.Shifted && s.Offset > 0)
        {
            year += s.Code > current ? 0 : 1;
        }
        else if (!s.Shifted && dir == Direction.Past && s.Code > current)
        {
            year--;
        }
        else if (!s.Shifted && dir == Direction.Future && s.Code < current)
        {
            year++;
        }

        return TimexValues.Year(year) + "-" + code;
    }
}
