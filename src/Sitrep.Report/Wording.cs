using System.Globalization;
using Sitrep.Core.Record;

namespace Sitrep.Report;

/// <summary>How record values are worded in a briefing: days, numbers, quantities, PLOVER categories.</summary>
public static class Wording
{
    /// <summary>"5 August 2025".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"6.4 million", "200 million", "1.5 billion", "12,500", "2.5".</summary>
    public static string Number(double value)
    {
        double a = Math.Abs(value);
        if (a >= 1e9)
        {
            return (value / 1e9).ToString("0.##", CultureInfo.InvariantCulture) + " billion";
        }

        if (a >= 1e6)
        {
            return (value / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + " million";
        }

        return value.ToString("#,0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>A quantity from its typed fields: "at least 32 killed", "$200 million", "25%", "over 6.4 million displaced".</summary>
    public static string Quantity(RecordQuantity q)
    {
        ArgumentNullException.ThrowIfNull(q);
        string qualifier = q.Qualifier switch
        {
            "at_least" => "at least ",
            "at_most" => "at most ",
            "over" => "over ",
            "under" => "under ",
            "about" => "about ",
            _ => "",
        };
        string number = Number(q.Value);
        string amount = q.Kind switch
        {
            "money" => q.Unit switch
            {
                "USD" => "$" + number,
                "GBP" => "£" + number,
                "EUR" => "€" + number,
                null or "" => number,
                string unit => number + " " + unit,
            },
            "percent" => number + "%",
            _ => q.Unit is { Length: > 0 } u && q.Kind == "measure" ? number + " " + u : number,
        };
        return qualifier + amount + (q.Counts is { Length: > 0 } c ? " " + c : "");
    }

    /// <summary>
    /// The preposition that joins a PLOVER category's source to its target ("ASSAULT by Russia against Ukraine",
    /// "AGREE by X with Y", "AID by X to Y", "RETREAT (release) by X concerning Y").
    /// </summary>
    public static string TargetPreposition(string category) => category switch
    {
        "AGREE" or "CONSULT" or "COOPERATE" => "with",
        "AID" or "CONCEDE" or "REQUEST" => "to",
        "SUPPORT" => "for",
        "RETREAT" => "concerning",
        _ => "against",
    };

    /// <summary>"50.45° N, 30.52° E".</summary>
    public static string Coordinates(double lat, double lon)
        => string.Create(CultureInfo.InvariantCulture, $"{Math.Abs(lat):0.##}° {(lat < 0 ? 'S' : 'N')}, {Math.Abs(lon):0.##}° {(lon < 0 ? 'W' : 'E')}");
}
