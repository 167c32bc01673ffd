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
        foreach (var f in rows)
        {
            var term = new OfficeTerm(
                f[0],
                f[1].Length == 0 ? [] : f[1].Split('|'),
                f[2],
                Enum.Parse<OfficeKind>(f[3]),
                f[4].Length == 0 ? null : f[4],
                DateOnly.ParseExact(f[5], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                f[6].Length == 0 ? null : DateOnly.ParseExact(f[6], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                f[7].Length == 0 ? null : f[7],
                f[8]);
            Terms.Add(term);
            if (term.Country is not null)
            {
                Bucket(_byOffice, (term.Kind, term.Country)).Add(term);
            }

            foreach (var name in term.Aliases.Append(term.Person))
            {
                Bucket(_byName, name).Add(term);
            }

            foreach (var surname in term.Aliases.Append(term.Person).Select(Surname).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                Bucket(_bySurname, surname).Add(term);
            }
        }
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
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? name : parts[^1];
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
