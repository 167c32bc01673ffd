using System.Collections.Frozen;
using Sitrep.Core.Annotations;

namespace Sitrep.Core.Quantities;

/// <summary>Words the quantity finder reads (number words and scales come from Language/NumberWords): currencies, qualifiers, units and what counts of people count.</summary>
internal static class QuantityLexicon
{
    public static readonly FrozenDictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["dlr"] = "USD", ["dlrs"] = "USD", ["stg"] = "GBP", ["guilders"] = "NLG", ["lire"] = "ITL", ["euro"] = "EUR", ["euros"] = "EUR", ["pound"] = "GBP", ["pounds"] = "GBP", ["sterling"] = "GBP",
        ["yen"] = "JPY", ["rupee"] = "INR", ["rupees"] = "INR", ["rouble"] = "RUB", ["roubles"] = "RUB", ["ruble"] = "RUB", ["rubles"] = "RUB",
        ["hryvnia"] = "UAH", ["hryvnias"] = "UAH", ["hryvnias'"] = "UAH", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["francs"] = "CHF", ["shekels"] = "ILS", ["lira"] = "TRY",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, string> CurrencyCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["US$"] = "USD", ["USD"] = "USD", ["€"] = "EUR", ["EUR"] = "EUR", ["£"] = "GBP", ["GBP"] = "GBP", ["¥"] = "JPY", ["JPY"] = "JPY",
        ["₹"] = "INR", ["Rs"] = "INR", ["Rs."] = "INR", ["INR"] = "INR", ["₽"] = "RUB", ["RUB"] = "RUB", ["₴"] = "UAH", ["UAH"] = "UAH", ["CHF"] = "CHF",
        ["₪"] = "ILS", ["₺"] = "TRY", ["₩"] = "KRW", ["CNY"] = "CNY", ["A$"] = "AUD", ["AU$"] = "AUD", ["C$"] = "CAD", ["CA$"] = "CAD", ["HK$"] = "HKD", ["NZ$"] = "NZD", ["S$"] = "SGD", ["NT$"] = "TWD", ["R$"] = "BRL",
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
