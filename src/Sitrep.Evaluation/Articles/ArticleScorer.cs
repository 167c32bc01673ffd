using System.Globalization;
using System.Text.Json;
using System.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores one analysis record (sitrep/1 JSON) against a hand-made reference reading of the whole article, with the
/// measures of <c>../shared/tools/score_article.py</c> (same matching, same thresholds, same counts), plus places:
/// a reference place is found when an output place's name or its entity's names match one of its names, and its
/// country is right when a found output place carries the reference ISO3 code.
/// </summary>
public static class ArticleScorer
{
    /// <summary>Scores <paramref name="record"/> (a sitrep/1 object) against <paramref name="gold"/> (a reference reading).</summary>
    public static ArticleScore Score(JsonElement gold, JsonElement record)
    {
        var s = new ArticleScore();
        string text = record.TryGetProperty("document", out var doc) && doc.ValueKind == JsonValueKind.Object ? Str(doc, "text") ?? "" : "";
        var entities = Array(record, "entities");
        var names = EntityNames(entities);

        ScoreEntities(gold, entities, names, s);
        ScoreQuotes(gold, Array(record, "quotes"), names, s);
        ScoreTimes(gold, Array(record, "times"), s);
        ScoreQuantities(gold, Array(record, "quantities"), s);
        ScoreEvents(gold, Array(record, "events"), names, text, s);
        ScoreFindings(gold, Array(record, "findings"), s);
        ScorePlaces(gold, Array(record, "places"), names, s);
        return s;
    }

    /// <summary>The score line of <c>score_article.py</c> for one article's counts (ratios of zero counts are 0.00).</summary>
    public static string PythonLine(ArticleScore s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"score: entities R={R(s.EntitiesFound, s.EntitiesGold):F2} person-P={R(s.PeopleRight, s.PeopleOut):F2} quotes R={R(s.QuotesFound, s.QuotesGold):F2} P={R(s.QuotesOut - s.QuotesSpurious, s.QuotesOut):F2} speaker={R(s.SpeakerRight, s.QuotesFound):F2} " +
            $"times R={R(s.TimesRecalled, s.TimesGold):F2} value={R(s.TimeValueRight, s.TimesFound):F2} quantities R={R(s.QuantitiesFound, s.QuantitiesGold):F2} events R={R(s.EventsFound, s.EventsGold):F2} args={R(s.EventArgsRight, s.EventsGold):F2} " +
            $"findings R={R(s.FindingsFound, s.FindingsRequired):F2} extra-findings={s.ExtraFindings}");
    }

    /// <summary>a / b, 0 when b is 0 (the scorer's <c>ratio</c>).</summary>
    public static double R(int a, int b) => b > 0 ? (double)a / b : 0.0;

    /// <summary>The scorer's normalization: curly quotes straightened, white space collapsed, outer quotes and punctuation trimmed, lower case.</summary>
    public static string Norm(string? s)
    {
        if (s is null)
        {
            return "";
        }

        var b = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c0 in s)
        {
            char c = c0 switch { '\u2019' or '\u2018' => '\'', '\u201c' or '\u201d' => '"', _ => c0 };
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && b.Length > 0)
            {
                b.Append(' ');
            }

            space = false;
            b.Append(c);
        }

        return b.ToString().Trim(' ', '"', '\'', '.', ',', ';', ':').ToLowerInvariant();
    }

    /// <summary>How far two strings cover each other: 1 when equal, the length ratio when one contains the other, else 0.</summary>
    public static double Overlap(string? a, string? b)
    {
        string x = Norm(a), y = Norm(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return 0.0;
        }

        if (x == y)
        {
            return 1.0;
        }

        if (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal))
        {
            return (double)Math.Min(x.Length, y.Length) / Math.Max(x.Length, y.Length);
        }

        return 0.0;
    }

    private static void ScoreEntities(JsonElement gold, List<JsonElement> entities, Dictionary<string, HashSet<string>> names, ArticleScore s)
    {
        var goldPeople = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in Array(gold, "entities"))
        {
            var types = StrList(g, "type").ToHashSet(StringComparer.Ordinal);
            var want = GoldNames(g);
            bool hit = entities.Any(e => Str(e, "type") is { } t && types.Contains(t) && NamesOf(names, Str(e, "id")).Overlaps(want));
            s.EntitiesGold++;
            if (hit)
            {
                s.EntitiesFound++;
            }
            else
            {
                s.Lines.Add($"  entity missed: {Str(g, "name")} ({string.Join('/', types)})");
            }

            if (types.Contains("PERSON"))
            {
                goldPeople.UnionWith(want);
            }
        }

        foreach (var e in entities.Where(e => Str(e, "type") == "PERSON"))
        {
            s.PeopleOut++;
            if (NamesOf(names, Str(e, "id")).Overlaps(goldPeople))
            {
                s.PeopleRight++;
            }
            else
            {
                s.Lines.Add($"  person not in reference: {Str(e, "name")}");
            }
        }
    }

    private static void ScoreQuotes(JsonElement gold, List<JsonElement> quotes, Dictionary<string, HashSet<string>> names, ArticleScore s)
    {
        var goldQuotes = Array(gold, "quotes");
        var used = new HashSet<int>();
        foreach (var g in goldQuotes)
        {
            string gText = Str(g, "text") ?? "";
            double best = 0.0;
            int bestIndex = -1;
            for (int i = 0; i < quotes.Count; i++)
            {
                double o = Overlap(Str(quotes[i], "text"), gText);
                if (o > best)
                {
                    best = o;
                    bestIndex = i;
                }
            }

            s.QuotesGold++;
            if (best >= 0.8)
            {
                s.QuotesFound++;
                used.Add(bestIndex);
                var q = quotes[bestIndex];
                var speaker = new HashSet<string>(StringComparer.Ordinal);
                if (Str(q, "speaker") is { } id && names.TryGetValue(id, out var n))
                {
                    speaker.UnionWith(n);
                }

                speaker.Add(Norm(Str(q, "speaker_name")));
                var want = StrList(g, "speaker").Select(Norm).ToList();
                if (want.Any(speaker.Contains))
                {
                    s.SpeakerRight++;
                }
                else
                {
                    s.Lines.Add($"  quote speaker wrong: \"{Head(gText, 40)}\" want [{string.Join(", ", StrList(g, "speaker"))}] got {Str(q, "speaker_name") ?? "None"}");
                }
            }
            else
            {
                s.Lines.Add($"  quote missed: \"{Head(gText, 50)}\"");
            }
        }

        var optional = Array(gold, "quotes_optional").Select(o => Norm(Str(o, "text"))).ToHashSet(StringComparer.Ordinal);
        s.QuotesOut = quotes.Count;
        for (int i = 0; i < quotes.Count; i++)
        {
            string? qText = Str(quotes[i], "text");
            if (!used.Contains(i) && !goldQuotes.Any(g => Overlap(qText, Str(g, "text")) >= 0.8) && !optional.Contains(Norm(qText)))
            {
                s.QuotesSpurious++;
                s.Lines.Add($"  quote not in reference: \"{Head(qText ?? "", 50)}\"");
            }
        }
    }

    private static void ScoreTimes(JsonElement gold, List<JsonElement> times, ArticleScore s)
    {
        foreach (var g in Array(gold, "times"))
        {
            string gText = Str(g, "text") ?? "";
            string gValue = Str(g, "value") ?? "";
            bool optional = Bool(g, "optional");
            var m = times.Where(t => Overlap(Str(t, "text"), gText) > 0.5).ToList();
            if (!optional)
            {
                s.TimesGold++;
            }

            if (m.Count > 0)
            {
                s.TimesFound++;
                if (m.Any(t => string.Equals(Str(t, "value") ?? "", gValue, StringComparison.OrdinalIgnoreCase)))
                {
                    s.TimeValueRight++;
                }
                else
                {
                    s.Lines.Add($"  time value: \"{gText}\" want {Str(g, "value")} got [{string.Join(", ", m.Select(t => Str(t, "value") ?? "None"))}]");
                }
            }
            else if (!optional)
            {
                s.Lines.Add($"  time missed: \"{gText}\"");
            }
        }

        s.TimesRecalled = Math.Min(s.TimesFound, s.TimesGold);
    }

    private static void ScoreQuantities(JsonElement gold, List<JsonElement> quantities, ArticleScore s)
    {
        foreach (var g in Array(gold, "quantities"))
        {
            double want = Num(g, "value") ?? double.NaN;
            string? kind = Str(g, "kind");
            string? counts = Str(g, "counts");
            bool ok = quantities.Any(q =>
                Num(q, "value") is { } v
                && Math.Abs(v - want) < 1e-6 * Math.Max(1.0, Math.Abs(want))
                && Str(q, "kind") == kind
                && (counts is null || Str(q, "counts") == counts));
            s.QuantitiesGold++;
            if (ok)
            {
                s.QuantitiesFound++;
            }
            else
            {
                s.Lines.Add($"  quantity missed: \"{Str(g, "text")}\" ({kind} {Str(g, "value") ?? want.ToString(CultureInfo.InvariantCulture)} {counts})");
            }
        }
    }

    private static void ScoreEvents(JsonElement gold, List<JsonElement> events, Dictionary<string, HashSet<string>> names, string text, ArticleScore s)
    {
        foreach (var g in Array(gold, "events"))
        {
            if (Bool(g, "optional"))
            {
                continue;
            }

            s.EventsGold++;
            string? type = Str(g, "type");
            string contains = Norm(Str(g, "evidence_contains"));
            var candidates = events.Where(v => Str(v, "type") == type && Norm(EvidenceText(v, text)).Contains(contains, StringComparison.Ordinal)).ToList();
            if (candidates.Count == 0)
            {
                s.Lines.Add($"  event missed: {type} \"{Str(g, "evidence_contains")}\"");
                continue;
            }

            s.EventsFound++;
            var wantSource = StrList(g, "source").Select(Norm).ToHashSet(StringComparer.Ordinal);
            var wantTarget = StrList(g, "target").Select(Norm).ToHashSet(StringComparer.Ordinal);
            bool sourceOk = false, targetOk = false;
            foreach (var v in candidates)
            {
                var sourceNames = new HashSet<string>(NamesOf(names, Str(v, "source")), StringComparer.Ordinal) { Norm(Str(v, "source_country")) };
                var targetNames = new HashSet<string>(NamesOf(names, Str(v, "target")), StringComparer.Ordinal) { Norm(Str(v, "target_country")) };
                sourceOk |= sourceNames.Overlaps(wantSource) || wantSource.Count == 0;
                targetOk |= targetNames.Overlaps(wantTarget) || wantTarget.Count == 0;
            }

            if (sourceOk && targetOk)
            {
                s.EventArgsRight++;
            }
            else
            {
                s.Lines.Add($"  event arguments: {type} \"{Str(g, "evidence_contains")}\" source ok={PyBool(sourceOk)} target ok={PyBool(targetOk)}");
            }
        }
    }

    private static void ScoreFindings(JsonElement gold, List<JsonElement> findings, ArticleScore s)
    {
        var goldKinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in Array(gold, "findings"))
        {
            string? kind = Str(g, "kind");
            goldKinds.Add(kind ?? "");
            bool hit = findings.Any(f => Str(f, "kind") == kind);
            bool required = Bool(g, "required");
            if (required)
            {
                s.FindingsRequired++;
                if (hit)
                {
                    s.FindingsFound++;
                }
            }

            if (!hit)
            {
                s.Lines.Add($"  finding missed{(required ? " (required)" : "")}: {kind}");
            }
        }

        foreach (var f in findings.Where(f => !goldKinds.Contains(Str(f, "kind") ?? "")))
        {
            s.ExtraFindings++;
            s.Lines.Add($"  finding not in reference: {Str(f, "kind")}: {Str(f, "message")}");
        }
    }

    // Places (not in score_article.py): each reference place {name, mentions?, country (one ISO3 code or a list of
    // accepted codes, e.g. the Soviet Union as RUS or SUN)} is found when an output place's
    // name, or a name of the entity it points to, is one of the reference names; its country is right when one of the
    // output places found for it has the reference country. An output place that matches no reference place (nor an
    // entry of places_optional) is counted as spurious.
    private static void ScorePlaces(JsonElement gold, List<JsonElement> places, Dictionary<string, HashSet<string>> names, ArticleScore s)
    {
        if (!gold.TryGetProperty("places", out _))
        {
            return;
        }

        var placeNames = places.Select(p => new HashSet<string>(NamesOf(names, Str(p, "entity")), StringComparer.Ordinal) { Norm(Str(p, "name")) }).ToList();
        var matchedOut = new HashSet<int>();
        foreach (var g in Array(gold, "places"))
        {
            var want = GoldNames(g);
            var countries = StrList(g, "country");
            string country = string.Join('/', countries);
            var found = Enumerable.Range(0, places.Count).Where(i => placeNames[i].Overlaps(want)).ToList();
            s.PlacesGold++;
            matchedOut.UnionWith(found);
            if (found.Count == 0)
            {
                s.Lines.Add($"  place missed: {Str(g, "name")} ({country})");
                continue;
            }

            s.PlacesFound++;
            if (found.Any(i => countries.Contains(Str(places[i], "country") ?? "", StringComparer.OrdinalIgnoreCase)))
            {
                s.PlaceCountryRight++;
            }
            else
            {
                s.Lines.Add($"  place country: {Str(g, "name")} want {country} got [{string.Join(", ", found.Select(i => $"{Str(places[i], "name")}/{Str(places[i], "country") ?? "None"}"))}]");
            }
        }

        var optional = Array(gold, "places_optional").SelectMany(GoldNames).ToHashSet(StringComparer.Ordinal);
        s.PlacesOut += places.Count;
        for (int i = 0; i < places.Count; i++)
        {
            if (!matchedOut.Contains(i) && !placeNames[i].Overlaps(optional))
            {
                s.PlacesSpurious++;
                s.Lines.Add($"  place not in reference: {Str(places[i], "name")} ({Str(places[i], "country") ?? "None"})");
            }
        }
    }

    private static string EvidenceText(JsonElement v, string text)
    {
        if (text.Length == 0 || !v.TryGetProperty("evidence", out var ev) || ev.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        int start = (int)(Num(ev, "start") ?? 0), end = (int)(Num(ev, "end") ?? 0);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, 0, text.Length);
        return end > start ? text[start..end] : "";
    }

    private static Dictionary<string, HashSet<string>> EntityNames(List<JsonElement> entities)
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            var set = new HashSet<string>(StringComparer.Ordinal) { Norm(Str(e, "name")) };
            foreach (var m in Array(e, "mentions"))
            {
                set.Add(Norm(Str(m, "text")));
            }

            names[Str(e, "id") ?? ""] = set;
        }

        return names;
    }

    private static HashSet<string> NamesOf(Dictionary<string, HashSet<string>> names, string? id) =>
        id is not null && names.TryGetValue(id, out var set) ? set : [];

    private static HashSet<string> GoldNames(JsonElement g)
    {
        var want = new HashSet<string>(StringComparer.Ordinal) { Norm(Str(g, "name")) };
        foreach (string m in StrList(g, "mentions"))
        {
            want.Add(Norm(m));
        }

        return want;
    }

    private static List<JsonElement> Array(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? [.. a.EnumerateArray()] : [];

    // A string, or a list of strings (nulls skipped): the scorer's as_list.
    private static List<string> StrList(JsonElement o, string name)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(name, out var v))
        {
            return [];
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => [v.GetString()!],
            JsonValueKind.Array => [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)],
            _ => [],
        };
    }

    private static string? Str(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static bool Bool(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static string PyBool(bool b) => b ? "True" : "False";

    private static string Head(string s, int n) => s.Length <= n ? s : s[..n];
}
