namespace Sitrep.Core.Findings;

/// <summary>Whether two ways of writing a name can be one person: same first and last name, middle names and initials aside, one typo allowed in the last name ("Zelensky"/"Zelenskyy").</summary>
internal static class PersonNames
{
    public static bool Same(string a, string b)
    {
        var x = Parts(a);
        var y = Parts(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        if (!CloseEnough(x[^1], y[^1]))
        {
            return false;
        }

        // A bare surname on either side matches on the surname alone.
        return x.Length == 1 || y.Length == 1 || string.Equals(x[0], y[0], StringComparison.OrdinalIgnoreCase)
            || (x[0].Length == 1 && char.ToUpperInvariant(x[0][0]) == char.ToUpperInvariant(y[0][0]))
            || (y[0].Length == 1 && char.ToUpperInvariant(y[0][0]) == char.ToUpperInvariant(x[0][0]));
    }

    /// <summary>
    /// A name cut short of its last part ("Poul Nyrup" for "Poul Nyrup Rasmussen"): two or more words that open the full
    /// name, which has more. Used where the full name comes from the knowledge base, not the article.
    /// </summary>
    public static bool Opens(string full, string shorter)
    {
        var x = Parts(full);
        var y = Parts(shorter);
        if (y.Length < 2 || x.Length <= y.Length)
        {
            return false;
        }

        for (int i = 0; i < y.Length; i++)
        {
            if (!string.Equals(x[i], y[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] Parts(string name)
        => name.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p is not ("Jr" or "Sr" or "II" or "III" or "Mr" or "Mrs" or "Ms" or "Dr" or "President" or "Sir"))
            .ToArray();

    private static bool CloseEnough(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Math.Abs(a.Length - b.Length) > 1 || Math.Min(a.Length, b.Length) < 5)
        {
            return false;
        }

        // One insertion, deletion or substitution.
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.ToLowerInvariant(a[i]) == char.ToLowerInvariant(b[j]))
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
