using Sitrep.Core.Annotations;

namespace Sitrep.Core.Times;

/// <summary>Rules for expressions opened by "last", "next", "this", "past", "coming", "latest"…</summary>
internal sealed partial class TimexRecognizer
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int ShiftOffset(int k)
    {
        var w = W(k);
        if (Eq(w, "last") || Eq(w, "previous") || Eq(w, "prior") || Eq(w, "past") || Eq(w, "preceding"))
        {
            return -1;
        }

        if (Eq(w, "next") || Eq(w, "coming") || Eq(w, "following") || Eq(w, "upcoming"))
        {
            return 1;
        }

        return Eq(w, "this") || Eq(w, "current") ? 0 : int.MinValue;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private void ShiftCore(int start, int k)
    {
        if (Is(k, "latest") || Is(k, "most") && Is(k + 1, "recent"))
        {
            int j = Is(k, "latest") ? k + 1 : k + 2;
            if (Is(j, "fiscal"))
            {
                j++;
            }

            if (Is(j, "quarter", "period"))
            {
                Consider(start, j + 1, TimexType.Date, new TimexSpec(SpecKind.ContextQuarter, Shifted: true));
            }

            return;
        }

        int offset = ShiftOffset(k);
        if (offset == int.MinValue)
        {
            return;
        }

        if (start < k && Is(start, "earlier", "later") && Has(k + 1) && UnitAt(k + 1) == TimeUnit.Week)
        {
            return;
        }

        bool the = start < k && Is(k - 1, "the");
        bool past = Is(k, "past");
        int at = k + 1;
        if (Is(at, "fiscal"))
        {
            at++;
        }

        switch (Has(at) ? _p[at].Class : WordClass.None)
        {
            case WordClass.Weekday:
                Weekday(start, at, offset, true);
                return;
            case WordClass.Month:
                if (DayAt(at + 1) < 0 && YearAt(at + 1) < 0)
                {
                    Consider(start, at + 1, TimexType.Date, new TimexSpec(SpecKind.Calendar, Month: _p[at].Value, Offset: offset, Shifted: true));
                }

                return;
            case WordClass.Season:
                Season(start, at, offset, true);
                return;
            case WordClass.PartOfDay when offset <= 0 && !the:
                var code = TimeLexicon.PartOfDayCode[_p[at].Value];
                int day = offset < 0 && _p[at].Value == 3 ? -1 : offset < 0 ? -99 : 0;
                if (day != -99)
                {
                    Consider(start, at + 1, TimexType.Time, new TimexSpec(SpecKind.Relative, Unit: TimeUnit.Day, Offset: day, Suffix: "T" + code));
                }

                return;
            case WordClass.Unit:
                ShiftUnit(start, k, at, offset, the, past);
                return;
            default:
                break;
        }

        // "the past three months", "the next two years", "the last twenty four hours", "the past few weeks"
        int u = ReadCount(at, out string count);
        if (u > 0 && offset != 0 && UnitAt(u) is var unit and not TimeUnit.None && (_p[u].Plural || count == "1"))
        {
            Consider(start, u + 1, TimexType.Duration, TimexSpec.Of(TimexValues.Duration(count, unit)));
        }
    }

    private void ShiftUnit(int start, int k, int at, int offset, bool the, bool past)
    {
        var unit = UnitAt(at);
        if (_p[at].HyphenBefore)
        {
            return; // "last-minute", "next-day": adjectives
        }

        if (_p[at].Plural)
        {
            // "the coming days", "coming weeks" -> FUTURE_REF; "the past weeks" -> a vague duration
            if (offset > 0 && Is(k, "coming", "upcoming"))
            {
                Consider(start, at + 1, TimexType.Date, TimexSpec.Of("FUTURE_REF"));
            }
            else if (offset < 0)
            {
                Consider(start, at + 1, TimexType.Duration, TimexSpec.Of(TimexValues.Duration("X", unit)));
            }

            return;
        }

        if (unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second || (past && offset < 0) || (the && offset != 0 && Is(k, "last", "next") && unit is TimeUnit.Decade or TimeUnit.Century))
        {
            Consider(start, at + 1, TimexType.Duration, TimexSpec.Of(TimexValues.Duration("1", unit)));
            return;
        }

        if (unit == TimeUnit.Half)
        {
            return;
        }

        if (the && offset != 0 && !Is(k, "last", "next") && !Is(k, "previous", "prior") && unit != TimeUnit.Quarter)
        {
            return; // "the following year": narrative, anchored on another date
        }

        Consider(start, at + 1, TimexType.Date, new TimexSpec(SpecKind.Relative, Unit: unit, Offset: offset));
    }
}
