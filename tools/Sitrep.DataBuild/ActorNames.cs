using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Language;

namespace Sitrep.DataBuild;

/// <summary>
/// People and organisations from the Phoenix (PETRARCH-2) actor dictionaries in
/// <c>../shared/data/petrarch2-dictionaries</c>: <c>Phoenix.Countries.actors.txt</c> (office-holders and national
/// institutions, by country), <c>Phoenix.International.actors.txt</c> (international organisations, NGOs, companies
/// and their heads) and <c>Phoenix.MilNonState.actors.txt</c> (armed groups). Names of other years than CoNLL's.
/// <para>
/// The TABARI format: an entry line is a name with words joined by <c>_</c> (a trailing <c>_</c> ends a word),
/// optionally followed by <c>[CODE]</c> or <c>[CODE dates]</c>; lines starting with <c>+</c> are synonyms of the
/// entry above; indented lines give more codes; <c>#</c> starts a comment. A code is a country (or IGO, NGO, MNC,
/// IMG) code followed by role codes of three letters (<c>AFGMIL</c>, <c>SYRREBMUS</c>).
/// </para>
/// <para>
/// Writes <c>actors.tsv.gz</c>: the organisations' names, and forenames (the first word of at least
/// <see cref="MinForenameNames"/> different people of these files and of the office-holders), for the entity layer
/// (<c>Sitrep.Core.Knowledge.ListedNames</c>). Not recognizer features: as gazetteer marks of the NER model they did
/// not move its block cross-validation (src/Sitrep.Models/README.md).
/// </para>
/// <para>
/// What is kept: an entry is a place (skipped) when a code names only a country or a country's part (a three-letter
/// suffix that is not a role: a role is a triple seen after at least <see cref="MinRolePrefixes"/> different
/// prefixes in the files, so <c>DNKFRO</c>, the Faroes, is a place and <c>AFGMIL</c> an actor). The rest are typed
/// person or organisation by a naive Bayes over their words, trained on the files themselves: entries the files
/// take from lists of rulers (comment <c>CountryInfo.txt</c> or <c>IGOrulers.txt</c>) are people, the armed groups
/// and the undated NGO and company entries organisations; the rulers stay people and every other entry gets the
/// class its words make likelier. A name holding a person's title (<see cref="Titles.BeforeName"/>,
/// "PRESIDENT_KARZAI") and a generic agent (an agent phrase of <c>Phoenix.agents.txt</c> after nothing but place or
/// group words: "CHINESE_ARMY", "US_PRESIDENT") are skipped; a person needs two words (a lone surname is too often
/// a word). An organisation named after its country is also kept without it (<see cref="WithoutPlace"/>).
/// </para>
/// </summary>
internal static class ActorNames
{
    private const int MinRolePrefixes = 3;
    private const int MinForenameNames = 5;
    private static readonly string[] Files = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];
    private static readonly string[] OrganisationPrefixes = ["IGO", "NGO", "MNC", "IMG"];
    private static readonly Regex Code = new(@"\[([^\]]*)\]", RegexOptions.CultureInvariant);

    internal sealed class Entry
    {
        public required string File { get; init; }
        public List<string> Names { get; } = [];
        public List<string> Codes { get; } = [];
        public string Comment { get; set; } = "";
    }

    /// <summary>Writes the organisations and the forenames (from these people and <paramref name="otherPeople"/>) to <paramref name="path"/>.</summary>
    public static void Build(string dataRoot, IEnumerable<string> otherPeople, string path)
    {
        var kept = Read(dataRoot, IsPlace, IsCountry);
        var forenames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var person in kept.Where(k => k.Person).Select(k => k.Name).Concat(otherPeople))
        {
            string name = person.Trim().ToLowerInvariant();
            string first = name.Split(' ')[0];
            if (first.Length >= 2 && first.All(char.IsLetter) && name.Contains(' ', StringComparison.Ordinal))
            {
                if (!forenames.TryGetValue(first, out var names))
                {
                    forenames[first] = names = new HashSet<string>(StringComparer.Ordinal);
                }

                names.Add(name);
            }
        }

        var organisations = kept.Where(k => !k.Person).Select(k => k.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var keptForenames = forenames.Where(f => f.Value.Count >= MinForenameNames && Countries.Shared.Code(f.Key) is null).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        using (var file = File.Create(path))
        using (var gz = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            w.WriteLine("# kind\tname — built by tools/Sitrep.DataBuild from petrarch2-dictionaries/Phoenix.*.actors.txt (MIT, Open Event Data Alliance) and the office-holders");
            foreach (var o in organisations)
            {
                // Written as the tokenizer splits it, one space between tokens, so that a reader only splits on spaces.
                w.WriteLine($"organisation\t{string.Join(' ', Sitrep.Core.Tokenization.Tokenizer.Tokenize(o).Select(t => t.Span(o).ToString()))}");
            }

            foreach (var f in keptForenames)
            {
                w.WriteLine($"forename\t{f}");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"actors: {organisations.Count:N0} organisation names, {keptForenames.Count:N0} forenames"));
    }

    /// <summary>A place, country or people the shipped tables know ("KABUL", "CHINESE", "US").</summary>
    private static bool IsPlace(string name)
        => IsCountry(name) || Gazetteer.Shared.Candidates(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant())).Any();

    /// <summary>A country's name, alias or demonym ("US", "UNITED STATES", "CHINESE").</summary>
    private static bool IsCountry(string name)
        => Countries.Shared.Code(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant())) is not null;

    /// <summary>Every kept name, a person's or an organisation's.</summary>
    /// <param name="isPlaceOrGroup">Whether a phrase is a place, country or people.</param>
    /// <param name="isCountry">Whether a phrase is a country's name or demonym (<see cref="WithoutPlace"/>).</param>
    internal static List<(string Name, bool Person)> Read(string dataRoot, Func<string, bool> isPlaceOrGroup, Func<string, bool> isCountry)
    {
        string dir = Path.Combine(dataRoot, "petrarch2-dictionaries");
        var entries = Files.SelectMany(f => Parse(File.ReadLines(Path.Combine(dir, f), Encoding.UTF8), f)).ToList();
        var roles = Roles(entries);
        var agents = Agents(File.ReadLines(Path.Combine(dir, "Phoenix.agents.txt"), Encoding.UTF8));
        var actors = entries.Where(e => e.Names.Count > 0 && !IsPlace(e, roles)).ToList();
        var bayes = new NaiveBayes();
        foreach (var e in actors)
        {
            bool? person = Known(e);
            if (person is not null)
            {
                bayes.Learn(Words(e.Names[0]), person.Value);
            }
        }

        var kept = new List<(string, bool)>();
        int people = 0, organisations = 0;
        foreach (var e in actors)
        {
            bool person = IsRulerList(e) || bayes.IsPerson(Words(e.Names[0]));
            foreach (var name in e.Names.Select(Clean).OfType<string>().SelectMany(n => person ? [n] : WithoutPlace(n, isCountry)))
            {
                if (isPlaceOrGroup(name) || HasTitle(name) || IsGenericAgent(name, agents, isPlaceOrGroup)
                    || (person && !name.Contains(' ', StringComparison.Ordinal)))
                {
                    continue;
                }

                kept.Add((name, person));
                if (name.Contains('\'', StringComparison.Ordinal))
                {
                    // The news writes the apostrophe curly as often as straight ("People’s Liberation Army").
                    kept.Add((name.Replace('\'', '\u2019'), person));
                }

                if (person)
                {
                    people++;
                }
                else
                {
                    organisations++;
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"actors: {entries.Count:N0} entries, {actors.Count:N0} actors; names kept: {people:N0} people, {organisations:N0} organisations"));
        return kept;
    }

    /// <summary>The entries of one actor file (names as written, codes, the entry line's comment).</summary>
    internal static IEnumerable<Entry> Parse(IEnumerable<string> lines, string file)
    {
        Entry? current = null;
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            int hash = line.IndexOf('#', StringComparison.Ordinal);
            string body = hash < 0 ? line : line[..hash];
            string comment = hash < 0 ? "" : line[(hash + 1)..];
            var codes = Code.Matches(body).Select(m => m.Groups[1].Value.Trim()).Where(c => c.Length > 0).ToList();
            string name = Code.Replace(body, "").Trim();
            if (char.IsWhiteSpace(line[0]) || name.Length == 0)
            {
                current?.Codes.AddRange(codes);
                continue;
            }

            if (name[0] == '+')
            {
                current?.Names.Add(name[1..].Trim());
                current?.Codes.AddRange(codes);
                continue;
            }

            if (current is not null)
            {
                yield return current;
            }

            current = new Entry { File = file, Comment = comment };
            current.Names.Add(name);
            current.Codes.AddRange(codes);
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    /// <summary>The name as text ("U.S._FEDERAL_RESERVE_" → "U.S. FEDERAL RESERVE"), or null for what is not one name.</summary>
    internal static string? Clean(string raw)
    {
        string s = Regex.Replace(raw, @"\([^)]*\)", "", RegexOptions.CultureInvariant).Replace('_', ' ').Trim();
        s = Regex.Replace(s, @"\s+", " ", RegexOptions.CultureInvariant);
        if (s.StartsWith("THE ", StringComparison.OrdinalIgnoreCase))
        {
            // "THE_UNITED_NATIONS_": the article is the sentence's, not the name's.
            s = s[4..];
        }

        if (s.Length < 2 || s.IndexOfAny([',', '/', ':', '"', '!', '?', '+', '{', '}', '(', ')', '\uFFFD']) >= 0 || !s.Any(char.IsLetter))
        {
            return null;
        }

        return s;
    }

    /// <summary>
    /// An organisation's name, and when it starts with a country or its people in one or two words and goes on with
    /// two or more, also the rest: "US CUSTOMS AND BORDER PROTECTION" → "CUSTOMS AND BORDER PROTECTION" (how the news
    /// names it again once the country is clear).
    /// </summary>
    internal static IEnumerable<string> WithoutPlace(string name, Func<string, bool> isCountry)
    {
        yield return name;
        var words = name.Split(' ');
        for (int k = 1; k <= 2 && words.Length - k >= 2; k++)
        {
            if (isCountry(string.Join(' ', words[..k])))
            {
                yield return string.Join(' ', words[k..]);
                yield break;
            }
        }
    }

    /// <summary>Role codes: three-letter suffixes seen after at least <see cref="MinRolePrefixes"/> different three-letter prefixes.</summary>
    private static HashSet<string> Roles(List<Entry> entries)
    {
        var prefixes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var code in entries.SelectMany(e => e.Codes).Select(Head))
        {
            for (int i = 3; i + 3 <= code.Length; i += 3)
            {
                if (!prefixes.TryGetValue(code[i..(i + 3)], out var set))
                {
                    prefixes[code[i..(i + 3)]] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(code[..3]);
            }
        }

        return prefixes.Where(p => p.Value.Count >= MinRolePrefixes).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The code without its dates ("AFGGOV 870930-871130" → "AFGGOV").</summary>
    private static string Head(string code)
    {
        int space = code.IndexOf(' ', StringComparison.Ordinal);
        string head = space < 0 ? code : code[..space];
        return head.TrimStart('~');
    }

    /// <summary>A code naming a country or a part of one, not an actor (<c>AFG</c>, <c>DNKFRO</c>, <c>---</c>).</summary>
    internal static bool IsPlace(Entry e, HashSet<string> roles)
    {
        foreach (var code in e.Codes.Select(Head))
        {
            if (code.Length < 3 || OrganisationPrefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }

            if (code.Length == 3 || !code.All(char.IsAsciiLetterUpper) || !roles.Contains(code[3..Math.Min(6, code.Length)]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRulerList(Entry e)
        => e.Comment.Contains("CountryInfo.txt", StringComparison.Ordinal) || e.Comment.Contains("IGOrulers.txt", StringComparison.Ordinal);

    /// <summary>The training class of an entry: rulers are people; armed groups and undated NGOs and companies organisations.</summary>
    private static bool? Known(Entry e)
    {
        if (IsRulerList(e))
        {
            return true;
        }

        if (e.File.Contains("MilNonState", StringComparison.Ordinal))
        {
            return false;
        }

        bool dated = e.Codes.Any(c => c.Any(char.IsAsciiDigit));
        bool firmOrNgo = e.Codes.Count > 0 && e.Codes.All(c => c.StartsWith("NGO", StringComparison.Ordinal) || c.StartsWith("MNC", StringComparison.Ordinal));
        return !dated && firmOrNgo ? false : null;
    }

    private static string[] Words(string raw)
        => raw.ToLowerInvariant().Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);

    private static bool HasTitle(string name)
        => name.ToLowerInvariant().Split(' ').Any(Titles.BeforeName.Contains);

    /// <summary>Single- and multi-word agents ("army", "police chief") in lower case, words joined by spaces.</summary>
    internal static HashSet<string> Agents(IEnumerable<string> lines)
    {
        var agents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] is '#' or '!' or ' ' or '\t' || !line.Contains("[~", StringComparison.Ordinal))
            {
                continue;
            }

            string phrase = line[..line.IndexOfAny([' ', '\t', '['])].Trim('_');
            if (phrase.Length > 1 && !phrase.Contains('!', StringComparison.Ordinal))
            {
                agents.Add(phrase.Replace('_', ' ').ToLowerInvariant());
            }
        }

        return agents;
    }

    /// <summary>An agent phrase after nothing but place or group words: "CHINESE ARMY", "AFGHAN POLICE", "SOLDIERS".</summary>
    internal static bool IsGenericAgent(string name, HashSet<string> agents, Func<string, bool> isPlaceOrGroup)
    {
        var words = name.ToLowerInvariant().Split(' ');
        if (words[0] == "the")
        {
            words = words[1..];
        }

        for (int start = 0; start < words.Length; start++)
        {
            string tail = string.Join(' ', words[start..]);
            bool agent = agents.Contains(tail) || (tail.EndsWith('s') && agents.Contains(tail[..^1]))
                || (tail.EndsWith("es", StringComparison.Ordinal) && agents.Contains(tail[..^2]));
            if (agent && (start == 0 || isPlaceOrGroup(string.Join(' ', words[..start]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two classes (person, organisation) over lower-case words, add-one smoothing.</summary>
    internal sealed class NaiveBayes
    {
        private readonly Dictionary<string, int>[] _counts = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        private readonly int[] _totals = new int[2];
        private readonly int[] _entries = new int[2];
        private int _vocabulary;

        public void Learn(string[] words, bool person)
        {
            int c = person ? 1 : 0;
            _entries[c]++;
            foreach (var w in words)
            {
                _counts[c][w] = _counts[c].GetValueOrDefault(w) + 1;
                _totals[c]++;
            }
        }

        public bool IsPerson(string[] words)
        {
            if (_vocabulary == 0)
            {
                _vocabulary = _counts[0].Keys.Union(_counts[1].Keys).Count();
            }

            int vocabulary = _vocabulary;
            double score = Math.Log((_entries[1] + 1.0) / (_entries[0] + 1.0));
            foreach (var w in words)
            {
                score += Math.Log((_counts[1].GetValueOrDefault(w) + 1.0) / (_totals[1] + vocabulary))
                    - Math.Log((_counts[0].GetValueOrDefault(w) + 1.0) / (_totals[0] + vocabulary));
            }

            return score > 0;
        }
    }
}
