using System.Text.RegularExpressions;
using System.Text;

namespace Sitrep.Evaluation;

/// <summary>One gold quotation: its span (marks included), its core and the Source spans of its attribution (UTF-16 offsets).</summary>
public sealed record GoldQuote(int Start, int End, int CoreStart, int CoreEnd, IReadOnlyList<(int Start, int End)> Sources);

/// <summary>One annotated text: its text (\r\n made \n), its gold quotes and the partial quotes inside indirect content ("zones").</summary>
public sealed record GoldText(string Name, string Text, IReadOnlyList<GoldQuote> Quotes, IReadOnlyList<GoldQuote> Zones, int DirectContents);

/// <summary>
/// Reads PolNeAR-style brat standoff (text/NAME.txt, attributions/NAME*.ann with Source/Cue/Content spans) into gold quotes,
/// by the rules of the project's quote scorer: a Content that opens with (or is enclosed by) a quotation mark is direct, and
/// each quoted stretch in it is one gold quote.
/// </summary>
public static partial class QuoteGold
{
    /// <summary>The annotated texts of <paramref name="directory"/> in name order.</summary>
    /// <exception cref="IOException">The directory lacks text/ or attributions/.</exception>
    public static IReadOnlyList<GoldText> Load(string directory, bool partial)
    {
        string textDir = Path.Combine(directory, "text"), annDir = Path.Combine(directory, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
        {
            throw new IOException($"{directory} must contain text/ and attributions/");
        }

        var texts = Directory.GetFiles(textDir, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var stems = texts.Select(f => f[..^4]).ToHashSet(StringComparer.Ordinal);
        var anns = Directory.GetFiles(annDir, "*.ann").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var result = new List<GoldText>();
        foreach (var file in texts)
        {
            string stem = file[..^4];
            var ann = anns.FirstOrDefault(a => string.Equals(a, stem + ".ann", StringComparison.Ordinal)
                || (a.StartsWith(stem + "_", StringComparison.Ordinal) && !a[(stem.Length + 1)..^4].Contains('_', StringComparison.Ordinal) && !stems.Contains(a[..^4])));
            if (ann is null)
            {
                continue;
            }

            string raw = ReadUtf8(Path.Combine(textDir, file));
            result.Add(Parse(stem, raw, ReadUtf8(Path.Combine(annDir, ann)), partial));
        }

        return result;
    }

    /// <summary>Gold quotes of one text from its raw text and its .ann content.</summary>
    public static GoldText Parse(string name, string raw, string ann, bool partial)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(ann);
        string text = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        var map = OffsetMap(raw);
        var spans = new Dictionary<string, (string Type, List<(int Start, int End)> Segments)>(StringComparer.Ordinal);
        var links = new List<List<string>>();
        foreach (var rawLine in ann.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var m = TLineRegex().Match(line);
            if (m.Success)
            {
                var segs = new List<(int, int)>();
                foreach (var part in m.Groups[3].Value.Split(';'))
                {
                    var ab = part.Split(' ');
                    int a = int.Parse(ab[0], System.Globalization.CultureInfo.InvariantCulture);
                    int b = int.Parse(ab[1], System.Globalization.CultureInfo.InvariantCulture);
                    if (a < 0 || a > b || b >= map.Length)
                    {
                        throw new InvalidDataException($"{name}: span {a} {b} outside the text");
                    }

                    segs.Add((map[a], map[b]));
                }

                segs.Sort();
                var merged = new List<(int Start, int End)> { segs[0] };
                foreach (var (a, b) in segs.Skip(1))
                {
                    var last = merged[^1];
                    if (!text.AsSpan(last.End, Math.Max(0, a - last.End)).IsWhiteSpace())
                    {
                        merged.Add((a, b));
                    }
                    else
                    {
                        merged[^1] = (last.Start, Math.Max(b, last.End));
                    }
                }

                spans[m.Groups[1].Value] = (m.Groups[2].Value, merged);
                continue;
            }

            var r = RelationRegex().Match(line);
            if (r.Success)
            {
                links.Add(r.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(x => x.Contains(':', StringComparison.Ordinal)).Select(x => x[(x.IndexOf(':', StringComparison.Ordinal) + 1)..]).ToList());
            }
        }

        var contentSources = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        foreach (var ids in links)
        {
            var sources = ids.Where(id => spans.TryGetValue(id, out var s) && s.Type == "Source").SelectMany(id => spans[id].Segments).ToList();
            foreach (var id in ids.Where(id => spans.TryGetValue(id, out var s) && s.Type.StartsWith("Content", StringComparison.Ordinal)))
            {
                if (!contentSources.TryGetValue(id, out var list))
                {
                    contentSources[id] = list = [];
                }

                list.AddRange(sources);
            }
        }

        var quotes = new List<GoldQuote>();
        var zones = new List<GoldQuote>();
        int direct = 0;
        foreach (var (id, (type, segs)) in spans.OrderBy(kv => kv.Value.Segments, SegmentsComparer.Instance))
        {
            if (!type.StartsWith("Content", StringComparison.Ordinal))
            {
                continue;
            }

            var first = segs[0];
            bool isDirect = QuoteMarks.BeginsWithOpenQuote(text, first.Start, first.End) || QuoteMarks.Enclosed(text, first.Start, first.End);
            var found = new List<(int Start, int End)>();
            foreach (var (a, b) in segs)
            {
                if (isDirect && QuoteMarks.Enclosed(text, a, b) && !QuoteMarks.BeginsWithOpenQuote(text, a, b))
                {
                    found.Add(QuoteMarks.TrimWhiteSpace(text, a, b));
                }
                else
                {
                    found.AddRange(QuoteMarks.FindStretches(text, a, b));
                }
            }

            var src = (contentSources.TryGetValue(id, out var l) ? l : []).Distinct().Order().ToList();
            if (isDirect)
            {
                direct++;
                if (found.Count == 0)
                {
                    found.Add(QuoteMarks.TrimWhiteSpace(text, first.Start, first.End));
                }
            }

            foreach (var (a, b) in found)
            {
                var (ca, cb) = QuoteMarks.Core(text, a, b);
                (isDirect || partial ? quotes : zones).Add(new GoldQuote(a, b, ca, cb, src));
            }
        }

        return new GoldText(name, text, quotes, zones, direct);
    }

    /// <summary>Maps brat's code-point offsets into <paramref name="raw"/> to UTF-16 offsets into the text with \r\n made \n.</summary>
    private static int[] OffsetMap(string raw)
    {
        var map = new List<int>(raw.Length + 1);
        int k = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            if (char.IsLowSurrogate(raw[i]) && i > 0 && char.IsHighSurrogate(raw[i - 1]))
            {
                k++;
                continue;
            }

            map.Add(k);
            bool crBeforeLf = raw[i] == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n';
            if (!crBeforeLf)
            {
                k++;
            }
        }

        map.Add(k);
        return [.. map];
    }

    private static string ReadUtf8(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false, true));
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    [GeneratedRegex(@"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t|$)")]
    private static partial Regex TLineRegex();

    [GeneratedRegex(@"^([ER]\d+)\t(.*)$")]
    private static partial Regex RelationRegex();

    private sealed class SegmentsComparer : IComparer<List<(int Start, int End)>>
    {
        public static SegmentsComparer Instance { get; } = new();

        public int Compare(List<(int Start, int End)>? x, List<(int Start, int End)>? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            for (int i = 0; i < Math.Min(x.Count, y.Count); i++)
            {
                int c = x[i].CompareTo(y[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}
