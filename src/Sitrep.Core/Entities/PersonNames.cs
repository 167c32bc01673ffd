namespace Sitrep.Core.Entities;

/// <summary>
/// The one person-name matcher: whether two names can name one person. The entity layer merges mentions with it
/// (forename and surname of each), and readers outside it (the store's cross-source checks) compare whole names with it.
/// </summary>
public static class PersonNames
{
    /// <summary>
    /// Same surname, and forenames equal, missing, an initial of the other ("J." / "John") or a short form of it
    /// ("Vince" / "Vincent": one starts with the other, three letters at least). Names compare
    /// ignoring case (a headline in capitals names the same people).
    /// </summary>
    public static bool SamePerson(string? forenameA, string surnameA, string? forenameB, string surnameB)
    {
        ArgumentNullException.ThrowIfNull(surnameA);
        ArgumentNullException.ThrowIfNull(surnameB);
        if (!string.Equals(surnameA, surnameB, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (forenameA is null || forenameB is null || string.Equals(forenameA, forenameB, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        bool initialA = forenameA.Length <= 2 && forenameA.EndsWith('.');
        bool initialB = forenameB.Length <= 2 && forenameB.EndsWith('.');
        if (initialA || initialB)
        {
            return char.ToUpperInvariant(forenameA[0]) == char.ToUpperInvariant(forenameB[0]);
        }

        var (shorter, longer) = forenameA.Length <= forenameB.Length ? (forenameA, forenameB) : (forenameB, forenameA);
        return shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whole names (words separated by spaces): equal, one's words ending the other's ("Frank Carlucci", "National
    /// Security Adviser Frank Carlucci"), or the same last word with compatible first words ("Vince Cable", "Vincent
    /// Cable"; not "Cherie Blair" and "Tony Blair").
    /// </summary>
    public static bool SamePerson(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a = a.Trim();
        b = b.Trim();
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length == 0)
        {
            return false;
        }

        if (string.Equals(shorter, longer, StringComparison.OrdinalIgnoreCase) || longer.EndsWith(" " + shorter, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var (fa, sa) = Split(a);
        var (fb, sb) = Split(b);
        return SamePerson(fa, sa, fb, sb);
    }

    private static (string? Forename, string Surname) Split(string name)
    {
        int last = name.LastIndexOf(' ');
        if (last < 0)
        {
            return (null, name);
        }

        int first = name.IndexOf(' ');
        return (name[..first], name[(last + 1)..]);
    }
}
