using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Core.Events;

namespace Sitrep.Evaluation;

/// <summary>A gold actor: its words in the text and its country (or CAMEO actor) code.</summary>
public sealed record GoldActor(string Text, string Code);

/// <summary>One gold record: a sentence, the PLOVER categories it holds, and the actors of its (first) event.</summary>
public sealed record EventGoldRecord(string Id, string Text, IReadOnlyList<string> Categories, IReadOnlyList<GoldActor> Sources, IReadOnlyList<GoldActor> Targets);

/// <summary>
/// Reads event gold: the PLOVER gold standard records (a JSON array, old category names mapped to the current ones)
/// or PETRARCH validation records (XML with CAMEO codes, mapped to PLOVER; records whose codes have no PLOVER
/// category are left out).
/// </summary>
public static partial class EventGold
{
    private static readonly Dictionary<string, string> s_oldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DEMAND"] = Plover.Request, ["FIGHT"] = Plover.Assault, ["DISAPPROVE"] = Plover.Accuse, ["INVESTIGATE"] = Plover.Accuse,
    };

    /// <summary>Loads a .json (PLOVER GSR) or .xml (PETRARCH) gold file.</summary>
    /// <exception cref="InvalidDataException">The file is not gold of either kind.</exception>
    public static IReadOnlyList<EventGoldRecord> Load(string path)
    {
        var text = File.ReadAllText(path);
        var records = text.TrimStart().StartsWith('<') ? ReadPetrarch(text) : ReadPlover(text, path);
        if (records.Count == 0)
        {
            throw new InvalidDataException($"{path}: no gold event records found");
        }

        return records;
    }

    /// <summary>The current PLOVER name of a category (DEMAND → REQUEST, FIGHT → ASSAULT, …).</summary>
    public static string Normalize(string category)
    {
        var upper = category.Trim().ToUpperInvariant();
        return s_oldNames.GetValueOrDefault(upper, upper);
    }

    /// <summary>A record's text as one line (what <c>--write-lines</c> of score_events.py writes).</summary>
    public static string OneLine(string text) => LineBreaks().Replace(text, " ").Trim();

    private static List<EventGoldRecord> ReadPlover(string json, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not JSON ({ex.Message})", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{path}: expected a JSON array of records");
            }

            var records = new List<EventGoldRecord>();
            foreach (var r in document.RootElement.EnumerateArray())
            {
                if (r.ValueKind != JsonValueKind.Object || !r.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String
                    || string.IsNullOrWhiteSpace(t.GetString()))
                {
                    continue;
                }

                string category = r.TryGetProperty("event", out var ev) && ev.ValueKind == JsonValueKind.String ? ev.GetString()! : "";
                if (category.Equals("DOCUMENT", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                string id = r.TryGetProperty("id", out var idElement) ? idElement.ToString() : "";
                records.Add(new EventGoldRecord(id, OneLine(t.GetString()!), [Normalize(category)], Actors(r, "source"), Actors(r, "target")));
            }

            return records;
        }
    }

    private static List<GoldActor> Actors(JsonElement record, string role)
    {
        var found = new List<GoldActor>();
        if (!record.TryGetProperty(role, out var value))
        {
            return found;
        }

        IEnumerable<JsonElement> items = value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray(),
            JsonValueKind.Object => [value],
            _ => [],
        };
        foreach (var a in items)
        {
            if (a.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            string text = a.TryGetProperty("actorText", out var at) && at.ValueKind == JsonValueKind.String ? at.GetString()! : "";
            string code = a.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
            if (text.Length > 0 || code.Length > 0)
            {
                found.Add(new GoldActor(text, code));
            }
        }

        return found;
    }

    private static List<EventGoldRecord> ReadPetrarch(string xml)
    {
        var records = new List<EventGoldRecord>();
        var starts = SentenceStart().Matches(xml);
        for (int i = 0; i < starts.Count; i++)
        {
            int from = starts[i].Index;
            int to = i + 1 < starts.Count ? starts[i + 1].Index : xml.Length;
            var block = xml[from..to];
            var id = IdAttribute().Match(starts[i].Value) is { Success: true } m ? m.Groups[1].Value : "";
            var text = TextElement().Match(block);
            if (!text.Success || id.Contains("FINAL", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var categories = new List<string>();
            var sources = new List<GoldActor>();
            var targets = new List<GoldActor>();
            foreach (Match coding in EventCoding().Matches(block))
            {
                var attributes = coding.Value;
                if (Attribute(attributes, "eventcode") is { } code && CameoToPlover.Category(code) is { } category)
                {
                    if (!categories.Contains(category))
                    {
                        categories.Add(category);
                    }

                    if (Attribute(attributes, "sourcecode") is { Length: >= 3 } s && sources.Count == 0)
                    {
                        sources.Add(new GoldActor("", s[..3]));
                    }

                    if (Attribute(attributes, "targetcode") is { Length: >= 3 } t && targets.Count == 0)
                    {
                        targets.Add(new GoldActor("", t[..3]));
                    }
                }
            }

            if (categories.Count > 0)
            {
                records.Add(new EventGoldRecord(id, OneLine(System.Net.WebUtility.HtmlDecode(text.Groups[1].Value)), categories, sources, targets));
            }
        }

        return records;
    }

    private static string? Attribute(string element, string name)
    {
        var m = Regex.Match(element, name + "\\s*=\\s*\"([^\"]*)\"", RegexOptions.CultureInvariant);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<Sentence\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceStart();

    [GeneratedRegex(@"\bid\s*=\s*""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"<Text>\s*(.*?)\s*</Text>", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex(@"<EventCoding\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex EventCoding();

    [GeneratedRegex(@"[\r\n\t\v\f\u2028\u2029\u0085]+", RegexOptions.CultureInvariant)]
    private static partial Regex LineBreaks();
}
