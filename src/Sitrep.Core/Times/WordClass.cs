namespace Sitrep.Core.Times;

/// <summary>What a word means to the time recognizer; the lexicon maps words to one of these and a value.</summary>
internal enum WordClass : byte
{
    None,

    /// <summary>A month name; value 1–12.</summary>
    Month,

    /// <summary>A weekday name; value = (int)DayOfWeek.</summary>
    Weekday,

    /// <summary>A unit ("year", "weeks"); value = (int)TimeUnit.</summary>
    Unit,

    /// <summary>A number word ("two", "twenty", "dozen"); value = the number.</summary>
    Number,

    /// <summary>An ordinal word ("third", "first"); value = the number.</summary>
    Ordinal,

    /// <summary>A part of the day ("morning"); value = index into <see cref="TimeLexicon.PartOfDayCode"/>.</summary>
    PartOfDay,

    /// <summary>A season; value = index into <see cref="TimeLexicon.SeasonCode"/>.</summary>
    Season,

    /// <summary>A deictic day ("today" 0, "yesterday" -1, "tomorrow" +1).</summary>
    DayRef,

    /// <summary>"now", "currently", "recently", "soon"…; value = <see cref="RefKind"/>.</summary>
    Ref,

    /// <summary>"daily", "weekly", "annually"…; value = (int)TimeUnit.</summary>
    SetAdverb,

    /// <summary>A function word that can open an expression ("the", "last", "early", "about", "every"…).</summary>
    Starter,
}
