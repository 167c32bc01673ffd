using Sitrep.Core.Annotations;

namespace Sitrep.Core.Times;

/// <summary>Rules for weekdays, deictic days ("today", "tonight") and seasons.</summary>
internal sealed partial class TimexRecognizer
{
    // "Friday", "Friday, Aug. 2, 1990", "Friday morning", "last Friday night"
    private void Weekday(int start, int k, int shift, bool shifted)
    {
        int dow = _p[k].Value;
        int j = k + 1;
        if (Has(j) && _p[j].Is(PieceFlags.Upper) && _p[j].Is(PieceFlags.Word) && _p[j].Class == WordClass.None && Same(k, j))
        {
            return; // "Sunday Times", "Monday Night Football": a name
        }

        if (!shifted)
        {
            int c = Comma(j) ? j + 1 : j;
            if (Cls(c, WordClass.Month) && Same(k, c))
            {
                var saved = _best;
                _best = default;
                Calendar(start, c);
                var cal = _best;
                _best = saved;
                if (cal.End > c + 1 && cal.Spec.Day > 0)
                {
                    Consider(start, cal.End, TimexType.Date, cal.Spec with { Code = 10 + dow });
                    return;
                }
            }
        }

        var spec = new TimexSpec(SpecKind.Weekday, Code: dow, Offset: shift, Shifted: shifted);
        if (Cls(j, WordClass.PartOfDay))
        {
            Consider(start, j + 1, TimexType.Time, spec with { Suffix = "T" + TimeLexicon.PartOfDayCode[_p[j].Value] });
            return;
        }

        Consider(start, j, TimexType.Date, spec);
    }

    // "today", "yesterday morning", "tonight"
    private void DayRef(int start, int k)
    {
        int v = _p[k].Value;
        if (v == 100)
        {
            Consider(start, k + 1, TimexType.Time, new TimexSpec(SpecKind.Relative, Unit: TimeUnit.Day, Suffix: "TNI"));
            return;
        }

        var spec = new TimexSpec(SpecKind.Relative, Unit: TimeUnit.Day, Offset: v);
        if (Cls(k + 1, WordClass.PartOfDay))
        {
            Consider(start, k + 2, TimexType.Time, spec with { Suffix = "T" + TimeLexicon.PartOfDayCode[_p[k + 1].Value] });
            return;
        }

        Consider(start, k + 1, TimexType.Date, spec);
    }

    // "summer", "the summer of 1998", "last fall"
    private void Season(int start, int k, int shift, bool shifted)
    {
        int code = _p[k].Value;
        int j = k + 1;
        int y = YearAt(j);
        if (y < 0 && Is(j, "of") && YearAt(j + 1) > 0)
        {
            y = YearAt(j + 1);
            j++;
        }

        if (y > 0)
        {
            Consider(start, j + 1, TimexType.Date, new TimexSpec(SpecKind.Season, Year: y, Code: code));
            return;
        }

        if (!shifted && start == k && !Is(k - 1, "in", "the", "this") && !Is(k - 1, "next", "last", "since"))
        {
            return; // a bare "fall" is mostly a verb
        }

        Consider(start, j, TimexType.Date, new TimexSpec(SpecKind.Season, Code: code, Offset: shift, Shifted: shifted));
    }
}
