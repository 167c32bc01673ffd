using System.Collections.Frozen;

namespace Sitrep.Core.Tokenization;

/// <summary>Words that keep their final period ("Dr.", "Aug.", "Inc.") and, for titles, never end a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations, without the period, that keep it as part of the token.</summary>
    public static readonly FrozenSet<string> All = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm",
        "st", "jr", "sr", "rev", "hon", "pres", "supt", "det", "insp", "fr", "messrs", "mme", "mlle",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "corp", "co", "ltd", "plc", "llc", "bros", "dept", "univ", "assn", "intl", "govt",
        "no", "nos", "vol", "vols", "pp", "ed", "eds", "est", "approx", "fig", "figs", "etc", "vs", "cf", "al", "ca",
        "ave", "blvd", "rd", "hwy", "mt", "ft", "mph", "km", "lb", "lbs", "oz", "min", "max", "sq",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
        "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn",
        "tex", "va", "vt", "wash", "wis", "wisc", "wyo");

    /// <summary>Titles before a name: a period after them never ends a sentence.</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm",
        "st", "rev", "hon", "pres", "supt", "det", "insp", "fr", "messrs", "mme", "mlle", "no", "nos", "vol", "pp", "fig", "vs", "cf");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AllLookup = All.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
}
