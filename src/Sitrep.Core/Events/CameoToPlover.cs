namespace Sitrep.Core.Events;

/// <summary>
/// The PLOVER category of a CAMEO event code, following the PLOVER manual's conversion table (draft 0.8): roots 03–20
/// map to one category each, with the exceptions of root 08 (084–087 and 0813/0814 are RETREAT), 163 (COERCE),
/// 1712 and 175 (ASSAULT), 191/192 (COERCE). Roots 01 and 02 (statements, appeals) have no PLOVER category.
/// Used to score on data coded in CAMEO (the PETRARCH validation records).
/// </summary>
public static class CameoToPlover
{
    public static string? Category(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        code = code.Trim();
        if (code.Length < 2 || code.AsSpan(0, 2).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        if (code.StartsWith("0813", StringComparison.Ordinal) || code.StartsWith("0814", StringComparison.Ordinal))
        {
            return Plover.Retreat;
        }

        if (code.Length >= 3 && code.StartsWith("08", StringComparison.Ordinal) && code[2] is >= '4' and <= '7')
        {
            return Plover.Retreat;
        }

        if (code.StartsWith("163", StringComparison.Ordinal) || code.StartsWith("191", StringComparison.Ordinal) || code.StartsWith("192", StringComparison.Ordinal))
        {
            return Plover.Coerce;
        }

        if (code.StartsWith("1712", StringComparison.Ordinal) || code.StartsWith("175", StringComparison.Ordinal))
        {
            return Plover.Assault;
        }

        return code[..2] switch
        {
            "03" => Plover.Agree,
            "04" => Plover.Consult,
            "05" => Plover.Support,
            "06" => Plover.Cooperate,
            "07" => Plover.Aid,
            "08" => Plover.Concede,
            "09" => Plover.Accuse,
            "10" => Plover.Request,
            "11" => Plover.Accuse,
            "12" => Plover.Reject,
            "13" => Plover.Threaten,
            "14" => Plover.Protest,
            "15" => Plover.Mobilize,
            "16" => Plover.Sanction,
            "17" => Plover.Coerce,
            "18" or "19" or "20" => Plover.Assault,
            _ => null,
        };
    }
}
