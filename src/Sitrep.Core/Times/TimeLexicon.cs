using System.Collections.Frozen;
using Sitrep.Core.Language;

namespace Sitrep.Core.Times;

/// <summary>The words the time recognizer triggers on (besides month and weekday names, which live in CalendarText).</summary>
internal static class TimeLexicon
{
    /// <summary>TIMEX3 codes of parts of the day, indexed by a <see cref="WordClass.PartOfDay"/> value.</summary>
    public static readonly string[] PartOfDayCode = ["MO", "AF", "EV", "NI", "DT", "MI"];

    /// <summary>TIMEX3 codes of seasons, indexed by a <see cref="WordClass.Season"/> value.</summary>
    public static readonly string[] SeasonCode = ["SP", "SU", "FA", "WI"];

    private static readonly FrozenDictionary<string, LexEntry> s_words = Build();

    private static readonly FrozenDictionary<string, LexEntry>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    // For each pair of first characters (letters, or a digit first) a bit per word length present in the lexicon:
    // most words are ruled out by one AND before the dictionary is asked.
    private static readonly ulong[] s_shapes = Shapes();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static LexEntry Lookup(ReadOnlySpan<char> word)
    {
        int slot = Slot(word);
        if (slot < 0 || word.Length > 63 || (s_shapes[slot] & (1UL << word.Length)) == 0)
        {
            return default;
        }

        return s_lookup.TryGetValue(word, out var e) ? e : default;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int Slot(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return -1;
        }

        char c = (char)(word[0] | 0x20);
        int first = c is >= 'a' and <= 'z' ? c - 'a' : char.IsAsciiDigit(word[0]) ? 26 : -1;
        if (first < 0)
        {
            return -1;
        }

        int second = 26;
        if (word.Length > 1)
        {
            char d = (char)(word[1] | 0x20);
            second = d is >= 'a' and <= 'z' ? d - 'a' : 26;
        }

        return first * 27 + second;
    }

    private static ulong[] Shapes()
    {
        var shapes = new ulong[27 * 27];
        foreach (var key in s_words.Keys)
        {
            int slot = Slot(key);
            if (slot >= 0 && key.Length < 64)
            {
                shapes[slot] |= 1UL << key.Length;
            }
        }

        return shapes;
    }

    private static FrozenDictionary<string, LexEntry> Build()
    {
        var d = new Dictionary<string, LexEntry>(StringComparer.OrdinalIgnoreCase);
        void Add(WordClass c, int value, params string[] words)
        {
            foreach (var w in words)
            {
                d[w] = new LexEntry(c, value);
            }
        }

        void Unit(TimeUnit u, string singular, string plural)
        {
            d[singular] = new LexEntry(WordClass.Unit, (int)u);
            d[plural] = new LexEntry(WordClass.Unit, (int)u, Plural: true);
        }

        Unit(TimeUnit.Second, "second", "seconds");
        Unit(TimeUnit.Minute, "minute", "minutes");
        Unit(TimeUnit.Hour, "hour", "hours");
        Unit(TimeUnit.Day, "day", "days");
        Unit(TimeUnit.Weekend, "weekend", "weekends");
        Unit(TimeUnit.Week, "week", "weeks");
        Unit(TimeUnit.Month, "month", "months");
        Unit(TimeUnit.Quarter, "quarter", "quarters");
        Unit(TimeUnit.Half, "half", "halves");
        Unit(TimeUnit.Year, "year", "years");
        Unit(TimeUnit.Decade, "decade", "decades");
        Unit(TimeUnit.Century, "century", "centuries");
        Add(WordClass.Unit, (int)TimeUnit.Minute, "min", "mins");
        Add(WordClass.Unit, (int)TimeUnit.Hour, "hr", "hrs");
        Add(WordClass.Unit, (int)TimeUnit.Year, "yr", "yrs");

        // Number words from the language data (Language/Data/numbers.tsv), in the order that decides a word of two
        // classes: a unit first, then a number, then an ordinal ("second" is the ordinal).
        foreach (var (word, value) in NumberWords.Cardinals)
        {
            Add(WordClass.Number, (int)value, word);
        }

        foreach (var (word, value) in NumberWords.Loose)
        {
            Add(WordClass.Number, (int)value, word);
        }

        Add(WordClass.Number, -1, [.. NumberWords.Indefinite]);
        foreach (var (word, value) in NumberWords.Ordinals)
        {
            Add(WordClass.Ordinal, (int)value, word);
        }

        Add(WordClass.PartOfDay, 0, "morning", "mornings");
        Add(WordClass.PartOfDay, 1, "afternoon", "afternoons");
        Add(WordClass.PartOfDay, 2, "evening", "evenings");
        Add(WordClass.PartOfDay, 3, "night", "nights", "overnight");

        Add(WordClass.Season, 0, "spring");
        Add(WordClass.Season, 1, "summer");
        Add(WordClass.Season, 2, "fall", "autumn");
        Add(WordClass.Season, 3, "winter");

        Add(WordClass.DayRef, 0, "today");
        Add(WordClass.DayRef, -1, "yesterday");
        Add(WordClass.DayRef, 1, "tomorrow");
        Add(WordClass.DayRef, 100, "tonight");

        Add(WordClass.Ref, (int)RefKind.Present, "now", "currently", "current", "presently", "nowadays");
        Add(WordClass.Ref, (int)RefKind.Past, "recently", "recent", "lately");

        Add(WordClass.SetAdverb, (int)TimeUnit.Day, "daily", "nightly");
        Add(WordClass.SetAdverb, (int)TimeUnit.Week, "weekly");
        Add(WordClass.SetAdverb, (int)TimeUnit.Month, "monthly");
        Add(WordClass.SetAdverb, (int)TimeUnit.Year, "annually", "yearly");
        Add(WordClass.SetAdverb, (int)TimeUnit.Hour, "hourly");

        Add(WordClass.Starter, 0, "the", "up", "mid", "end", "per", "fy", "last", "next", "this", "past", "late", "more", "less", "each", "noon", "early",
            "later", "about", "every", "prior", "coming", "nearly", "almost", "fiscal", "around", "latest", "middle", "earlier", "roughly", "previous",
            "upcoming", "midnight", "following", "beginning", "approximately", "most", "at", "fewer", "future", "present", "near", "foreseeable", "distant", "these");

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>A lexicon entry: the word's class and value.</summary>
internal readonly record struct LexEntry(WordClass Class, int Value, bool Plural = false);
