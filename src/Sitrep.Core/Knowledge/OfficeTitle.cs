namespace Sitrep.Core.Knowledge;

/// <summary>
/// Reads an office title as news writes it — "US President", "President of the United States", "Russian President",
/// "UK Prime Minister", "German Chancellor", "French foreign minister", "UN Secretary-General", "White House press
/// secretary" — as an office kind and a country (ISO3; UNO and NATO for those organisations).
/// </summary>
public static class OfficeTitle
{
    // Office titles and their kinds, longer ones first: Language/Data/titles.tsv, column office.
    private static readonly IReadOnlyList<(string Words, OfficeKind Kind)> s_offices = Language.Titles.Offices;

    /// <summary>Parses <paramref name="title"/>; the country is null when the title names none.</summary>
    public static bool TryParse(string title, out OfficeKind kind, out string? country)
    {
        ArgumentNullException.ThrowIfNull(title);
        kind = OfficeKind.Other;
        country = null;
        string t = title.Trim().Replace('’', '\'');
        string lower = t.ToLowerInvariant();
        int at = -1;
        string words = "";
        foreach (var (w, k) in s_offices)
        {
            int i = IndexOfWord(lower, w);
            if (i >= 0)
            {
                kind = k;
                at = i;
                words = w;
                break;
            }
        }

        if (at < 0)
        {
            return false;
        }

        if (lower.Contains("white house", StringComparison.Ordinal))
        {
            country = "USA";
        }
        else if (kind == OfficeKind.SecretaryGeneral && (lower.Contains("nato", StringComparison.Ordinal) || lower.Contains("north atlantic", StringComparison.Ordinal)))
        {
            country = "NATO";
        }
        else if (kind == OfficeKind.SecretaryGeneral && (lower.Contains("un ", StringComparison.Ordinal) || lower.StartsWith("un", StringComparison.Ordinal) || lower.Contains("united nations", StringComparison.Ordinal)))
        {
            country = "UNO";
        }
        else
        {
            // "US President" / "Russian President" (before the office) or "President of the United States" (after it).
            string before = WithoutPossessive(t[..at].Trim());
            string after = t[(at + words.Length)..].Trim();
            if (after.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
            {
                after = after[3..].Trim();
                if (after.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
                {
                    after = after[4..];
                }

                country = LongestCountry(after, fromStart: true);
            }

            country ??= LongestCountry(before, fromStart: false);
        }

        return true;
    }

    /// <summary>"Russia's" → "Russia", "Honduras'" → "Honduras"; "Swiss" stays "Swiss".</summary>
    private static string WithoutPossessive(string words)
        => words.EndsWith("'s", StringComparison.Ordinal) ? words[..^2].Trim() : words.EndsWith('\'') ? words[..^1].Trim() : words;

    private static string? LongestCountry(string words, bool fromStart)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int n = parts.Length; n >= 1; n--)
        {
            string candidate = fromStart ? string.Join(' ', parts[..n]) : string.Join(' ', parts[^n..]);
            // "U.S." keeps its last period; "Japan," and "Japan." lose theirs.
            if (Countries.Shared.Code(candidate.TrimEnd(',', ';')) is { } code || Countries.Shared.Code(candidate.TrimEnd(',', '.', ';')) is { } code2 && (code = code2) is not null)
            {
                return code;
            }
        }

        return null;
    }

    private static int IndexOfWord(string text, string word)
    {
        int i = 0;
        while ((i = text.IndexOf(word, i, StringComparison.Ordinal)) >= 0)
        {
            bool startOk = i == 0 || !char.IsLetter(text[i - 1]);
            int end = i + word.Length;
            bool endOk = end == text.Length || !char.IsLetter(text[end]) || (end < text.Length && text[end] == 's' && (end + 1 == text.Length || !char.IsLetter(text[end + 1])));
            if (startOk && endOk)
            {
                return i;
            }

            i = end;
        }

        return -1;
    }
}
