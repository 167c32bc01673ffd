using Sitrep.Core.Annotations;

namespace Sitrep.Core.Times;

/// <summary>Rules for durations, "ago" dates, vague references, sets and clock times.</summary>
internal sealed partial class TimexRecognizer
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void TrySpans(int i)
    {
        int k = i;
        for (int guard = 0; guard < 4 && Has(k); guard++)
        {
            SpanCores(i, k);
            int next = SkipApprox(k);
            if (next == k)
            {
                break;
            }

            k = next;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int SkipApprox(int k)
    {
        if (Is(k, "about", "nearly", "almost") || Is(k, "approximately", "roughly", "around") || Is(k, "the"))
        {
            return k + 1;
        }

        if (Is(k, "more", "less", "fewer") && Is(k + 1, "than") || Is(k, "at") && Is(k + 1, "least", "most") || Is(k, "up") && Is(k + 1, "to"))
        {
            return k + 2;
        }

        return k;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void SpanCores(int start, int k)
    {
        ref readonly var p = ref _p[k];
        if (p.Class == WordClass.Ref)
        {
            Reference(start, k);
        }
        else if (p.Class == WordClass.SetAdverb && start == k)
        {
            Consider(start, k + 1, TimexType.Set, TimexSpec.Of(TimexValues.Duration("1", (TimeUnit)p.Value)));
        }
        else if (p.Class == WordClass.Unit && p.Plural && start == k)
        {
            BarePlural(start, k);
        }

        if (Is(k, "these") && Is(k + 1, "days") && start == k)
        {
            Consider(start, k + 2, TimexType.Date, TimexSpec.Of("PRESENT_REF"));
        }

        if (Is(k, "every", "each", "per"))
        {
            Every(start, k);
        }

        if (Is(k, "the") && start == k)
        {
            TheRefs(start, k);
        }

        if (p.Is(PieceFlags.OtherNumber | PieceFlags.Digits) || Is(k, "noon", "midnight"))
        {
            Clock(start, k);
        }

        CountUnit(start, k);
    }

    // "now", "recently", "currently", "soon", "recent years"
    private void Reference(int start, int k)
    {
        var kind = (RefKind)_p[k].Value;
        string value = kind switch { RefKind.Past => "PAST_REF", RefKind.Future => "FUTURE_REF", _ => "PRESENT_REF" };
        if (Is(k, "recent") && Cls(k + 1, WordClass.Unit) && _p[k + 1].Plural)
        {
            Consider(start, k + 2, TimexType.Date, TimexSpec.Of("PAST_REF"));
            return;
        }

        if (Is(k, "recent", "current") && start < k)
        {
            return;
        }

        if (Is(k, "recent", "current"))
        {
            // adjectives count only before a time noun or standing alone ("the current quarter" is caught by another rule)
            if (Has(k + 1) && _p[k + 1].Is(PieceFlags.Word) && !Is(k + 1, "and", "or"))
            {
                return;
            }
        }

        Consider(start, k + 1, TimexType.Date, TimexSpec.Of(value));
    }

    // "the past", "the future", "the near future", "the present", "the days and weeks to come", "the months ahead"
    private void TheRefs(int start, int k)
    {
        int j = k + 1;
        if (Is(j, "near", "distant", "foreseeable"))
        {
            j++;
        }

        if (Is(j, "future"))
        {
            Consider(start, j + 1, TimexType.Date, TimexSpec.Of("FUTURE_REF"));
            return;
        }

        if (Is(j, "past") && j == k + 1 && !Cls(j + 1, WordClass.Unit) && ReadCount(j + 1, out _) < 0)
        {
            Consider(start, j + 1, TimexType.Date, TimexSpec.Of("PAST_REF"));
            return;
        }

        if (Is(j, "present") && j == k + 1 && !(Has(j + 1) && _p[j + 1].Is(PieceFlags.Word)))
        {
            Consider(start, j + 1, TimexType.Date, TimexSpec.Of("PRESENT_REF"));
            return;
        }

        if (Cls(j, WordClass.Unit) && _p[j].Plural)
        {
            int e = j + 1;
            if (Is(e, "and", "or") && Cls(e + 1, WordClass.Unit) && _p[e + 1].Plural)
            {
                e += 2;
            }

            if (Is(e, "to") && Is(e + 1, "come"))
            {
                Consider(start, e + 2, TimexType.Date, TimexSpec.Of("FUTURE_REF"));
            }
            else if (Is(e, "ahead"))
            {
                Consider(start, e + 1, TimexType.Date, TimexSpec.Of("FUTURE_REF"));
            }
        }
    }

    // "for years", "in months" -> a vague duration
    private void BarePlural(int start, int k)
    {
        var unit = UnitAt(k);
        if (Is(k - 1, "for", "within") && unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day or TimeUnit.Decade or TimeUnit.Hour)
        {
            Consider(start, k + 1, TimexType.Duration, TimexSpec.Of(TimexValues.Duration("X", unit)));
        }
    }

    // "every day", "each year", "per month", "every two weeks", "each Thursday"
    private void Every(int start, int k)
    {
        int j = k + 1;
        if (Cls(j, WordClass.Weekday) && !Is(k, "per"))
        {
            Consider(start, j + 1, TimexType.Set, TimexSpec.Of("XXXX-WXX-" + IsoDay(_p[j].Value)));
            return;
        }

        string count = "1";
        if (!Is(k, "per") && ReadCount(j, out string c) is int u && u > 0 && c != "X" && !Is(j, "a", "an"))
        {
            count = c;
            j = u;
        }

        var unit = UnitAt(j);
        if (unit != TimeUnit.None && (count != "1" || !_p[j].Plural))
        {
            Consider(start, j + 1, TimexType.Set, TimexSpec.Of(TimexValues.Duration(count, unit)));
        }
    }

    private static int IsoDay(int dayOfWeek) => dayOfWeek == 0 ? 7 : dayOfWeek;

    // "three days", "a five-year plan", "two weeks ago", "a year earlier", "six months later", "$5 a year"
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void CountUnit(int start, int k)
    {
        int u = ReadCount(k, out string count);
        if (u < 0 || u + 1 >= _p.Length && !Has(u))
        {
            return;
        }

        if (Is(u, "more", "additional", "full") && Cls(u + 1, WordClass.Unit))
        {
            u++;
        }

        bool hyphenated = false;
        if (Is(u, "-") && Cls(u + 1, WordClass.Unit) && _p[u].Start == _p[u - 1].End)
        {
            u++;
            hyphenated = true;
        }

        if (!Has(u))
        {
            return;
        }

        hyphenated |= _p[u].HyphenBefore;
        if (hyphenated && Is(start, "the", "a") && start < k)
        {
            return; // "the two-week": the article stays outside an adjectival duration
        }

        if (hyphenated && Is(u + 1, "old") && _p[u + 1].HyphenBefore)
        {
            return; // "a 6-year-old boy" is an age
        }

        if (_p[u].HyphenBefore && _p[u].Plural && UnitAt(u) == TimeUnit.Quarter)
        {
            return; // "three-quarters" is a fraction
        }

        var unit = UnitAt(u);
        if (unit is TimeUnit.None or TimeUnit.Half or TimeUnit.Weekend)
        {
            return;
        }

        if (unit == TimeUnit.Quarter && _p[k].Is(PieceFlags.Digits) && _p[k].Length == 4)
        {
            return; // "the 1988 quarter" is a date
        }

        bool single = Is(k, "a", "an");
        if (single && start == k && Has(k - 1) && !Is(u + 1, "ago", "earlier", "later") && (_p[k - 1].Is(PieceFlags.Digits) || Is(k - 1, "%", "percent") || Is(k - 1, "cents", "dollars", "times")))
        {
            Consider(start, u + 1, TimexType.Set, TimexSpec.Of(TimexValues.Duration("1", unit)));
            return;
        }

        int end = u + 1;
        if (Is(end, "ago") || Is(end, "earlier") || Is(end, "later") || Is(end, "from") && Is(end + 1, "now"))
        {
            int sign = Is(end, "later", "from") ? 1 : -1;
            int stop = Is(end, "from") ? end + 2 : end + 1;
            if (count == "X")
            {
                Consider(start, stop, TimexType.Date, TimexSpec.Of(sign < 0 ? "PAST_REF" : "FUTURE_REF"));
                return;
            }

            if (!int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
            {
                return;
            }

            if (n == 1 && unit == TimeUnit.Year && sign < 0)
            {
                Consider(start, stop, TimexType.Date, new TimexSpec(SpecKind.YearBefore));
                return;
            }

            if (unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
            {
                Consider(start, stop, TimexType.Date, TimexSpec.Of(sign < 0 ? "PAST_REF" : "FUTURE_REF"));
                return;
            }

            var rel = unit switch
            {
                TimeUnit.Decade => new TimexSpec(SpecKind.Relative, Unit: TimeUnit.Year, Offset: sign * n * 10),
                TimeUnit.Century => new TimexSpec(SpecKind.Relative, Unit: TimeUnit.Year, Offset: sign * n * 100),
                _ => new TimexSpec(SpecKind.Relative, Unit: unit, Offset: sign * n),
            };
            Consider(start, stop, TimexType.Date, rel);
            return;
        }

        if (count == "X" && start == k && !Is(k, "several", "few") && !Is(k, "a"))
        {
            return; // "some days", "many years": too vague to be worth the false hits
        }

        Consider(start, end, TimexType.Duration, TimexSpec.Of(TimexValues.Duration(count, unit)));
    }

    // "10:30 a.m.", "3 p.m. EDT Friday", "noon"
    private void Clock(int start, int k)
    {
        int hour, minute = 0;
        int j = k + 1;
        var w = W(k);
        if (Is(k, "noon"))
        {
            hour = 12;
        }
        else if (Is(k, "midnight"))
        {
            hour = 24;
        }
        else if (w.Length is 4 or 5 && w[^3] == ':' && int.TryParse(w[..^3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out hour)
            && int.TryParse(w[^2..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out minute) && hour <= 24 && minute < 60)
        {
            if (IsMeridiem(j))
            {
                // "20:49 p.m." is a 24-hour time with a needless marker: it keeps its hour (found by fuzzing: it gave T32:49)
                hour = hour is >= 1 and <= 12 ? Pm(j, hour) : hour;
                j++;
            }
        }
        else if (_p[k].Is(PieceFlags.Digits) && _p[k].Number is >= 1 and <= 12 && IsMeridiem(j))
        {
            hour = Pm(j, _p[k].Number);
            j++;
        }
        else
        {
            return;
        }

        string zone = "";
        if (IsZone(j))
        {
            zone = Is(j, "UTC", "GMT") ? "Z" : "";
            j++;
        }

        string suffix = "T" + hour.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ":" + minute.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + zone;
        int d = Comma(j) ? j + 1 : j;
        if (Has(d) && Same(k, d))
        {
            var saved = _best;
            _best = default;
            DateCores(d, d);
            var day = _best;
            _best = saved;
            if (day.End > d && day.Type == TimexType.Date && day.Spec.Kind is SpecKind.Calendar or SpecKind.Weekday or SpecKind.Relative && day.Spec.Suffix is null
                && (day.Spec.Kind != SpecKind.Relative || day.Spec.Unit == TimeUnit.Day) && (day.Spec.Kind != SpecKind.Calendar || day.Spec.Day > 0))
            {
                Consider(start, day.End, TimexType.Time, day.Spec with { Suffix = suffix });
                return;
            }
        }

        Consider(start, j, TimexType.Time, new TimexSpec(SpecKind.Relative, Unit: TimeUnit.Day, Suffix: suffix));
    }

    private bool IsMeridiem(int j) => Is(j, "a.m.", "p.m.") || Is(j, "am", "pm") || Is(j, "a.m", "p.m");

    private int Pm(int j, int hour) => W(j)[0] is 'p' or 'P' ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);

    private bool IsZone(int j) => Has(j) && _p[j].Length == 3 && _p[j].Is(PieceFlags.Upper)
        && (Is(j, "EDT", "EST", "GMT") || Is(j, "PDT", "PST", "CST") || Is(j, "CDT", "MDT", "MST") || Is(j, "UTC", "BST", "CET"));
}
