using System.Collections.Frozen;
using Sitrep.Core.Annotations;

namespace Sitrep.Core.Quantities;

/// <summary>Words the quantity finder reads: number words, scales, currencies, qualifiers, units and what counts of people count.</summary>
internal static class QuantityLexicon
{
    public static readonly FrozenDictionary<string, double> NumberWords = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12, ["hundred"] = 100, ["thousand"] = 1000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Vague plurals ("dozens", "hundreds"): a value and an implied qualifier.</summary>
    public static readonly FrozenDictionary<string, double> VagueNumbers = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 24, ["scores"] = 40, ["hundreds"] = 200, ["thousands"] = 2000, ["tens of thousands"] = 20000, ["millions"] = 2_000_000,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["k"] = 1e3, ["million"] = 1e6, ["millions"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["m"] = 1e6,
        ["billion"] = 1e9, ["bn"] = 1e9, ["b"] = 1e9, ["trillion"] = 1e12, ["tn"] = 1e12, ["crore"] = 1e7, ["crores"] = 1e7, ["lakh"] = 1e5, ["lakhs"] = 1e5,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["pound"] = "GBP", ["pounds"] = "GBP", ["sterling"] = "GBP",
        ["yen"] = "JPY", ["rupee"] = "INR", ["rupees"] = "INR", ["rouble"] = "RUB", ["roubles"] = "RUB", ["ruble"] = "RUB", ["rubles"] = "RUB",
        ["hryvnia"] = "UAH", ["hryvnias"] = "UAH", ["hryvnias'"] = "UAH", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["francs"] = "CHF", ["shekels"] = "ILS", ["lira"] = "TRY",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, string> CurrencyCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["US$"] = "USD", ["USD"] = "USD", ["€"] = "EUR", ["EUR"] = "EUR", ["£"] = "GBP", ["GBP"] = "GBP", ["¥"] = "JPY", ["JPY"] = "JPY",
        ["₹"] = "INR", ["Rs"] = "INR", ["Rs."] = "INR", ["INR"] = "INR", ["₽"] = "RUB", ["RUB"] = "RUB", ["₴"] = "UAH", ["UAH"] = "UAH", ["CHF"] = "CHF",
        ["₪"] = "ILS", ["₺"] = "TRY", ["₩"] = "KRW", ["CNY"] = "CNY", ["A$"] = "AUD", ["C$"] = "CAD", ["HK$"] = "HKD",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Qualifiers, as word sequences before the number.</summary>
    public static readonly (string[] Words, Qualifier Qualifier)[] Qualifiers =
    [
        (["at", "least"], Qualifier.AtLeast), (["no", "fewer", "than"], Qualifier.AtLeast), (["a", "minimum", "of"], Qualifier.AtLeast),
        (["more", "than"], Qualifier.Over), (["over"], Qualifier.Over), (["upwards", "of"], Qualifier.Over), (["in", "excess", "of"], Qualifier.Over), (["above"], Qualifier.Over),
        (["at", "most"], Qualifier.AtMost), (["up", "to"], Qualifier.AtMost), (["as", "many", "as"], Qualifier.AtMost), (["no", "more", "than"], Qualifier.AtMost),
        (["fewer", "than"], Qualifier.Under), (["less", "than"], Qualifier.Under), (["under"], Qualifier.Under), (["nearly"], Qualifier.Under), (["almost"], Qualifier.Under), (["just", "under"], Qualifier.Under),
        (["about"], Qualifier.About), (["around"], Qualifier.About), (["roughly"], Qualifier.About), (["approximately"], Qualifier.About), (["some"], Qualifier.About),
        (["an", "estimated"], Qualifier.About), (["estimated"], Qualifier.About), (["nearly"], Qualifier.Under),
    ];

    /// <summary>Words that say what happened to the people counted.</summary>
    public static readonly FrozenDictionary<string, string> Outcomes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["killed"] = "killed", ["dead"] = "killed", ["deaths"] = "killed", ["died"] = "killed", ["fatalities"] = "killed", ["slain"] = "killed",
        ["bodies"] = "killed", ["lives"] = "killed", ["killing"] = "killed", ["kill"] = "killed", ["murdered"] = "killed", ["executed"] = "killed", ["drowned"] = "killed",
        ["injured"] = "wounded", ["wounded"] = "wounded", ["hurt"] = "wounded", ["injuries"] = "wounded", ["injuring"] = "wounded", ["wounding"] = "wounded",
        ["displaced"] = "displaced", ["fled"] = "displaced", ["refugees"] = "displaced", ["homeless"] = "displaced", ["displacing"] = "displaced", ["uprooted"] = "displaced",
        ["arrested"] = "arrested", ["detained"] = "arrested", ["jailed"] = "arrested", ["imprisoned"] = "arrested", ["arrests"] = "arrested", ["detaining"] = "arrested", ["arresting"] = "arrested",
        ["missing"] = "missing", ["unaccounted"] = "missing",
        ["evacuated"] = "evacuated", ["evacuating"] = "evacuated", ["evacuees"] = "evacuated",
        ["kidnapped"] = "kidnapped", ["abducted"] = "kidnapped", ["hostages"] = "kidnapped", ["hostage"] = "kidnapped", ["seized"] = "kidnapped",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for people that may stand between a count and its outcome ("14 civilians were killed").</summary>
    public static readonly FrozenSet<string> People = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "people", "persons", "person", "civilians", "civilian", "soldiers", "troops", "children", "women", "men", "residents", "protesters", "protestors",
        "demonstrators", "militants", "fighters", "rebels", "police", "policemen", "officers", "workers", "passengers", "migrants", "students", "villagers",
        "servicemen", "personnel", "prisoners", "journalists", "others", "more", "of", "them", "were", "was", "have", "had", "been", "are", "is", "being", "reportedly", "later",
        "still", "now", "all", "also", "feared", "believed", "confirmed", "remain", "remained");

    /// <summary>Units of time: "two days" is a duration (the times layer's), not a count.</summary>
    public static readonly FrozenSet<string> TimeUnits = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries", "nights", "weekends", "quarters", "times", "rounds", "terms", "seasons");

    public static readonly FrozenDictionary<string, string> Units = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["km"] = "km", ["kilometres"] = "km", ["kilometers"] = "km", ["miles"] = "mi", ["mile"] = "mi", ["metres"] = "m", ["meters"] = "m",
        ["kg"] = "kg", ["kilograms"] = "kg", ["tonnes"] = "t", ["tons"] = "t", ["tonne"] = "t", ["barrels"] = "bbl", ["litres"] = "l", ["liters"] = "l",
        ["hectares"] = "ha", ["acres"] = "acre", ["mph"] = "mph", ["degrees"] = "deg", ["megawatts"] = "MW", ["MW"] = "MW", ["GW"] = "GW",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
