namespace Sitrep.Core.Events;

/// <summary>The sixteen PLOVER event categories and the rules that move an event between them.</summary>
public static class Plover
{
    public const string Agree = "AGREE";
    public const string Consult = "CONSULT";
    public const string Support = "SUPPORT";
    public const string Concede = "CONCEDE";
    public const string Cooperate = "COOPERATE";
    public const string Aid = "AID";
    public const string Retreat = "RETREAT";
    public const string Request = "REQUEST";
    public const string Accuse = "ACCUSE";
    public const string Reject = "REJECT";
    public const string Threaten = "THREATEN";
    public const string Protest = "PROTEST";
    public const string Sanction = "SANCTION";
    public const string Mobilize = "MOBILIZE";
    public const string Coerce = "COERCE";
    public const string Assault = "ASSAULT";

    /// <summary>Every category, in the manual's order.</summary>
    public static IReadOnlyList<string> Categories { get; } =
    [
        Agree, Consult, Support, Concede, Cooperate, Aid, Retreat, Request,
        Accuse, Reject, Threaten, Protest, Sanction, Mobilize, Coerce, Assault,
    ];

    /// <summary>Interned category name for a lexicon string, or null when it is no category.</summary>
    public static string? Parse(string name)
    {
        foreach (var c in Categories)
        {
            if (string.Equals(c, name, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>A category of material or verbal cooperation: done in the future, it is a promise (AGREE).</summary>
    public static bool IsCooperative(string category) => category is Consult or Support or Cooperate or Aid or Concede or Retreat or Agree;

    /// <summary>A category of material conflict: announced for the future, it is a threat (THREATEN).</summary>
    public static bool IsHostile(string category) => category is Assault or Coerce or Sanction or Mobilize or Protest;

    /// <summary>What ending an act of <paramref name="category"/> is: SANCTION for cooperation, CONCEDE for
    /// restrictions (COERCE, SANCTION), RETREAT for force and protest; null for verbal acts.</summary>
    public static string? Ending(string category) => category switch
    {
        Consult or Support or Cooperate or Aid or Agree => Sanction,
        Coerce or Sanction => Concede,
        Assault or Mobilize or Protest => Retreat,
        _ => null,
    };

    /// <summary>
    /// PLOVER's rule for what is said about the future: a future CONSULT, SUPPORT, COOPERATE, AID, CONCEDE or RETREAT is
    /// an AGREE; a future ASSAULT, COERCE, SANCTION, MOBILIZE or PROTEST is a THREATEN; a conditional ("unless") future
    /// is a THREATEN; verbal categories (REQUEST, ACCUSE, REJECT, THREATEN) keep theirs.
    /// </summary>
    public static string Future(string category, bool unless)
    {
        if (unless)
        {
            return Threaten;
        }

        if (IsCooperative(category))
        {
            return Agree;
        }

        return IsHostile(category) ? Threaten : category;
    }
}
