using System.Globalization;
using System.Text;
using Sitrep.Core.Findings;
using Sitrep.Core.Knowledge;

namespace Sitrep.DataBuild;

/// <summary>
/// Older heads of state and government from Archigos 4.1 (the effective leader of each country, 1840–2015, in
/// Correlates-of-War country codes). Archigos names neither the office nor the ISO country, so both are learned from
/// the years where Archigos and the other sources overlap (2000–2015):
/// <list type="bullet">
/// <item>a CoW code maps to the ISO country whose head of state or government carries the same names as that code's
/// leaders in the same years (a vote over spells; hand-kept rows in <c>Supplement/cow-countries.tsv</c> cover states
/// that no longer exist or that the extracts lack, and the date a code's current state began);</item>
/// <item>the leader's office is the kind (and label) the matched spells hold, kept only for codes whose matched
/// spells agree on one kind (<see cref="MinAgreement"/>): where the effective leader moved between offices (a president
/// who rules in one decade, a prime minister in the next) the code is left out rather than guessed.</item>
/// </list>
/// Only spells from <see cref="Since"/> on that no other source already holds are added.
/// </summary>
internal static class ArchigosLeaders
{
    /// <summary>The earliest spell start taken (the newest corpora here begin in 1987; older leaders add risk, not reach).</summary>
    public static readonly DateOnly Since = new(1975, 1, 1);

    /// <summary>Share of a code's matched spells that must agree on one country, and on one office kind.</summary>
    public const double MinAgreement = 0.8;

    private static readonly DateOnly s_overlapFrom = new(2000, 1, 1);

    public static IReadOnlyList<OfficeTerm> Read(string archigosFile, string cowTable, IReadOnlyList<OfficeTerm> known, TextWriter log)
    {
        var spells = Spells(archigosFile);
        var hand = HandRows(cowTable);
        var heads = known.Where(t => t.Country is not null && t.Kind is OfficeKind.HeadOfState or OfficeKind.HeadOfGovernment).ToList();
        var byCountry = known.Where(t => t.Country is not null).GroupBy(t => t.Country!).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        // What each spell overlapping the other sources' years matches there: (code → votes of (country, kind, label)).
        var votes = new Dictionary<string, List<(string Country, OfficeKind Kind, string Office)>>(StringComparer.Ordinal);
        foreach (var s in spells.Where(s => (s.End ?? DateOnly.MaxValue) > s_overlapFrom))
        {
            var candidates = heads.Where(t => Overlaps(t, s.Start, s.End) && Named(t, s)).ToList();
            var best = candidates.OrderByDescending(t => OverlapDays(t, s.Start, s.End)).FirstOrDefault();

            // A surname alone that names heads of several countries at the time ("Brown": Britain and Bermuda) is no evidence.
            if (best is not null && (s.FullName || candidates.All(t => t.Country == best.Country)))
            {
                Bucket(votes, s.Code).Add((best.Country!, best.Kind, best.Office));
            }
        }

        var added = new List<OfficeTerm>();
        int codes = 0, mixed = 0, unmapped = 0, lone = 0;
        foreach (var group in spells.Where(s => s.Start >= Since).GroupBy(s => s.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var v = votes.GetValueOrDefault(group.Key) ?? [];
            var h = hand.GetValueOrDefault(group.Key);
            string? country = h?.Country ?? (Majority(v.Select(x => x.Country), out double agree) is { } c && agree >= MinAgreement ? c : null);
            var mine = v.Where(x => x.Country == country).ToList();
            OfficeKind? kind = h?.Kind ?? (Majority(mine.Select(x => x.Kind.ToString()), out double share) is { } k && share >= MinAgreement ? Enum.Parse<OfficeKind>(k) : null);
            if (country is null || kind is null)
            {
                if (country is null)
                {
                    unmapped++;
                }
                else
                {
                    mixed++;
                }

                log.WriteLine($"  archigos {group.Key}: {(country is null ? "no country" : $"{country}, leaders in mixed offices ({string.Join(", ", mine.GroupBy(x => x.Kind).Select(g => $"{g.Key} {g.Count()}"))})")}; {group.Count()} spells left out");
                continue;
            }

            // Two offices of that kind at once in the other sources (Iran's Supreme Leader and President are both heads of
            // state): which one Archigos' leader held cannot be told.
            var sameKind = (byCountry.GetValueOrDefault(country) ?? []).Where(t => t.Kind == kind).ToList();
            if (h?.Kind is null && sameKind.Any(a => sameKind.Any(b => KnowledgeBaseBuilder.Normalized(a.Office, a.Country) != KnowledgeBaseBuilder.Normalized(b.Office, b.Country) && !string.Equals(a.Person, b.Person, StringComparison.Ordinal) && Overlaps(a, b.Start, b.End))))
            {
                mixed++;
                log.WriteLine($"  archigos {group.Key}: {country} has two offices of kind {kind} at once ({string.Join(", ", sameKind.Select(t => KnowledgeBaseBuilder.Normalized(t.Office, t.Country)).Distinct(StringComparer.Ordinal).Take(4))}); {group.Count()} spells left out");
                continue;
            }

            codes++;
            string office = h?.Office ?? Majority(mine.Where(x => x.Kind == kind).Select(x => x.Office), out _) ?? kind.Value.ToString();
            var from = h?.From ?? Since;
            var sameOffice = byCountry.GetValueOrDefault(country) ?? [];
            foreach (var s in group.Where(s => s.Start >= from && (h?.To is not { } to || s.Start < to)))
            {
                // Another source holds this spell (or the person in this office at an overlapping time): theirs is kept.
                if (sameOffice.Any(t => t.Kind == kind && Overlaps(t, s.Start, s.End) && Named(t, s)))
                {
                    continue;
                }

                // Spells reaching into the other sources' years are left to them unless they have no one in the office then.
                if ((s.End ?? DateOnly.MaxValue) > s_overlapFrom && sameOffice.Any(t => t.Kind == kind && Overlaps(t, s.Start, s.End)))
                {
                    continue;
                }

                // A surname-only name takes the full name of the one holder of this office the other sources know by it
                // ("Arias" → "Óscar Arias Sánchez"); one nobody else names is left out: a lone surname would name anyone, and
                // Archigos' double surnames ("Wasmosy Monti") are not how the person is written.
                var spell = s;
                if (!s.FullName)
                {
                    var people = sameOffice.Where(t => t.Kind == kind && Named(t, s)).Select(t => t.Person).Distinct(StringComparer.Ordinal).ToList();
                    if (people is [var person])
                    {
                        spell = s with { Name = person, Aliases = [s.Name] };
                    }
                    else
                    {
                        lone++;
                        continue;
                    }
                }

                added.Add(new OfficeTerm(spell.Name, spell.Aliases, office, kind.Value, country, spell.Start, spell.End, sameOffice.FirstOrDefault(t => t.Person == spell.Name)?.WikidataId, "archigos:" + s.Id));
            }
        }

        log.WriteLine($"archigos: {added.Count} spells from {codes} country codes since {Since:yyyy}; {mixed} codes with leaders in mixed offices and {unmapped} without a country left out; {lone} spells known only by a surname left out");
        return added;
    }

    private sealed record Spell(string Id, string Code, string Name, IReadOnlyList<string> Aliases, DateOnly Start, DateOnly? End, bool FullName);

    private sealed record HandRow(string Country, OfficeKind? Kind, string? Office, DateOnly? From, DateOnly? To);

    /// <summary>Archigos' leader-years folded back into spells: first start, last end; a spell still running at the data's end is open.</summary>
    private static List<Spell> Spells(string path)
    {
        var rows = new Dictionary<string, (string Code, string Leader, string Uri, DateOnly Start, DateOnly End, string Exit)>(StringComparer.Ordinal);
        using var reader = new StreamReader(path, Encoding.Latin1);
        var header = reader.ReadLine()!.Split('\t');
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: no column '{name}'");
        int obs = Col("obsid"), code = Col("idacr"), leader = Col("leader"), start = Col("startdate"), end = Col("enddate"), exit = Col("exit"), uri = Col("dbpedia.uri");
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            var s = DateOnly.ParseExact(f[start].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var e = DateOnly.ParseExact(f[end].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows[f[obs]] = rows.TryGetValue(f[obs], out var r)
                ? (r.Code, r.Leader, r.Uri, s < r.Start ? s : r.Start, e > r.End ? e : r.End, e > r.End ? f[exit] : r.Exit)
                : (f[code], f[leader], f[uri], s, e, f[exit]);
        }

        var spells = new List<Spell>();
        foreach (var (id, r) in rows)
        {
            string? full = FullName(r.Uri);
            string surname = r.Leader.Trim();
            string name = full ?? surname;
            var aliases = full is not null && !PersonNames.Same(full, surname) ? new[] { surname } : [];

            // The exit day is the successor's first day: the end is exclusive, as elsewhere in the knowledge base.
            DateOnly? last = r.Exit is "Still in Office" or "(n_year)" ? null : r.End;
            spells.Add(new Spell(id, r.Code, name, aliases, r.Start, last, full is not null));
        }

        return spells;
    }

    /// <summary>The name a DBpedia resource carries ("Fran%C3%A7ois_Mitterrand" → "François Mitterrand"), without its disambiguation.</summary>
    private static string? FullName(string uri)
    {
        const string prefix = "http://dbpedia.org/resource/";
        if (!uri.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        string name = Uri.UnescapeDataString(uri[prefix.Length..]).Replace('_', ' ');
        int paren = name.IndexOf(" (", StringComparison.Ordinal);
        name = (paren > 0 ? name[..paren] : name).Trim();
        return name.Contains(' ', StringComparison.Ordinal) ? name : null;
    }

    private static Dictionary<string, HandRow> HandRows(string path)
    {
        var rows = new Dictionary<string, HandRow>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 7)
            {
                throw new InvalidDataException($"{path}: row needs 7 tab-separated fields: {line}");
            }

            rows[f[0]] = new HandRow(f[1], f[2].Length == 0 ? null : Enum.Parse<OfficeKind>(f[2]), f[3].Length == 0 ? null : f[3],
                f[4].Length == 0 ? null : DateOnly.ParseExact(f[4], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                f[5].Length == 0 ? null : DateOnly.ParseExact(f[5], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return rows;
    }

    /// <summary>
    /// Whether an Archigos name can be the term's person: the same name by <see cref="PersonNames.Same"/>, accents aside, or
    /// (a spell without a DBpedia name) every word of Archigos' surname form ("Rodriguez Echeverria", "Gandhi, R.", "de la Madrid"),
    /// initials and particles aside, in the person's name ("Miguel Ángel Rodríguez Echeverría").
    /// </summary>
    private static bool Named(OfficeTerm t, Spell s)
    {
        string folded = Fold(s.Name);
        foreach (var n in t.Aliases.Append(t.Person))
        {
            string other = Fold(n);
            if (PersonNames.Same(other, folded))
            {
                return true;
            }

            var words = Words(other);
            var mine = Words(folded).Where(w => w.Length > 1 && w is not ("de" or "la" or "del" or "van" or "von")).ToList();
            if (!s.FullName && mine.Count > 0 && mine.All(words.Contains))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Words(string s) => s.Split([' ', '.', ',', '-'], StringSplitOptions.RemoveEmptyEntries);

    private static string Fold(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (char c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                b.Append(char.ToLowerInvariant(c));
            }
        }

        return b.ToString();
    }

    private static string? Majority(IEnumerable<string> values, out double share)
    {
        var counts = values.GroupBy(v => v, StringComparer.Ordinal).Select(g => (g.Key, N: g.Count())).OrderByDescending(x => x.N).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
        int total = counts.Sum(x => x.N);
        share = total == 0 ? 0 : (double)counts[0].N / total;
        return total == 0 ? null : counts[0].Key;
    }

    private static bool Overlaps(OfficeTerm t, DateOnly start, DateOnly? end)
        => (t.End is null || start < t.End.Value) && (end is null || t.Start < end.Value);

    private static int OverlapDays(OfficeTerm t, DateOnly start, DateOnly? end)
    {
        var from = t.Start > start ? t.Start : start;
        var to = Min(t.End, end) ?? new DateOnly(2016, 1, 1);
        return to.DayNumber - from.DayNumber;
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static List<T> Bucket<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        return list;
    }
}
