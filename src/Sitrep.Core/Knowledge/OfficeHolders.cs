namespace Sitrep.Core.Knowledge;

/// <summary>
/// The office-holder knowledge base (built by tools/Sitrep.DataBuild from us-executive, the EveryPolitician Wikidata
/// extracts and a hand-kept supplement): who held which office, where, from when to when.
/// </summary>
public sealed class OfficeHolders
{
    private static readonly Lazy<OfficeHolders> s_shared = new(() => new OfficeHolders(EmbeddedData.Rows("officeholders.tsv.gz")));

    private readonly Dictionary<(OfficeKind, string), List<OfficeTerm>> _byOffice = [];
    private readonly Dictionary<string, List<OfficeTerm>> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<OfficeTerm>> _bySurname = new(StringComparer.OrdinalIgnoreCase);

    internal OfficeHolders(IEnumerable<string[]> rows)
    {
        var surnames = new List<string>();
        foreach (var f in rows)
        {
            var term = new OfficeTerm(
                f[0],
                f[1].Length == 0 ? [] : f[1].Split('|'),
                f[2],
                Enum.Parse<OfficeKind>(f[3]),
                f[4].Length == 0 ? null : f[4],
                Date(f[5]),
                f[6].Length == 0 ? null : Date(f[6]),
                f[7].Length == 0 ? null : f[7],
                f[8]);
            Terms.Add(term);
            if (term.Country is not null)
            {
                Bucket(_byOffice, (term.Kind, term.Country)).Add(term);
            }

            // Every name (the aliases, then the person's name) and every distinct surname of them, in that order.
            surnames.Clear();
            for (int i = 0; i <= term.Aliases.Count; i++)
            {
                string name = i < term.Aliases.Count ? term.Aliases[i] : term.Person;
                Bucket(_byName, name).Add(term);
                string surname = Surname(name);
                if (!Contains(surnames, surname))
                {
                    surnames.Add(surname);
                }
            }

            foreach (var surname in surnames)
            {
                Bucket(_bySurname, surname).Add(term);
            }
        }
    }

    private static bool Contains(List<string> names, string name)
    {
        foreach (var n in names)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A yyyy-MM-dd date (read directly: the table has 80,000 of them to read at start-up).</summary>
    private static DateOnly Date(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
            && int.TryParse(text.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int month)
            && int.TryParse(text.AsSpan(8, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        return DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture); // refuses it as before
    }

    /// <summary>The shipped knowledge base, loaded once on first use.</summary>
    public static OfficeHolders Shared => s_shared.Value;

    public List<OfficeTerm> Terms { get; } = [];

    /// <summary>Who held an office of <paramref name="kind"/> in <paramref name="country"/> on <paramref name="date"/>.</summary>
    public IReadOnlyList<OfficeTerm> Who(OfficeKind kind, string country, DateOnly date)
        => _byOffice.TryGetValue((kind, country), out var terms) ? terms.Where(t => t.Covers(date)).ToList() : [];

    /// <summary>Every spell in offices of <paramref name="kind"/> in <paramref name="country"/>, in any year.</summary>
    public IReadOnlyList<OfficeTerm> TermsIn(OfficeKind kind, string country)
        => _byOffice.TryGetValue((kind, country), out var terms) ? terms : [];

    /// <summary>Every spell of everyone called <paramref name="name"/> (full name or alias, case-insensitive).</summary>
    public IReadOnlyList<OfficeTerm> TermsOf(string name)
        => _byName.TryGetValue(name, out var terms) ? terms : [];

    /// <summary>Every spell of everyone whose surname (last word of the name) is <paramref name="surname"/>.</summary>
    /// <remarks>Transliteration variants that differ by a final y or i ("Zelensky", "Zelenskyy", "Zelenskyi") are looked up too.</remarks>
    public IReadOnlyList<OfficeTerm> TermsBySurname(string surname)
    {
        ArgumentNullException.ThrowIfNull(surname);
        var found = new List<OfficeTerm>();
        string[] variants = surname.Length > 4 && surname[^1] is 'y' or 'i' ? [surname, surname[..^1], surname + "y"] : [surname, surname + "y", surname + "i"];
        foreach (var v in variants)
        {
            if (_bySurname.TryGetValue(v, out var terms))
            {
                found.AddRange(terms);
            }
        }

        return found;
    }

    /// <summary>The last word of a name.</summary>
    public static string Surname(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int end = name.Length;
        while (end > 0 && name[end - 1] == ' ')
        {
            end--;
        }

        if (end == 0)
        {
            return name;
        }

        int start = name.LastIndexOf(' ', end - 1) + 1;
        return start == 0 && end == name.Length ? name : name[start..end];
    }

    private static List<OfficeTerm> Bucket<TKey>(Dictionary<TKey, List<OfficeTerm>> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        return list;
    }
}
