using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Core.Knowledge;

namespace Sitrep.Tamper;

/// <summary>
/// The cross-source benchmark: pairs of real Reuters-21578 stories on one subject (a mechanism, below), each kept
/// untampered and given one planted contradiction between the two sources per kind, plus a consistent version (the
/// same planting agreeing in both) to measure false conflicts where two sources agree.
/// <para>
/// Pairs: stories dated at most two days apart, in the same split (one fifth of stories, by a hash of their id, is
/// the check split), sharing at least <see cref="MinSharedNames"/> capitalised names (people, firms, places) and
/// at most <see cref="MaxShingleJaccard"/> of their 4-word shingles (so not copies); each story in one pair at most,
/// the pairs with the most shared names first.
/// </para>
/// </summary>
internal static partial class Pairs
{
    private const int MinSharedNames = 5;
    private const double MaxShingleJaccard = 0.2;

    public static readonly string[] Kinds = ["figure", "superseded", "date", "quote"];

    private static readonly string[] s_targets = ["market", "bus station", "police post", "checkpoint", "village mosque", "border crossing", "army barracks", "hotel"];

    // Invented people (none is a real person we know of): the speakers of planted quotes.
    private static readonly string[] s_people =
    [
        "Maria Lindqvist", "David Okafor", "Anna Novak", "James Whitcombe", "Laura Fischbach", "Peter Haldane", "Sara Kowalczyk", "Omar Haddadin",
        "Kenji Watanabe", "Elena Petrakis", "Tomas Bergstrom", "Rachel Ainsworth", "Samuel Adeyemi", "Ingrid Halvorsen", "Victor Marchetti", "Helen Carraway",
    ];

    // Cities the gazetteer knows, for incidents in stories that name none.
    private static readonly string[] s_cities = ["Karachi", "Lagos", "Manila", "Bogota", "Nairobi", "Colombo", "Lima", "Dhaka", "Beirut", "Kabul", "Jakarta", "Caracas"];

    private static readonly string[] s_first =
    [
        "{N} people were killed in an attack on a {T} in {P} on {D}, police said.",
        "Gunmen killed {N} people at a {T} in {P} on {D}, officials said.",
    ];

    private static readonly string[] s_second =
    [
        "Police in {P} said gunmen killed {N} people in an attack on a {T} on {D}.",
        "An attack on a {T} in {P} on {D} killed {N} people, local officials said.",
    ];

    private static readonly string[] s_later =
    [
        "Gunmen killed {N} people in the attack on a {T} in {P} on {D}, police said on Thursday, raising the toll.",
        "The attack on a {T} in {P} on {D} killed {N} people, officials said, giving a new toll.",
    ];

    public static int Run(string data, string output, int seed)
    {
        var stories = Sources.Reuters(data).Where(a => a.Published is not null).ToList();
        Console.Error.WriteLine($"{stories.Count} dated Reuters stories; pairing…");
        var names = stories.Select(s => NameSet(s.Text)).ToList();
        var shingles = stories.Select(s => Shingles(s.Text)).ToList();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < stories.Count; i++)
        {
            foreach (string n in names[i])
            {
                (index.TryGetValue(n, out var l) ? l : index[n] = []).Add(i);
            }
        }

        var candidates = new List<(int A, int B, int Shared)>();
        for (int i = 0; i < stories.Count; i++)
        {
            var shared = new Dictionary<int, int>();
            foreach (string n in names[i])
            {
                var posting = index[n];
                if (posting.Count > 400)
                {
                    continue; // a name in every other story ("Reuters", "U.S."-like words) tells nothing
                }

                foreach (int j in posting)
                {
                    if (j > i)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }
            }

            foreach (var (j, count) in shared)
            {
                if (count >= MinSharedNames && Split(stories[i].Id) == Split(stories[j].Id)
                    && Math.Abs(stories[i].Published!.Value.DayNumber - stories[j].Published!.Value.DayNumber) <= 2
                    && Jaccard(shingles[i], shingles[j]) <= MaxShingleJaccard)
                {
                    candidates.Add((i, j, count));
                }
            }
        }

        var used = new HashSet<int>();
        var pairs = new List<(Article A, Article B)>();
        foreach (var (a, b, _) in candidates.OrderByDescending(c => c.Shared).ThenBy(c => c.A).ThenBy(c => c.B))
        {
            if (used.Add(a))
            {
                if (used.Add(b))
                {
                    // The earlier story first.
                    pairs.Add(stories[a].Published <= stories[b].Published ? (stories[a], stories[b]) : (stories[b], stories[a]));
                }
                else
                {
                    used.Remove(a);
                }
            }
        }

        Directory.CreateDirectory(Path.Combine(output, "pairs"));
        var rng = new Random(seed);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var manifest = new StreamWriter(Path.Combine(output, "manifest.jsonl"), false, new UTF8Encoding(false));
        int written = 0;
        foreach (var (a, b) in pairs.OrderBy(p => p.A.Id, StringComparer.Ordinal))
        {
            string stem = a.Id.Replace('/', '_') + "+" + b.Id.Replace('/', '_');
            string split = Split(a.Id);
            Write(manifest, output, stem, "orig", split, a, b, a.Text, b.Text, false, null, null, [], [], null);
            written++;
            bool sameDay = a.Published == b.Published;
            var kinds = Kinds.Where(k => k switch { "figure" => sameDay, "superseded" => !sameDay, _ => true })
                .OrderBy(k => counts.GetValueOrDefault(k)).ThenBy(_ => rng.Next()).Take(2).ToList();
            foreach (var kind in kinds)
            {
                var r = new Random(rng.Next());
                if (Plant(kind, a, b, r, conflict: true) is { } t)
                {
                    Write(manifest, output, stem, kind, split, a, b, t.A, t.B, true, kind, t.FindingKind, t.PlantedA, t.PlantedB, t.Note);
                    counts[kind] = counts.GetValueOrDefault(kind) + 1;
                }
            }

            // One consistent version: the same planting agreeing in both sources (an untampered pair).
            string consistent = kinds.Count > 0 ? kinds[0] : "figure";
            if (Plant(consistent, a, b, new Random(rng.Next()), conflict: false) is { } c)
            {
                Write(manifest, output, stem, consistent + "-agree", split, a, b, c.A, c.B, false, null, null, [], [], c.Note);
                counts["agree"] = counts.GetValueOrDefault("agree") + 1;
            }
        }

        Console.WriteLine($"{written} story pairs, {counts.Where(k => k.Key != "agree").Sum(k => k.Value)} tampered pairs: "
            + string.Join(", ", counts.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")));
        return 0;
    }

    private sealed record Planted(string A, string B, string FindingKind, List<Span> PlantedA, List<Span> PlantedB, string Note);

    private static Planted? Plant(string kind, Article a, Article b, Random rng, bool conflict)
    {
        var pa = a.Published!.Value;
        var pb = b.Published!.Value;
        if (kind == "quote")
        {
            var sentence = Text.Sentences(a.Text).Select(s => a.Text[s.Start..s.End].Trim())
                .Where(s => s.Split(' ').Length is >= 10 and <= 40 && !s.Contains('"', StringComparison.Ordinal) && !s.Contains('“', StringComparison.Ordinal) && s.EndsWith('.'))
                .Skip(1).ToList();
            if (sentence.Count == 0)
            {
                return null;
            }

            string words = Pick(rng, sentence).TrimEnd('.');
            string p1 = Pick(rng, s_people);
            string p2 = conflict ? Pick(rng, s_people.Where(p => p.Split(' ')[^1] != p1.Split(' ')[^1]).ToList()) : rng.Next(2) == 0 ? p1 : p1.Split(' ')[^1];
            var (qa, qsa) = Append(a.Text, $"“{words},” {p1} said.", 1, words.Length);
            var (qb, qsb) = Append(b.Text, $"“{words},” {p2} said.", 1, words.Length);
            return new Planted(qa, qb, "source_conflict", [qsa], [qsb], conflict ? $"quote given to {p1} and {p2}" : $"quote given to {p1} in both");
        }

        // An incident in a place one of the stories names (the gazetteer knows it), else a city of the list.
        var places = PlaceRegex().Matches(a.Text + "\n" + b.Text).Select(m => m.Groups["p"].Value)
            .Where(p => Gazetteer.Shared.Candidates(p).Any() && !s_notPlaces.Contains(p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        string place = places.Count > 0 && rng.Next(2) == 0 ? Pick(rng, places) : Pick(rng, s_cities);
        string target = Pick(rng, s_targets);
        var day = pa.AddDays(-rng.Next(0, 2));
        int n = 3 + rng.Next(40);
        int m = n;
        var dayB = day;
        string second = Pick(rng, s_second);
        string finding = "source_conflict";
        switch (kind)
        {
            case "figure" when conflict:
                m = n + Math.Max(2, (int)(n * (0.3 + rng.NextDouble() * 0.7)));
                break;
            case "superseded":
                m = conflict ? n + Math.Max(2, (int)(n * (0.3 + rng.NextDouble() * 0.7))) : n;
                second = Pick(rng, s_later);
                finding = "superseded_figure";
                break;
            case "date" when conflict:
                dayB = day.AddDays(rng.Next(2) == 0 ? 2 : -2);
                break;
        }

        string first = Pick(rng, s_first);
        string Fill(string t, int count, DateOnly d) => t.Replace("{N}", count.ToString(Text.Inv), StringComparison.Ordinal).Replace("{T}", target, StringComparison.Ordinal)
            .Replace("{P}", place, StringComparison.Ordinal).Replace("{D}", d.ToString("MMMM d", Text.Inv), StringComparison.Ordinal);
        string sa = Cap(Fill(first, n, day));
        string sb = Cap(Fill(second, m, dayB));
        // The planted side: the number for figures, the date for dates.
        string keyA = kind == "date" ? day.ToString("MMMM d", Text.Inv) : n.ToString(Text.Inv);
        string keyB = kind == "date" ? dayB.ToString("MMMM d", Text.Inv) : m.ToString(Text.Inv);
        var (ta, spanA) = Append(a.Text, sa, Find(sa, keyA, kind == "date"), keyA.Length);
        var (tb, spanB) = Append(b.Text, sb, Find(sb, keyB, kind == "date"), keyB.Length);
        return new Planted(ta, tb, finding, [spanA], [spanB], $"{kind}: {n} on {day:yyyy-MM-dd} vs {m} on {dayB:yyyy-MM-dd} in {place} (published {pa:yyyy-MM-dd}, {pb:yyyy-MM-dd})");
    }

    private static int Find(string sentence, string key, bool date)
        => date ? sentence.IndexOf(key, StringComparison.Ordinal) : Regex.Match(sentence, $@"\b{Regex.Escape(key)} people\b").Index; // not the day of "April 11"

    /// <summary>Appends a paragraph after the story's second paragraph (else at the end); returns the text and the span of [offset, offset + length) of the sentence.</summary>
    private static (string Text, Span Span) Append(string text, string sentence, int offset, int length)
    {
        int at = text.IndexOf("\n\n", StringComparison.Ordinal);
        at = at < 0 ? -1 : text.IndexOf("\n\n", at + 2, StringComparison.Ordinal);
        if (at < 0)
        {
            at = text.TrimEnd().Length;
        }

        string insert = "\n\n" + sentence;
        int start = at + 2 + offset;
        return (text.Insert(at, insert), new Span(start, start + length));
    }

    private static void Write(StreamWriter manifest, string output, string stem, string variant, string split, Article a, Article b, string ta, string tb, bool tampered,
        string? kind, string? findingKind, List<Span> plantedA, List<Span> plantedB, string? note)
    {
        string fa = $"pairs/{stem}.{variant}.a.txt", fb = $"pairs/{stem}.{variant}.b.txt";
        File.WriteAllText(Path.Combine(output, fa), ta);
        File.WriteAllText(Path.Combine(output, fb), tb);
        manifest.WriteLine(JsonSerializer.Serialize(new
        {
            pair = stem,
            split,
            a = a.Id,
            b = b.Id,
            file_a = fa,
            file_b = fb,
            published_a = a.Published?.ToString("yyyy-MM-dd", Text.Inv),
            published_b = b.Published?.ToString("yyyy-MM-dd", Text.Inv),
            variant,
            tampered,
            kind,
            finding_kind = findingKind,
            planted_a = plantedA.Select(s => new[] { s.Start, s.End }),
            planted_b = plantedB.Select(s => new[] { s.Start, s.End }),
            note,
        }));
    }

    private static HashSet<string> NameSet(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in NameRegex().Matches(text))
        {
            if (!s_notNames.Contains(m.Value))
            {
                set.Add(m.Value);
            }
        }

        return set;
    }

    private static HashSet<string> Shingles(string text)
    {
        var words = WordRegex().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 4 <= words.Length; i++)
        {
            set.Add(string.Join(' ', words, i, 4));
        }

        return set;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        int shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    public static string Split(string id)
    {
        uint h = 2166136261;
        foreach (char c in id)
        {
            h = (h ^ c) * 16777619;
        }

        return h % 5 == 0 ? "check" : "tune";
    }

    private static T Pick<T>(Random rng, IReadOnlyList<T> list) => list[rng.Next(list.Count)];

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "There", "They", "Their", "It", "Its", "He", "She", "His", "Her", "We", "In", "On", "At", "For", "But", "And",
        "If", "As", "By", "With", "From", "After", "Before", "Under", "Over", "Some", "Most", "All", "Any", "One", "Two", "Three", "Reuter", "Reuters",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Inc", "Corp", "Co", "Ltd", "Mln", "Dlrs", "Pct",
    };

    private static readonly HashSet<string> s_notPlaces = new(StringComparer.Ordinal) { "March", "April", "May", "June", "January", "February", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}{2,}\b")]
    private static partial Regex NameRegex();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\b(?:in|at|near|from) (?<p>\p{Lu}\p{Ll}{3,}(?: \p{Lu}\p{Ll}+)?)\b")]
    private static partial Regex PlaceRegex();
}
