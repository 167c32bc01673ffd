namespace Sitrep.Core.Entities;

/// <summary>Acronyms and the names they abbreviate: "UNHCR" = United Nations High Commissioner for Refugees, "U.S." = United States.</summary>
internal static class Acronyms
{
    /// <summary>The letters of an acronym ("U.S." → "US", "UNHCR"), or null when the text is not one.</summary>
    public static string? LettersOf(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[16];
        int n = 0;
        foreach (char c in text)
        {
            if (c == '.')
            {
                continue;
            }

            if (!char.IsUpper(c) || n == buffer.Length)
            {
                return null;
            }

            buffer[n++] = c;
        }

        return n >= 2 ? new string(buffer[..n]) : null;
    }

    /// <summary>The initials of a multi-word name's capitalized words ("United Nations High Commissioner for Refugees" → "UNHCR"), or null.</summary>
    public static string? InitialsOf(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[16];
        int n = 0, words = 0;
        foreach (var range in name.Split(' '))
        {
            var w = name[range];
            if (w.IsEmpty)
            {
                continue;
            }

            words++;
            if (char.IsUpper(w[0]))
            {
                if (n == buffer.Length)
                {
                    return null;
                }

                buffer[n++] = w[0];
            }
        }

        return words >= 2 && n >= 2 ? new string(buffer[..n]) : null;
    }
}
