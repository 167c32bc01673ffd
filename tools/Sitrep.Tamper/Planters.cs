using System.Text.RegularExpressions;
using Sitrep.Core.Knowledge;
using static Sitrep.Tamper.Text;

namespace Sitrep.Tamper;

/// <summary>
/// The kinds of contradiction the findings claim, each planted in a real article with varied wording and position.
/// Everything is read from the text with plain patterns and from the knowledge base, never from Sitrep's own analysis,
/// so the benchmark does not grade the checks against themselves.
/// </summary>
internal sealed partial class Planters(OfficeHolders kb, CountryNames countries)
{
    public static readonly string[] Kinds = ["weekday", "after_publication", "title", "count", "quote", "figure_source"];

    public static string FindingKind(string kind) => kind switch
    {
        "weekday" or "after_publication" => "date_conflict",
        "title" => "anachronistic_title",
        "count" => "numeric_conflict",
        "quote" => "quote_conflict",
        _ => "attribution_conflict",
    };

    public Planting? Plant(string kind, Article a, Random rng) => kind switch
    {
        "weekday" => Weekday(a, rng),
        "after_publication" => AfterPublication(a, rng),
        "title" => Title(a, rng),
        "count" => Count(a, rng),
        "quote" => Quote(a, rng),
        _ => FigureSource(a, rng),
    };

    // ---------------------------------------------------------------- weekday/date mismatch

    private static readonly string[] s_weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static readonly string[] s_weekdayTemplates =
    [
        "The decision was taken at a meeting on {D}, a spokesperson said.",
        "The figures were first published on {D}.",
        "The meeting, held on {D}, was closed to the press.",
        "Talks broke down on {D}, according to people familiar with the matter.",
        "The statement was issued late on {D}.",
        "On {D}, the matter was raised again.",
    ];

    private static Planting? Weekday(Article a, Random rng)
    {
        string text = a.Text;
        var sentences = Sentences(text);
        if (sentences.Count < 3)
        {
            return null;
        }

        // An existing date of the article, with a year the reader can know (stated, or near the publication date).
        var dates = new List<(Match M, DateOnly Date)>();
        foreach (Match m in DateRegex().Matches(text))
        {
            if (ResolveDate(m, a.Published) is { } d)
            {
                dates.Add((m, d));
            }
        }

        int variant = rng.Next(3);
        if (variant < 2 && dates.Count > 0)
        {
            var (m, date) = Pick(rng, dates);
            string wrong = s_weekdays[((int)date.DayOfWeek + 1 + rng.Next(6)) % 7];
            var wd = m.Groups["wd"];
            if (wd.Success)
            {
                string copy = text.Remove(wd.Index, wd.Length).Insert(wd.Index, wrong);
                int end = m.Index + m.Length + wrong.Length - wd.Length;
                return new Planting("weekday", "date_conflict", copy, wd.Index, wd.Length, wrong.Length, [new Span(wd.Index, end)], [], $"{wrong} for {date:yyyy-MM-dd}");
            }

            int at = m.Groups["date"].Index;
            string insert = wrong + (rng.Next(2) == 0 ? ", " : " ");
            string c2 = text.Insert(at, insert);
            return new Planting("weekday", "date_conflict", c2, at, 0, insert.Length, [new Span(at, m.Index + m.Length + insert.Length)], [], $"{wrong} before {date:yyyy-MM-dd}");
        }

        // A new sentence with a weekday and date near the publication date (the year stated when the date is not known).
        DateOnly day = a.Published is { } p ? p.AddDays(-rng.Next(1, 60)) : EraDate(a, rng) ?? default;
        if (day == default)
        {
            return null;
        }

        string wrongDay = s_weekdays[((int)day.DayOfWeek + 1 + rng.Next(6)) % 7];
        bool withYear = a.Published is null || rng.Next(2) == 0;
        string phrase = $"{wrongDay}, {Date(day, rng.Next(3), withYear)}";
        string sentence = Pick(rng, s_weekdayTemplates).Replace("{D}", phrase, StringComparison.Ordinal);
        var after = sentences[1 + rng.Next(sentences.Count - 1)];
        var (c3, at3, start) = InsertAfter(text, after, sentence, rng.Next(3) == 0);
        int ps = start + sentence.IndexOf(phrase, StringComparison.Ordinal);
        return new Planting("weekday", "date_conflict", c3, at3, 0, c3.Length - text.Length, [new Span(ps, ps + phrase.Length)], [], $"{wrongDay} for {day:yyyy-MM-dd}");
    }

    /// <summary>The date a match names: its own year, else the year that puts it nearest the publication date.</summary>
    private static DateOnly? ResolveDate(Match m, DateOnly? published)
    {
        int month = MonthOf(m.Groups["mon"].Success ? m.Groups["mon"].Value : m.Groups["mon2"].Value);
        int dayNo = int.Parse(m.Groups["day"].Success ? m.Groups["day"].Value : m.Groups["day2"].Value, Inv);
        int year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, Inv) : m.Groups["year2"].Success ? int.Parse(m.Groups["year2"].Value, Inv) : 0;
        if (month == 0 || dayNo < 1 || dayNo > 31)
        {
            return null;
        }

        if (year == 0)
        {
            if (published is not { } p)
            {
                return null;
            }

            // Only dates within two months of publication: the year is then beyond doubt.
            foreach (int y in new[] { p.Year, p.Year - 1, p.Year + 1 })
            {
                if (dayNo <= DateTime.DaysInMonth(y, month))
                {
                    var d = new DateOnly(y, month, dayNo);
                    if (Math.Abs(d.DayNumber - p.DayNumber) <= 60)
                    {
                        return d;
                    }
                }
            }

            return null;
        }

        return year is >= 1900 and <= 2100 && dayNo <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, dayNo) : null;
    }

    /// <summary>A date in the article's own era when it has no publication date: a day in a year it names (2000 on).</summary>
    private static DateOnly? EraDate(Article a, Random rng)
    {
        var years = YearRegex().Matches(a.Text).Select(m => int.Parse(m.Value, Inv)).Where(y => y is >= 1990 and <= 2024).ToList();
        if (a.Source == "bbc")
        {
            years = [2004, 2005];
        }

        if (years.Count == 0)
        {
            return null;
        }

        int year = years.Max();
        return new DateOnly(year, 1 + rng.Next(12), 1 + rng.Next(28));
    }

    // ---------------------------------------------------------------- a date after publication for something done

    private static readonly string[] s_doneTemplates =
    [
        "{S} signed the agreement on {D}.",
        "{S} announced the decision on {D}, according to a statement.",
        "The deal was completed on {D}, {S} said.",
        "On {D}, {S} confirmed the move in a letter to shareholders.",
        "The vote took place on {D} and the measure passed.",
        "{S} resigned on {D}.",
        "The talks ended on {D} without agreement.",
        "It was approved on {D}, officials said.",
    ];

    private static Planting? AfterPublication(Article a, Random rng)
    {
        if (a.Published is not { } p)
        {
            return null;
        }

        var sentences = Sentences(a.Text);
        if (sentences.Count < 3)
        {
            return null;
        }

        var day = p.AddDays(rng.Next(3) == 0 ? rng.Next(400, 1500) : rng.Next(5, 300));
        string phrase = Date(day, rng.Next(3), year: true);
        var names = Names(a.Text);
        string subject = names.Count > 0 && rng.Next(3) > 0 ? Pick(rng, names) : Pick(rng, (string[])["The company", "The government", "The ministry", "The committee", "Officials"]);
        string template = Pick(rng, s_doneTemplates);
        string sentence = Cap(template.Replace("{S}", template.StartsWith("{S}", StringComparison.Ordinal) ? subject : Lower(subject), StringComparison.Ordinal).Replace("{D}", phrase, StringComparison.Ordinal));
        var after = sentences[1 + rng.Next(sentences.Count - 1)];
        var (copy, at, start) = InsertAfter(a.Text, after, sentence, rng.Next(3) == 0);
        int ps = start + sentence.IndexOf(phrase, StringComparison.Ordinal);
        return new Planting("after_publication", "date_conflict", copy, at, 0, copy.Length - a.Text.Length, [new Span(ps, ps + phrase.Length)], [], $"{day:yyyy-MM-dd} after {p:yyyy-MM-dd}");
    }

    private static string Lower(string s) => s.StartsWith("The ", StringComparison.Ordinal) || s == "Officials" ? char.ToLowerInvariant(s[0]) + s[1..] : s;

    // ---------------------------------------------------------------- a title not held on the governing date

    private static readonly string[] s_titleTemplates =
    [
        "{T} welcomed the decision, according to a statement.",
        "The plan was also discussed with {T}, officials said.",
        "{T} is expected to comment later.",
        "{T} said on {D} that the talks would continue.",
        "In a speech on {D}, {T} called for calm.",
        "{T} met the delegation on {D}.",
        "A spokesman for {T} declined to comment.",
    ];

    private static readonly OfficeKind[] s_singleHolder = [OfficeKind.HeadOfState, OfficeKind.HeadOfGovernment, OfficeKind.VicePresident, OfficeKind.ForeignMinister, OfficeKind.SecretaryGeneral];

    private Dictionary<(OfficeKind, string), List<OfficeTerm>>? _offices;

    private Planting? Title(Article a, Random rng)
    {
        var sentences = Sentences(a.Text);
        if (sentences.Count < 3)
        {
            return null;
        }

        _offices ??= kb.Terms.Where(t => t.Country is not null && s_singleHolder.Contains(t.Kind) && Word(t) is not null)
            .GroupBy(t => (t.Kind, t.Country!)).ToDictionary(g => g.Key, g => g.ToList());
        string template = Pick(rng, s_titleTemplates);
        bool dated = template.Contains("{D}", StringComparison.Ordinal);
        if (!dated && a.Published is null)
        {
            template = Pick(rng, s_titleTemplates.Where(t => t.Contains("{D}", StringComparison.Ordinal)).ToList());
            dated = true;
        }

        DateOnly governing = dated ? (a.Published is { } pub ? pub.AddDays(-rng.Next(0, 30)) : EraDate(a, rng) ?? default) : a.Published!.Value;
        if (governing == default)
        {
            return null;
        }

        // Offices of the countries the article names first, else any; someone else holds it that day, the person another time.
        var named = countries.Named(a.Text);
        var keys = _offices.Keys.Where(k => named.Contains(k.Item2)).ToList();
        if (keys.Count == 0 || rng.Next(3) == 0)
        {
            keys = [.. _offices.Keys];
        }

        for (int attempt = 0; attempt < 30; attempt++)
        {
            var key = Pick(rng, keys);
            var terms = _offices[key];
            if (!terms.Any(t => t.Covers(governing)))
            {
                continue;
            }

            var others = terms.Where(t => !terms.Any(u => u.Covers(governing) && Same(u, t)) && Math.Abs(t.Start.Year - governing.Year) <= 25 && Plain(t.Person)).ToList();
            if (others.Count == 0)
            {
                continue;
            }

            var term = Pick(rng, others);
            if (kb.TermsOf(term.Person).Any(t => t.Kind == key.Item1 && t.Country == key.Item2 && t.Covers(governing)))
            {
                continue;
            }

            string? title = TitlePhrase(term, key.Item2, rng);
            if (title is null)
            {
                continue;
            }

            string datePhrase = Date(governing, rng.Next(3), year: a.Published is null || governing.Year != a.Published.Value.Year || rng.Next(2) == 0);
            string sentence = template.Replace("{D}", datePhrase, StringComparison.Ordinal);
            int ti = sentence.IndexOf("{T}", StringComparison.Ordinal);
            sentence = Cap(sentence.Replace("{T}", title, StringComparison.Ordinal));
            var after = sentences[1 + rng.Next(sentences.Count - 1)];
            var (copy, at, start) = InsertAfter(a.Text, after, sentence, rng.Next(3) == 0);
            var planted = new List<Span> { new(start + ti, start + ti + title.Length) };
            var other = new List<Span>();
            if (dated)
            {
                int di = start + sentence.IndexOf(datePhrase, StringComparison.Ordinal);
                other.Add(new Span(di, di + datePhrase.Length));
            }

            return new Planting("title", "anachronistic_title", copy, at, 0, copy.Length - a.Text.Length, planted, other,
                $"{term.Person} as {term.Office} ({key.Item2}) on {governing:yyyy-MM-dd}; held {term.Start:yyyy-MM-dd}–{term.End:yyyy-MM-dd}");
        }

        return null;
    }

    private static bool Same(OfficeTerm a, OfficeTerm b) => a.Person == b.Person || (a.WikidataId is not null && a.WikidataId == b.WikidataId);

    private static bool Plain(string person) => person.Split(' ').Length is >= 2 and <= 3 && !person.Contains(',', StringComparison.Ordinal) && !person.Contains('(', StringComparison.Ordinal) && person.All(c => char.IsLetter(c) || c is ' ' or '-' or '.' or '\'');

    /// <summary>The office word as news writes it, or null for offices this benchmark does not plant (monarchs, odd labels).</summary>
    private static string? Word(OfficeTerm t) => t.Kind switch
    {
        OfficeKind.HeadOfState when t.Office.Contains("President", StringComparison.OrdinalIgnoreCase) => "President",
        OfficeKind.HeadOfGovernment when t.Office.Contains("Chancellor", StringComparison.OrdinalIgnoreCase) => "Chancellor",
        OfficeKind.HeadOfGovernment when t.Office.Contains("Premier", StringComparison.OrdinalIgnoreCase) => "Premier",
        OfficeKind.HeadOfGovernment when t.Office.Contains("Prime Minister", StringComparison.OrdinalIgnoreCase) => "Prime Minister",
        OfficeKind.VicePresident when t.Office.Contains("Vice", StringComparison.OrdinalIgnoreCase) => "Vice President",
        OfficeKind.ForeignMinister when t.Country == "USA" => "Secretary of State",
        OfficeKind.ForeignMinister when t.Country == "GBR" => "Foreign Secretary",
        OfficeKind.ForeignMinister => "Foreign Minister",
        OfficeKind.SecretaryGeneral => "Secretary-General",
        _ => null,
    };

    private string? TitlePhrase(OfficeTerm t, string country, Random rng)
    {
        string word = Word(t)!;
        if (word == "Vice President" && rng.Next(3) == 0)
        {
            word = "Vice-President";
        }

        if (t.Kind == OfficeKind.SecretaryGeneral)
        {
            string org = country switch { "UNO" => Pick(rng, (string[])["UN", "U.N.", "United Nations"]), "NATO" => "NATO", _ => "" };
            if (org.Length == 0)
            {
                return null;
            }

            return rng.Next(3) == 0 ? $"{t.Person}, the {org} secretary-general," : $"{org} {word} {t.Person}";
        }

        string? adjective = country switch
        {
            "USA" => Pick(rng, (string[])["U.S.", "US", "American"]),
            "GBR" => Pick(rng, (string[])["British", "UK"]),
            _ => countries.Demonym(country),
        };
        string? name = countries.Name(country);
        if (adjective is null || name is null)
        {
            return null;
        }

        string the = name.StartsWith("United", StringComparison.Ordinal) || name.EndsWith("Republic", StringComparison.Ordinal) || name.StartsWith("Republic", StringComparison.Ordinal) ? "the " : "";
        return rng.Next(4) switch
        {
            0 => $"{t.Person}, the {adjective} {word.ToLowerInvariant()},",
            1 => $"{word} of {the}{name} {t.Person}",
            _ => $"{adjective} {word} {t.Person}",
        };
    }

    // ---------------------------------------------------------------- a count contradicted for the same happening

    private static readonly string[] s_restate =
    [
        "{Src} said {N} {V} in {C}.",
        "{Src} put the number {V} in {C} at {N}.",
        "In all, {N} {V} in {C}, {src} said.",
        "According to {src}, {N} {V} in {C}.",
    ];

    private static readonly string[] s_sources = ["Police", "Officials", "Local authorities", "Hospital officials", "A government spokesman", "Witnesses", "The interior ministry"];

    private static Planting? Count(Article a, Random rng)
    {
        string text = a.Text;
        var sentences = Sentences(text);
        var found = CountRegex().Matches(text).Where(m => ParseCount(m.Groups["n"].Value) is > 0 and < 5000).ToList();
        if (sentences.Count < 3)
        {
            return null;
        }

        if (found.Count == 0)
        {
            return CountPair(a, sentences, rng);
        }

        var m = Pick(rng, found);
        int n = ParseCount(m.Groups["n"].Value);
        string noun = m.Groups["noun"].Success ? m.Groups["noun"].Value : "people";
        string verb = m.Groups["verb"].Value.ToLowerInvariant();
        string passive = verb switch { "dead" => "were dead", "died" => "died", "missing" => "were missing", _ => "were " + verb };
        var ctx = ContextRegex().Match(text, m.Index + m.Length);
        string context = ctx.Success && ctx.Index - (m.Index + m.Length) <= 40 ? ctx.Groups["c"].Value : "";
        if (context.Length == 0)
        {
            return CountPair(a, sentences, rng);
        }

        int other = n + (rng.Next(2) == 0 ? -1 : 1) * Math.Max(1, (int)(n * (0.2 + rng.NextDouble() * 0.6)));
        if (other <= 0 || other == n)
        {
            other = n + 2 + rng.Next(5);
        }

        string number = Text.Count(other, rng);
        // "In all" gives a total, which may exceed an earlier partial count: used only for a smaller, contradicting total.
        string template = Pick(rng, s_restate.Where(t => other < n || !t.StartsWith("In all", StringComparison.Ordinal)).ToList());
        string src = Pick(rng, s_sources);
        string sentence = template.Replace("{Src}", src, StringComparison.Ordinal).Replace("{src}", Lower(src.StartsWith("A ", StringComparison.Ordinal) ? "a" + src[1..] : src), StringComparison.Ordinal)
            .Replace("{V}", $"{noun} {passive}", StringComparison.Ordinal).Replace("{C}", context, StringComparison.Ordinal);
        if (template.StartsWith("{Src} put", StringComparison.Ordinal))
        {
            sentence = sentence.Replace($"{noun} {passive}", $"of {noun} {verb}", StringComparison.Ordinal);
        }

        int ni = sentence.IndexOf("{N}", StringComparison.Ordinal);
        sentence = Cap(sentence.Replace("{N}", number, StringComparison.Ordinal));
        var later = sentences.Where(s => s.Start >= m.Index).ToList();
        var after = Pick(rng, later);
        var (copy, at, start) = InsertAfter(text, after, sentence, rng.Next(3) == 0);
        var planted = new Span(start + ni, start + ni + number.Length);
        return new Planting("count", "numeric_conflict", copy, at, 0, copy.Length - text.Length, [planted], [new Span(m.Index, m.Index + m.Length)], $"{n} vs {other} {noun} {verb} {context}");
    }

    private static readonly string[] s_incidents = ["fire", "blast", "explosion", "crash", "clash", "attack", "accident", "shooting", "stampede", "collapse"];

    private static readonly string[] s_firstReport =
    [
        "{N} {noun} were {verb} in a {I} in {P}, {src} said.",
        "A {I} in {P} left {N} {noun} {verb}, according to {src}.",
        "{Src} said {N} {noun} were {verb} when a {I} hit {P}.",
    ];

    /// <summary>No count in the article to contradict: a short report of a happening in a place the article names, and later a second count of it.</summary>
    private static Planting? CountPair(Article a, List<Span> sentences, Random rng)
    {
        // Places the gazetteer knows, not months or weekdays ("in January").
        var places = PlaceRegex().Matches(a.Text).Select(m => m.Groups["p"].Value)
            .Where(p => !s_notNames.Contains(p) && MonthOf(p) == 0 && !s_weekdays.Contains(p) && Gazetteer.Shared.Candidates(p).Any()).Distinct(StringComparer.Ordinal).ToList();
        if (places.Count == 0 || sentences.Count < 4)
        {
            return null;
        }

        string place = Pick(rng, places);
        string incident = Pick(rng, s_incidents);
        var (noun, verb) = Pick(rng, (IReadOnlyList<(string, string)>)[("people", "killed"), ("people", "injured"), ("people", "wounded"), ("workers", "injured"), ("passengers", "hurt"), ("people", "arrested")]);
        int n = 2 + rng.Next(40);
        int other = n + (rng.Next(2) == 0 ? -1 : 1) * Math.Max(1, (int)(n * (0.2 + rng.NextDouble() * 0.6)));
        if (other <= 0 || other == n)
        {
            other = n + 3;
        }

        string src1 = Pick(rng, s_sources);
        string first = Pick(rng, s_firstReport);
        string n1 = Text.Count(n, rng);
        int ni1 = first.IndexOf("{N}", StringComparison.Ordinal);
        string s1 = first.Replace("{noun}", noun, StringComparison.Ordinal).Replace("{verb}", verb, StringComparison.Ordinal).Replace("a {I}", (incident[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + incident, StringComparison.Ordinal).Replace("A {I}", (incident[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "An " : "A ") + incident, StringComparison.Ordinal)
            .Replace("{P}", place, StringComparison.Ordinal).Replace("{Src}", src1, StringComparison.Ordinal).Replace("{src}", src1.ToLowerInvariant(), StringComparison.Ordinal);
        ni1 = s1.IndexOf("{N}", StringComparison.Ordinal);
        s1 = Cap(s1.Replace("{N}", n1, StringComparison.Ordinal));
        string n2 = Text.Count(other, rng);
        // "In all" gives a total, which may exceed an earlier partial count: used only for a smaller, contradicting total.
        string template = Pick(rng, s_restate.Where(t => other < n || !t.StartsWith("In all", StringComparison.Ordinal)).ToList());
        string src2 = Pick(rng, s_sources.Where(x => x != src1).ToList());
        string s2 = template.Replace("{Src}", src2, StringComparison.Ordinal).Replace("{src}", src2.ToLowerInvariant(), StringComparison.Ordinal)
            .Replace("{V}", template.StartsWith("{Src} put", StringComparison.Ordinal) ? $"of {noun} {verb}" : $"{noun} were {verb}", StringComparison.Ordinal)
            .Replace("{C}", $"the {incident} in {place}", StringComparison.Ordinal);
        int ni2 = s2.IndexOf("{N}", StringComparison.Ordinal);
        s2 = Cap(s2.Replace("{N}", n2, StringComparison.Ordinal));
        int i1 = rng.Next(sentences.Count - 3);
        int i2 = i1 + 1 + rng.Next(sentences.Count - i1 - 2);
        // Insert the later sentence first so the earlier offsets hold.
        var (c1, _, start2) = InsertAfter(a.Text, sentences[i2], s2, rng.Next(3) == 0);
        var (c2, at1, start1) = InsertAfter(c1, sentences[i1], s1, false);
        int shift = c2.Length - c1.Length;
        var firstSpan = new Span(start1 + ni1, start1 + ni1 + n1.Length);
        var planted = new Span(start2 + shift + ni2, start2 + shift + ni2 + n2.Length);
        return new Planting("count", "numeric_conflict", c2, at1, 0, c2.Length - a.Text.Length, [planted], [firstSpan], $"{n} vs {other} {noun} {verb} in the {incident} in {place} (both inserted)");
    }

    // ---------------------------------------------------------------- a quote given to two different speakers

    private static readonly string[] s_quoteTemplates =
    [
        "{O}“{Q},”{C} {P} said.",
        "{P} said: “{Q}”",
        "“{Q},” {P} told reporters.",
        "In a statement, {P} said: “{Q}”",
        "As {P} put it: “{Q}”",
    ];

    private static Planting? Quote(Article a, Random rng)
    {
        string text = a.Text;
        // Words between an opening mark and its closing one (or the first reopening inside it: “A. “B.” gives A.).
        var quotes = Quotations(text).Select(s => QuoteRegex().Match(text, s.Start, s.End - s.Start))
            .Where(m => m.Success && m.Groups["q"].Value.Split(' ').Length >= 8).ToList();
        var names = Names(text);
        if (quotes.Count == 0 || names.Count < 1)
        {
            return null;
        }

        var q = Pick(rng, quotes);
        string words = q.Groups["q"].Value.TrimEnd(',', ' ');
        // The original speaker is named within the sentence; the other speaker is another person the article names.
        var sentences = Sentences(text);
        // Whoever is named near the quote may be its speaker ("he said" paragraphs go on for a while, a pronoun reaches back
        // several paragraphs): only others qualify.
        int from = Math.Max(0, q.Index - 2000);
        string around = text.Substring(from, Math.Min(text.Length, q.Index + q.Length + 200) - from);
        var candidates = names.Where(n => !around.Contains(Surname(n), StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        string person = Pick(rng, candidates);
        string template = Pick(rng, s_quoteTemplates).Replace("{O}", "", StringComparison.Ordinal).Replace("{C}", "", StringComparison.Ordinal);
        bool straight = q.Value[0] == '"';
        string body = template.TrimEnd('.').EndsWith('”') ? words.TrimEnd('.') + "." : words.TrimEnd('.');
        string line = template.Replace("{P}", person, StringComparison.Ordinal);
        int qi = line.IndexOf("{Q}", StringComparison.Ordinal);
        line = line.Replace("{Q}", body, StringComparison.Ordinal);
        if (straight)
        {
            line = line.Replace('“', '"').Replace('”', '"');
        }

        line = Cap(line);
        var later = sentences.Where(s => s.Start > q.Index + q.Length).ToList();
        if (later.Count == 0)
        {
            return null;
        }

        var (copy, at, start) = InsertAfter(text, Pick(rng, later), line, rng.Next(2) == 0);
        int shift = q.Index < at ? 0 : copy.Length - text.Length;
        var planted = new Span(start + qi, start + qi + body.Length);
        var original = new Span(q.Groups["q"].Index + shift, q.Groups["q"].Index + q.Groups["q"].Length + shift);
        return new Planting("quote", "quote_conflict", copy, at, 0, copy.Length - text.Length, [planted], [original], $"quote re-attributed to {person}");
    }

    // ---------------------------------------------------------------- a figure attributed to two different sources

    private static readonly string[] s_figureTemplates =
    [
        "{X}, {P} said.",
        "According to {P}, {x}.",
        "{P} said {x}.",
        "{X}, {P} told reporters.",
    ];

    private static Planting? FigureSource(Article a, Random rng)
    {
        string text = a.Text;
        var names = Names(text);
        var found = new List<(Match M, string Claim, string Source, int FigureIndex, int FigureLength)>();
        foreach (Match m in AttributedFigureRegex().Matches(text))
        {
            // A claim that carries its own speaker ("analysts added that…") cannot be given to another source cleanly.
            var fig = FigureRegex().Match(m.Groups["claim"].Value);
            if (fig.Success && !SaidRegex().IsMatch(m.Groups["claim"].Value))
            {
                found.Add((m, m.Groups["claim"].Value, m.Groups["src"].Value, m.Groups["claim"].Index + fig.Index, fig.Length));
            }
        }

        if (found.Count == 0)
        {
            return FigurePair(a, rng);
        }

        var (match, claim, source, figAt, figLen) = Pick(rng, found);
        var candidates = names.Concat(OrgRegex().Matches(text).Select(m => m.Value)).Distinct(StringComparer.Ordinal)
            .Where(n => !source.Contains(Surname(n), StringComparison.Ordinal) && !n.Contains(Surname(source), StringComparison.Ordinal)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        string person = Pick(rng, candidates);
        string template = Pick(rng, s_figureTemplates);
        string claimText = claim.TrimEnd(',', ' ');
        string lowered = claimText.Length > 1 && char.IsUpper(claimText[0]) && char.IsLower(claimText[1]) && !Names(claimText).Any(n => claimText.StartsWith(n, StringComparison.Ordinal)) ? char.ToLowerInvariant(claimText[0]) + claimText[1..] : claimText;
        string usedClaim = template.Contains("{X}", StringComparison.Ordinal) ? claimText : lowered;
        string line = template.Replace("{P}", person, StringComparison.Ordinal);
        int ci = line.IndexOf(template.Contains("{X}", StringComparison.Ordinal) ? "{X}" : "{x}", StringComparison.Ordinal);
        line = line.Replace("{X}", usedClaim, StringComparison.Ordinal).Replace("{x}", usedClaim, StringComparison.Ordinal);
        line = Cap(line);
        var sentences = Sentences(text);
        var later = sentences.Where(s => s.Start > match.Index + match.Length).ToList();
        if (later.Count == 0)
        {
            return null;
        }

        var (copy, at, start) = InsertAfter(text, Pick(rng, later), line, rng.Next(2) == 0);
        int figureInClaim = figAt - match.Groups["claim"].Index;
        var planted = new Span(start + ci + figureInClaim, start + ci + figureInClaim + figLen);
        var original = new Span(figAt, figAt + figLen);
        return new Planting("figure_source", "attribution_conflict", copy, at, 0, copy.Length - text.Length, [planted], [original], $"{text.Substring(figAt, figLen)} from {source} and {person}");
    }

    private static readonly string[] s_genericSources = ["the finance ministry", "the central bank", "the statistics office", "industry analysts", "the company"];

    /// <summary>No attributed figure to contradict: attribute an unattributed figure sentence to one source, and later give its figure to another.</summary>
    private static Planting? FigurePair(Article a, Random rng)
    {
        string text = a.Text;
        var sentences = Sentences(text);
        var sources = Names(text).Concat(OrgRegex().Matches(text).Select(m => m.Value)).Distinct(StringComparer.Ordinal).ToList();
        var withFigure = sentences.Select((s, i) => (s, i)).Where(x => x.i + 2 < sentences.Count && text[x.s.End - 1] == '.' && x.s.End - x.s.Start is > 40 and < 260
            && FigureRegex().IsMatch(text.AsSpan(x.s.Start, x.s.End - x.s.Start)) && !text.AsSpan(x.s.Start, x.s.End - x.s.Start).ContainsAny("\"“”") && !SaidRegex().IsMatch(text.AsSpan(x.s.Start, x.s.End - x.s.Start)) && !PronounRegex().IsMatch(text.AsSpan(x.s.Start, x.s.End - x.s.Start))).ToList();
        if (withFigure.Count == 0)
        {
            return null;
        }

        var (f, fi) = Pick(rng, withFigure);
        string first = sources.Count > 0 ? Pick(rng, sources) : Pick(rng, s_genericSources);
        var rest = sources.Where(x => x != first && !x.Contains(Surname(first), StringComparison.Ordinal)).ToList();
        // A generic source inside the first one ("the central bank", "The European Central Bank") may be the same source.
        string second = rest.Count > 0 && rng.Next(4) > 0 ? Pick(rng, rest) : Pick(rng, s_genericSources.Where(x => x != first && !first.Contains(x.StartsWith("the ", StringComparison.Ordinal) ? x[4..] : x, StringComparison.OrdinalIgnoreCase)).ToList());
        string claim = text[f.Start..(f.End - 1)];
        var fig = FigureRegex().Match(claim);
        string lowered = char.IsUpper(claim[0]) && claim.Length > 1 && char.IsLower(claim[1]) && !claim.StartsWith(first, StringComparison.Ordinal) ? char.ToLowerInvariant(claim[0]) + claim[1..] : claim;
        string template = Pick(rng, s_figureTemplates);
        bool upper = template.Contains("{X}", StringComparison.Ordinal);
        string line = template.Replace("{P}", second, StringComparison.Ordinal);
        int ci = line.IndexOf(upper ? "{X}" : "{x}", StringComparison.Ordinal);
        line = Cap(line.Replace(upper ? "{X}" : "{x}", upper ? claim : lowered, StringComparison.Ordinal));
        var later = sentences.Skip(fi + 1).ToList();
        var (c1, _, start2) = InsertAfter(text, Pick(rng, later), line, rng.Next(2) == 0);
        string attribution = $", {first} said";
        string copy = c1.Insert(f.End - 1, attribution);
        var planted = new Span(start2 + attribution.Length + ci + fig.Index, start2 + attribution.Length + ci + fig.Index + fig.Length);
        var original = new Span(f.Start + fig.Index, f.Start + fig.Index + fig.Length);
        return new Planting("figure_source", "attribution_conflict", copy, f.End - 1, 0, copy.Length - text.Length, [planted], [original], $"{fig.Value} from {first} and {second} (both attributions planted)");
    }

    // ---------------------------------------------------------------- names the article gives people

    /// <summary>People the article names as speakers ("…, said John Smith", "Jane Doe said").</summary>
    private static List<string> Names(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in SpeakerRegex().Matches(text))
        {
            string n = m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value;
            var parts = n.Split(' ');
            if (parts.Length >= 2 && !s_notNames.Contains(parts[0]) && !s_notNames.Contains(parts[^1]))
            {
                names.Add(n);
            }
        }

        return [.. names.Order(StringComparer.Ordinal)];
    }

    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "But", "And", "In", "On", "At", "This", "That", "Mr", "Mrs", "Ms", "Dr",
        "Minister", "President", "Secretary", "Chairman", "Officials", "Police", "Reuters", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "Inc", "Corp", "Co", "Ltd", "Bank", "Group", "Party", "Department", "Ministry",
        "Street", "News", "House", "Office", "Council", "Committee", "Court", "University", "International", "National",
        "United", "American", "British", "General", "Federal", "State", "Exchange", "Commission", "Association", "Union",
        "Press", "Port", "Associated", "Times", "Post", "Journal", "Agency", "Securities", "Analysts", "Sources", "Reuter", "Reuters",
    };

    private static string Surname(string name) => name.Split(' ')[^1];

    [GeneratedRegex(@"(?:(?<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+(?:the\s+)?)?(?<date>(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)\s+(?<day>\d{1,2})(?!\d)(?:,?\s+(?<year>(?:19|20)\d\d))?|(?<day2>\d{1,2})\s+(?<mon2>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<year2>(?:19|20)\d\d))?)(?![\d\w])")]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"(?:the\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\s+(?:Corp|Inc|Bank|Ministry|Agency|Office|Department|Board|Institute|Association|Commission)\b")]
    private static partial Regex OrgRegex();

    [GeneratedRegex(@"\b(?:I|I'd|I'm|we|We|you|You|my|our|Our|My)\b")]
    private static partial Regex PronounRegex();

    [GeneratedRegex(@"\b(?:said|says|say|told|according to|reported|predicted|predicts|warned|claimed|argued|insisted|believes|added|explained|indicated|estimated|states|stated|announced)\b")]
    private static partial Regex SaidRegex();

    [GeneratedRegex(@"\b(?:in|at|near|from) (?<p>\p{Lu}\p{Ll}{3,}(?: \p{Lu}\p{Ll}+)?)\b")]
    private static partial Regex PlaceRegex();

    [GeneratedRegex(@"\b(?:19[9]\d|20[0-2]\d)\b")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\b(?<n>\d{1,3}(?:,\d{3})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?<noun>people|persons|civilians|soldiers|policemen|police officers|workers|miners|passengers|children|students|protesters|militants|troops|men|women|villagers|fishermen|hostages|crew members|demonstrators)\s+)(?:were|have been|had been|are|was)\s+(?:(?:reported|confirmed|feared|believed)\s+)?(?<verb>killed|wounded|injured|dead|arrested|detained|kidnapped|missing|hurt|evacuated|rescued)", RegexOptions.IgnoreCase)]
    private static partial Regex CountRegex();

    [GeneratedRegex(@"\G[^.;\n]*?\b(?<c>(?:in|at|during|near|after) (?:the |a |an )?[A-Za-z][^,.;\n""“”]{3,50}?)(?=[,.;]| on | when | as | after | since )")]
    private static partial Regex ContextRegex();

    [GeneratedRegex(@"[“""](?<q>[^”""\n]{40,400}?)[”""]")]
    private static partial Regex QuoteRegex();

    [GeneratedRegex(@"(?:\bsaid|\bsays|\btold|\baccording to)\s+(?<a>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})|(?<b>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s+(?:said|says|told|added)\b")]
    private static partial Regex SpeakerRegex();

    [GeneratedRegex(@"(?<=^|[.!?]\s|\n)(?<claim>\p{Lu}[^.!?\n""“”]{25,220}?),\s+(?<src>(?:the\s+)?\p{Lu}[\w.'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\w.'’-]*){0,5}|the (?:company|bank|ministry|government|agency|department|office|union|report|survey|group|board|statement)|(?:officials|analysts|economists|traders|dealers|sources|industry sources))\s+(?:said|says|reported|estimated|added)(?:\s+(?:in|on|at)\s+[^.\n]{0,60})?\.", RegexOptions.Multiline)]
    private static partial Regex AttributedFigureRegex();

    [GeneratedRegex(@"(?:\$|£|€)\s?\d[\d,.]*(?:\s?(?:mln|billion|million|bln|pct|percent|per cent|%))?|\d[\d,.]*\s?(?:pct|percent|per cent|%|mln dlrs|billion dlrs|mln|billion|million)")]
    private static partial Regex FigureRegex();
}
