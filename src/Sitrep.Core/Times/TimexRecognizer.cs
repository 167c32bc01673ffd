using Sitrep.Core.Annotations;

namespace Sitrep.Core.Times;

/// <summary>
/// Finds time expressions in a row of <see cref="TimePiece"/>s. It scans left to right; at each piece every rule
/// that can start there is tried and the longest match wins. Rules trigger on lexicon classes (months, weekdays,
/// units, number words) and digits, so words that cannot start an expression cost one switch.
/// </summary>
internal sealed partial class TimexRecognizer
{
    private static readonly System.Buffers.SearchValues<char> s_decimal = System.Buffers.SearchValues.Create("0123456789.");

    private readonly string _text;
    private readonly TimePiece[] _p;
    private TimexMatch _best;

    private TimexRecognizer(string text, TimePiece[] pieces)
    {
        _text = text;
        _p = pieces;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static List<TimexMatch> Recognize(string text, TimePiece[] pieces, CancellationToken cancellationToken = default)
    {
        var r = new TimexRecognizer(text, pieces);
        var found = new List<TimexMatch>();
        int i = 0;
        while (i < pieces.Length)
        {
            if ((i & 1023) == 1023)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (r.TryAt(i))
            {
                // a match may reach back over earlier ones ("next year's first quarter"): it replaces them
                while (found.Count > 0 && found[^1].End > r._best.Start)
                {
                    found.RemoveAt(found.Count - 1);
                }

                found.Add(r._best);
                i = r._best.End;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool TryAt(int i)
    {
        ref readonly var p = ref _p[i];
        if (p.Is(PieceFlags.Punct))
        {
            return p.Length == 1 && _text[p.Start] == '\'' && i + 1 < _p.Length && _p[i + 1].Is(PieceFlags.Decade) && TryDecade(i);
        }

        if (p.Class == WordClass.None && !p.Is(PieceFlags.Digits | PieceFlags.OtherNumber))
        {
            return false;
        }

        if (p.Class == WordClass.Starter && !StarterCanOpen(i) || p.Class == WordClass.Number && !CountCanOpen(i)
            || p.Is(PieceFlags.Digits) && !p.Is(PieceFlags.Decade | PieceFlags.OrdinalDigits) && p.Length != 4 && !CountCanOpen(i) && !IsMeridiem(i + 1))
        {
            return false;
        }

        // articles open an expression only before a word the lexicon knows or a number ("the third quarter", "a year")
        if (p.Length <= 3 && (p.Class == WordClass.Starter && Is(i, "the") || Is(i, "a", "an")) && !(Has(i + 1) && (_p[i + 1].Class != WordClass.None || _p[i + 1].Is(PieceFlags.Digits | PieceFlags.OtherNumber))))
        {
            return false;
        }

        _best = default;
        TryDates(i);
        TrySpans(i);
        return _best.End > i;
    }

    // "'90s": the decade of the last century
    private bool TryDecade(int i)
    {
        ref readonly var p = ref _p[i + 1];
        if (p.Number is < 0 or > 90 || p.Number % 10 != 0 || p.Start != _p[i].End)
        {
            return false;
        }

        _best = new TimexMatch(i, i + 2, TimexType.Date, TimexSpec.Of("19" + (p.Number / 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return true;
    }

    // Cheap checks for frequent function words that open an expression only in one company ("at least", "up to", "more than").
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool StarterCanOpen(int i)
    {
        var w = W(i);
        return w.Length switch
        {
            2 => Eq(w, "at") ? Is(i + 1, "least", "most") : !Eq(w, "up") || Is(i + 1, "to"),
            3 => Eq(w, "end") ? Is(i + 1, "of") : true,
            4 => Eq(w, "more") || Eq(w, "less") ? Is(i + 1, "than") : !Eq(w, "most") || Is(i + 1, "recent"),
            _ => true,
        };
    }

    // A count opens an expression only before a unit, a month, another number word or a hyphen ("two years", "five-year", "twenty four hours").
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool CountCanOpen(int i)
    {
        if (!Has(i + 1))
        {
            return false;
        }

        var next = _p[i + 1].Class;
        return next is WordClass.Unit or WordClass.Number or WordClass.Month or WordClass.Ordinal || _p[i + 1].Is(PieceFlags.Digits | PieceFlags.OtherNumber)
            || Is(i + 1, "-", "more", "thousand") || Is(i + 1, "additional", "full", "and");
    }

    private void Consider(int start, int end, TimexType type, TimexSpec spec)
    {
        if (end > start && end - start > _best.End - _best.Start)
        {
            _best = new TimexMatch(start, end, type, spec);
        }
    }

    // ---- helpers over pieces ----

    private ReadOnlySpan<char> W(int i) => i >= 0 && i < _p.Length ? _text.AsSpan(_p[i].Start, _p[i].Length) : [];

    private static bool Eq(ReadOnlySpan<char> w, string s) => w.Equals(s, StringComparison.OrdinalIgnoreCase);

    private bool Is(int i, string s) => i >= 0 && i < _p.Length && Eq(W(i), s);

    private bool Is(int i, string a, string b) => Is(i, a) || Is(i, b);

    private bool Is(int i, string a, string b, string c) => Is(i, a) || Is(i, b) || Is(i, c);

    private bool Has(int i) => i >= 0 && i < _p.Length;

    private bool Cls(int i, WordClass c) => i >= 0 && i < _p.Length && _p[i].Class == c;

    private bool Same(int i, int j) => Has(i) && Has(j) && _p[i].Sentence == _p[j].Sentence;

    private bool Comma(int i) => Has(i) && _p[i].Is(PieceFlags.Punct) && _text[_p[i].Start] == ',';

    private TimeUnit UnitAt(int i) => Cls(i, WordClass.Unit) ? (TimeUnit)_p[i].Value : TimeUnit.None;

    private int DigitsAt(int i) => Has(i) && _p[i].Is(PieceFlags.Digits) && !_p[i].Is(PieceFlags.Decade | PieceFlags.OrdinalDigits) ? _p[i].Number : -1;

    /// <summary>A year written in digits (1000–2999) at <paramref name="i"/>, else -1.</summary>
    private int YearAt(int i)
    {
        int n = DigitsAt(i);
        return n is >= 1000 and <= 2999 && _p[i].Length == 4 ? n : -1;
    }

    /// <summary>A day of the month at <paramref name="i"/> ("27", "27th"), else -1.</summary>
    private int DayAt(int i)
    {
        if (!Has(i) || !_p[i].Is(PieceFlags.Digits) || _p[i].Is(PieceFlags.Decade) || _p[i].Length > 4)
        {
            return -1;
        }

        return _p[i].Number is >= 1 and <= 31 ? _p[i].Number : -1;
    }

    /// <summary>
    /// Reads a count at <paramref name="i"/>: digits ("30", "1.5"), number words ("twenty four", "twenty-four"),
    /// "a"/"an", "a few", "a couple of", "several". Returns the index after it, or -1; <paramref name="value"/> is the
    /// number as TIMEX3 writes it, "X" when vague.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int ReadCount(int i, out string value)
    {
        value = "";
        if (!Has(i))
        {
            return -1;
        }

        ref readonly var p = ref _p[i];
        if (p.Is(PieceFlags.Digits) && !p.Is(PieceFlags.Decade | PieceFlags.OrdinalDigits))
        {
            value = p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return i + 1;
        }

        if (p.Is(PieceFlags.OtherNumber))
        {
            var w = W(i);
            if (w.Length < 6 && w.IndexOf('.') > 0 && !w.ContainsAnyExcept(s_decimal))
            {
                value = w.ToString();
                return i + 1;
            }

            return -1;
        }

        if (p.Class != WordClass.Number)
        {
            return -1;
        }

        if (p.Value == -1)
        {
            value = "X";
            return Is(i + 1, "of") ? -1 : i + 1;
        }

        if (p.Value == 1 && (Is(i, "a") || Is(i, "an")))
        {
            if (Is(i + 1, "few") || Is(i + 1, "couple") && Is(i + 2, "of"))
            {
                value = Is(i + 1, "few") ? "X" : "2";
                return Is(i + 1, "few") ? i + 2 : i + 3;
            }

            value = "1";
            return i + 1;
        }

        if (Is(i, "couple"))
        {
            return -1;
        }

        int n = p.Value;
        int j = i + 1;
        if (n >= 20 && n % 10 == 0 && n < 100 && Cls(j, WordClass.Number) && _p[j].Value is > 0 and < 10)
        {
            n += _p[j].Value;
            j++;
        }

        if (Is(j, "hundred") || Is(j, "thousand"))
        {
            n *= Is(j, "hundred") ? 100 : 1000;
            j++;
        }

        value = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return j;
    }
}
