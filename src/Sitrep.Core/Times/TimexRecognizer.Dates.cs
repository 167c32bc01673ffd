using System.Globalization;
using Sitrep.Core.Annotations;

namespace Sitrep.Core.Times;

/// <summary>Rules for calendar expressions: dates, months, years, decades, weekdays, quarters, seasons, "last week".</summary>
internal sealed partial class TimexRecognizer
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void TryDates(int i)
    {
        int k = i;
        for (int guard = 0; guard < 5 && Has(k); guard++)
        {
            DateCores(i, k);
            if (Is(k, "the") || Is(k, "early", "late", "mid") || Is(k, "earlier", "later") || Is(k, "fiscal") || Is(k, "fy")
                || Is(k, "year") && Is(k - 1, "fiscal") && YearAt(k + 1) > 0
                || Is(k, "this") && Is(k + 1, "coming", "past"))
            {
                k++;
            }
            else if (Is(k, "end", "beginning", "start") && Is(k + 1, "of") || Is(k, "middle") && Is(k + 1, "of"))
            {
                k += 2;
            }
            else
            {
                break;
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void DateCores(int start, int k)
    {
        bool onlyThe = k == start + 1 && Is(start, "the");
        bool relPrefix = start < k && Is(start, "earlier", "later");
        var cls = _p[k].Class;
        if ((onlyThe && cls is WordClass.Month or WordClass.Weekday or WordClass.DayRef) || (relPrefix && cls is WordClass.Weekday or WordClass.DayRef)
            || (onlyThe && _p[k].Is(PieceFlags.Digits) && !_p[k].Is(PieceFlags.Decade) && !Is(k + 1, "period")))
        {
            return;
        }

        switch (cls)
        {
            case WordClass.Month:
                Calendar(start, k);
                break;
            case WordClass.Weekday:
                Weekday(start, k, 0, false);
                break;
            case WordClass.DayRef:
                DayRef(start, k);
                break;
            case WordClass.Season:
                Season(start, k, 0, false);
                break;
            case WordClass.Ordinal:
                OrdinalPeriod(start, k);
                break;
            case WordClass.Unit:
                UnitAlone(start, k);
                break;
            default:
                break;
        }

        if (_p[k].Is(PieceFlags.Digits))
        {
            DigitsCore(start, k);
        }
        else if (_p[k].Is(PieceFlags.OtherNumber))
        {
            NumericDate(start, k);
        }
        else if (_p[k].Is(PieceFlags.Word))
        {
            ShiftCore(start, k);
        }
    }

    // "August 27", "Aug. 27, 2025", "May 2024", "October", "June of 1998"
    private void Calendar(int start, int k)
    {
        int month = _p[k].Value;
        int j = k + 1;
        int day = DayAt(j);
        if (day > 0 && !Is(j + 1, "%") && UnitAt(j + 1) == TimeUnit.None)
        {
            j++;
            int y = Comma(j) ? YearAt(j + 1) : YearAt(j);
            if (y > 0)
            {
                Consider(start, Comma(j) ? j + 2 : j + 1, TimexType.Date, new TimexSpec(SpecKind.Calendar, Year: y, Month: month, Day: day));
                return;
            }

            Consider(start, j, TimexType.Date, new TimexSpec(SpecKind.Calendar, Month: month, Day: day));
            return;
        }

        int year = YearAt(j);
        if (year < 0 && Is(j, "of") && YearAt(j + 1) > 0)
        {
            year = YearAt(j + 1);
            j++;
        }

        if (year > 0)
        {
            Consider(start, j + 1, TimexType.Date, new TimexSpec(SpecKind.Calendar, Year: year, Month: month));
            return;
        }

        if (Is(j, "last", "this", "next") && Is(j + 1, "year"))
        {
            int off = Is(j, "last") ? -1 : Is(j, "next") ? 1 : 0;
            Consider(start, j + 2, TimexType.Date, new TimexSpec(SpecKind.Calendar, Month: month, Offset: off, Code: 1));
            return;
        }

        if (month == 5 && !MayIsMonth(k))
        {
            return;
        }

        Consider(start, k + 1, TimexType.Date, new TimexSpec(SpecKind.Calendar, Month: month));
    }

    // "May" the month, not the modal: after a preposition or a date word, or before a day or year.
    private bool MayIsMonth(int k)
    {
        if (Has(k + 1) && (_p[k + 1].Is(PieceFlags.Digits) || Comma(k + 1) && !Has(k + 2)))
        {
            return true;
        }

        return Is(k - 1, "in", "since", "until") || Is(k - 1, "of", "by", "early") || Is(k - 1, "late", "mid", "last") || Is(k - 1, "next", "this", "from")
            || Is(k - 1, "through", "during", "before") || Is(k - 1, "after", "end", "and") || Is(k - 1, "to", "till", "between")
            || !Has(k + 1) || _p[k + 1].Is(PieceFlags.Punct);
    }

    // "27 August 2025", "1998", "1990s", "the 1990s"
    private void DigitsCore(int start, int k)
    {
        ref readonly var p = ref _p[k];
        if (p.Is(PieceFlags.Decade))
        {
            if (p.Number is >= 1000 and <= 2990 && p.Number % 10 == 0)
            {
                Consider(start, k + 1, TimexType.Date, TimexSpec.Of((p.Number / 10).ToString(CultureInfo.InvariantCulture)));
            }

            return;
        }

        int day = DayAt(k);
        if (day > 0 && Cls(k + 1, WordClass.Month))
        {
            int month = _p[k + 1].Value;
            int y = YearAt(k + 2);
            Consider(start, y > 0 ? k + 3 : k + 2, TimexType.Date, new TimexSpec(SpecKind.Calendar, Year: Math.Max(y, 0), Month: month, Day: day));
            return;
        }

        int year = YearAt(k);
        if (year > 0 && YearLooksLikeYear(start, k, year))
        {
            int end = k + 1;
            if (Cls(end, WordClass.Ordinal) && UnitAt(end + 1) is TimeUnit.Quarter or TimeUnit.Half)
            {
                int q = _p[end].Value;
                var unit = UnitAt(end + 1);
                if (q >= 1 && q <= (unit == TimeUnit.Quarter ? 4 : 2))
                {
                    Consider(start, end + 2, TimexType.Date, new TimexSpec(unit == TimeUnit.Quarter ? SpecKind.Quarter : SpecKind.Half, Year: year, Code: q));
                    return;
                }
            }

            if (Is(end, "period", "quarter") && start < k)
            {
                Consider(start, end + 1, TimexType.Date, new TimexSpec(SpecKind.ContextQuarter, Year: year));
                return;
            }

            Consider(start, end, TimexType.Date, TimexSpec.Of(year.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private bool YearLooksLikeYear(int start, int k, int year)
    {
        if (start < k)
        {
            return true;
        }

        if (Is(k - 1, "$") || Is(k - 1, "about", "some", "nearly") || Is(k - 1, "than", "almost", "over") || Is(k - 1, "least", "approximately", "around"))
        {
            return false;
        }

        if (Has(k + 1) && (Is(k + 1, "%", "percent") || UnitAt(k + 1) != TimeUnit.None))
        {
            return false;
        }

        if (Is(k - 1, "in", "since", "of") || Is(k - 1, "by", "until", "before") || Is(k - 1, "after", "from", "to") || Is(k - 1, "during", "through", "fiscal")
            || Cls(k - 1, WordClass.Month))
        {
            return true;
        }

        if (year is < 1900 or > 2040)
        {
            return false;
        }

        return !(Has(k + 1) && _p[k + 1].Is(PieceFlags.Word) && !_p[k + 1].Is(PieceFlags.Upper) && IsCountNoun(k + 1));
    }

    private bool IsCountNoun(int i)
    {
        var w = W(i);
        return w.Length > 3 && w[^1] == 's' && !Eq(w, "was") && !Eq(w, "has") && !Eq(w, "levels") && !Eq(w, "results") && !Eq(w, "sales")
            && !Eq(w, "earnings") && !Eq(w, "figures") && !Eq(w, "elections") && !Eq(w, "profits") && !Eq(w, "games");
    }

    // "1990-08-15", "6/2/2024", "9/11"
    private void NumericDate(int start, int k)
    {
        var w = W(k);
        if (DateOnly.TryParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            Consider(start, k + 1, TimexType.Date, new TimexSpec(SpecKind.Calendar, Year: iso.Year, Month: iso.Month, Day: iso.Day));
            return;
        }

        if (w.Equals("9/11", StringComparison.Ordinal))
        {
            Consider(start, k + 1, TimexType.Date, TimexSpec.Of("2001-09-11"));
            return;
        }

        Span<Range> parts = stackalloc Range[4];
        if (w.Split(parts, '/') == 3
            && int.TryParse(w[parts[0]], NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            && int.TryParse(w[parts[1]], NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            && int.TryParse(w[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            && m is >= 1 and <= 12 && d is >= 1 and <= 31 && (w[parts[2]].Length is 2 or 4))
        {
            y = y < 100 ? (y < 50 ? 2000 + y : 1900 + y) : y;
            Consider(start, k + 1, TimexType.Date, new TimexSpec(SpecKind.Calendar, Year: y, Month: m, Day: d));
        }
    }

    // "the third quarter", "third-quarter", "the first half of 1989", "the first nine months"
    private void OrdinalPeriod(int start, int k)
    {
        int n = _p[k].Value;
        int j = k + 1;
        if (Is(j, "fiscal"))
        {
            j++;
        }

        var unit = UnitAt(j);
        if (unit is TimeUnit.Quarter or TimeUnit.Half && !_p[j].Plural)
        {
            if (n > (unit == TimeUnit.Quarter ? 4 : 2) || (_p[j].HyphenBefore && start < k && Is(start, "the", "a")))
            {
                return;
            }

            int end = j + 1;
            int y = 0;
            if (Is(end, "of") && YearAt(end + 1) > 0)
            {
                y = YearAt(end + 1);
                end += 2;
            }
            else if (Is(end, "of") && Is(end + 1, "fiscal") && YearAt(end + 2) > 0)
            {
                y = YearAt(end + 2);
                end += 3;
            }
            else if (YearAt(end) > 0 && !_p[end].HyphenBefore)
            {
                y = YearAt(end);
                end++;
            }
            else if (Is(end, "of") && ShiftOffset(end + 1) is int off and not int.MinValue && Is(end + 2, "year") && !Is(end + 1, "past", "coming"))
            {
                // "the first quarter of last year"
                Consider(start, end + 3, TimexType.Date, new TimexSpec(unit == TimeUnit.Quarter ? SpecKind.Quarter : SpecKind.Half, Code: n, Shifted: true, Offset: off, Month: 1));
                return;
            }

            var spec = new TimexSpec(unit == TimeUnit.Quarter ? SpecKind.Quarter : SpecKind.Half, Year: y, Code: n);
            if (y == 0 && start == k && YearReferenceBefore(k, out int from, out int offset, out bool ofAnchor))
            {
                Consider(from, end, TimexType.Date, spec with { Shifted = true, Offset = offset, Month = ofAnchor ? 1 : 0 });
                _best = _best with { Start = from };
                return;
            }

            Consider(start, end, TimexType.Date, spec);
            return;
        }

        // "the first nine months", "the first six months of 1989"
        if (n == 1 && ReadCount(j, out string count) > 0)
        {
            int u = ReadCount(j, out _);
            var unit2 = UnitAt(u);
            if (unit2 is TimeUnit.Month or TimeUnit.Week or TimeUnit.Day or TimeUnit.Year && count != "X")
            {
                Consider(start, u + 1, TimexType.Duration, TimexSpec.Of(TimexValues.Duration(count, unit2)));
            }
        }
    }

    // "next year's first quarter", "the year-ago third quarter", "the comparable year-earlier fourth quarter"
    private bool YearReferenceBefore(int k, out int from, out int offset, out bool ofAnchor)
    {
        from = k;
        offset = 0;
        ofAnchor = false;
        if (Is(k - 1, "'s", "’s") && Is(k - 2, "year") && ShiftOffset(k - 3) is int off and not int.MinValue)
        {
            from = Is(k - 4, "the") ? k - 4 : k - 3;
            offset = off;
            ofAnchor = true;
            return true;
        }

        if (Is(k - 1, "ago", "earlier") && Has(k - 1) && _p[k - 1].HyphenBefore && Is(k - 2, "year"))
        {
            from = k - 2;
            if (Is(from - 1, "comparable", "corresponding"))
            {
                from--;
            }

            if (Is(from - 1, "the"))
            {
                from--;
            }

            offset = -1;
            return true;
        }

        return false;
    }

    // "the quarter", "the latest quarter", "the year-earlier period", "the weekend"
    private void UnitAlone(int start, int k)
    {
        var unit = UnitAt(k);
        bool the = start < k && Is(k - 1, "the");
        if (unit == TimeUnit.Quarter && !_p[k].Plural && the)
        {
            Consider(start, k + 1, TimexType.Date, new TimexSpec(SpecKind.ContextQuarter));
        }
        else if (unit == TimeUnit.Day && !_p[k].Plural && the && start == k - 1 && Is(k - 2, "on", "for", "during"))
        {
            // "shares rose 5% on the day"
            Consider(start, k + 1, TimexType.Date, new TimexSpec(SpecKind.Relative, Unit: TimeUnit.Day));
        }
        else if (unit == TimeUnit.Weekend && !_p[k].Plural && the)
        {
            Consider(start, k + 1, TimexType.Date, new TimexSpec(SpecKind.Relative, Unit: TimeUnit.Weekend));
        }
        else if (unit == TimeUnit.Year && !_p[k].Plural && start == k && (Is(k + 1, "end") || Is(k + 1, "'s", "’s") && Is(k + 2, "end")))
        {
            // "year-end", "year end", "year's end"
            Consider(start, Is(k + 1, "end") ? k + 2 : k + 3, TimexType.Date, new TimexSpec(SpecKind.Relative, Unit: TimeUnit.Year));
        }
        else if (unit is TimeUnit.Year or TimeUnit.Month && !_p[k].Plural && the && start < k - 1 && Is(k - 2, "of"))
        {
            // "the end of the year", "the middle of the month"
            Consider(start, k + 1, TimexType.Date, new TimexSpec(SpecKind.Relative, Unit: unit));
        }
        else if (unit == TimeUnit.Year && Has(k + 1) && _p[k + 1].HyphenBefore && Is(k + 1, "earlier", "ago"))
        {
            // "year-earlier", "the year-ago quarter", "the year-earlier period"
            int end = k + 2;
            if (Is(end, "quarter", "period"))
            {
                end++;
            }
            else if (start < k)
            {
                return;
            }

            Consider(start, end, TimexType.Date, new TimexSpec(SpecKind.YearBefore));
        }
    }
}
