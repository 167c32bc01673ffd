using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Text;
using Sitrep.Core.Annotations;

namespace Sitrep.Evaluation;

/// <summary>A TimeML file (TempEval-3): its DCT, the plain text of its TEXT element and the TIMEX3s tagged in it.</summary>
/// <remarks>
/// The plain text is the TEXT element with every tag removed and entities decoded, as the TempEval-3 scorer reads it;
/// <see cref="InsertTimexes"/> writes tags back into the raw file so that everything else stays byte-identical.
/// </remarks>
public sealed partial class TimeMlDocument
{
    private readonly string _raw;
    private readonly int[] _rawStart;
    private readonly int[] _rawEnd;

    private TimeMlDocument(string raw, string plain, int[] rawStart, int[] rawEnd, DateOnly? dct, IReadOnlyList<TimexSpan> timexes)
    {
        _raw = raw;
        Text = plain;
        _rawStart = rawStart;
        _rawEnd = rawEnd;
        Dct = dct;
        Timexes = timexes;
    }

    /// <summary>The plain text of TEXT (tags stripped, entities decoded).</summary>
    public string Text { get; }

    /// <summary>The document creation time, if the file has a DCT with a date value.</summary>
    public DateOnly? Dct { get; }

    /// <summary>The TIMEX3s tagged inside TEXT (non-empty ones), in order.</summary>
    public IReadOnlyList<TimexSpan> Timexes { get; }

    /// <summary>Parses a TimeML file's content.</summary>
    /// <exception cref="FormatException">No TEXT element, or tags that do not nest.</exception>
    public static TimeMlDocument Parse(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var m = TextRegex().Match(raw);
        if (!m.Success)
        {
            throw new FormatException("no <TEXT>...</TEXT> element");
        }

        DateOnly? dct = null;
        var d = DctRegex().Match(raw);
        if (d.Success && d.Groups[1].Value.Length >= 10
            && DateOnly.TryParseExact(d.Groups[1].Value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            dct = date;
        }

        var body = m.Groups[1];
        var plain = new StringBuilder(body.Length);
        var rawStart = new List<int>(body.Length);
        var rawEnd = new List<int>(body.Length);
        var stack = new List<(string Name, int Start, string Attrs)>();
        var found = new List<(int Start, int End, string Attrs)>();
        int pos = body.Index;
        int stop = body.Index + body.Length;
        foreach (Match t in TagRegex().Matches(raw, body.Index))
        {
            if (t.Index >= stop)
            {
                break;
            }

            Decode(raw, pos, t.Index, plain, rawStart, rawEnd);
            pos = t.Index + t.Length;
            if (!t.Groups[2].Success)
            {
                continue;
            }

            string name = t.Groups[2].Value;
            if (t.Groups[1].Value.Length > 0)
            {
                int at = stack.FindLastIndex(s => string.Equals(s.Name, name, StringComparison.Ordinal));
                if (at < 0)
                {
                    throw new FormatException($"closing tag </{name}> without an opening tag");
                }

                if (string.Equals(name, "TIMEX3", StringComparison.Ordinal))
                {
                    found.Add((stack[at].Start, plain.Length, stack[at].Attrs));
                }

                stack.RemoveRange(at, stack.Count - at);
            }
            else if (t.Groups[4].Value.Length == 0)
            {
                stack.Add((name, plain.Length, t.Groups[3].Value));
            }
        }

        Decode(raw, pos, stop, plain, rawStart, rawEnd);
        if (stack.Count > 0)
        {
            throw new FormatException($"unclosed tag <{stack[^1].Name}>");
        }

        string text = plain.ToString();
        var timexes = new List<TimexSpan>(found.Count);
        foreach (var (start, end, attrs) in found)
        {
            if (text.AsSpan(start, end - start).IsWhiteSpace())
            {
                continue;
            }

            timexes.Add(new TimexSpan(start, end, Attr(attrs, "type"), Attr(attrs, "value")));
        }

        timexes.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return new TimeMlDocument(raw, text, [.. rawStart], [.. rawEnd], dct, timexes);
    }

    /// <summary>The file with one <c>&lt;TIMEX3 tid type value&gt;</c> element per expression inserted into TEXT; ranges are plain-text offsets.</summary>
    public string InsertTimexes(IReadOnlyList<TimeExpression> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var inserts = new List<(int At, int Order, string Tag)>(times.Count * 2);
        int tid = 0;
        int lastEnd = -1;
        foreach (var t in times.OrderBy(t => t.Range.Start))
        {
            if (t.Range.Start < lastEnd || t.Range.IsEmpty || t.Range.End > Text.Length)
            {
                continue;
            }

            lastEnd = t.Range.End;
            tid++;
            string open = $"<TIMEX3 tid=\"t{tid.ToString(CultureInfo.InvariantCulture)}\" type=\"{TypeName(t.Type)}\" value=\"{WebUtility.HtmlEncode(t.Value)}\">";
            inserts.Add((_rawStart[t.Range.Start], 1, open));
            inserts.Add((_rawEnd[t.Range.End - 1], 0, "</TIMEX3>"));
        }

        inserts.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Order.CompareTo(b.Order));
        var sb = new StringBuilder(_raw.Length + inserts.Count * 48);
        int pos = 0;
        foreach (var (at, _, tag) in inserts)
        {
            sb.Append(_raw, pos, at - pos).Append(tag);
            pos = at;
        }

        sb.Append(_raw, pos, _raw.Length - pos);
        return sb.ToString();
    }

    /// <summary>The TIMEX3 type name of a <see cref="TimexType"/>.</summary>
    public static string TypeName(TimexType type) => type switch
    {
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => "DATE",
    };

    private static string Attr(string attrs, string name)
    {
        foreach (Match a in AttrRegex().Matches(attrs))
        {
            if (string.Equals(a.Groups[1].Value, name, StringComparison.Ordinal))
            {
                return WebUtility.HtmlDecode(a.Groups[2].Success ? a.Groups[2].Value : a.Groups[3].Value).Trim();
            }
        }

        return "";
    }

    // Appends raw[from, to) decoded, recording for each plain character the raw range it came from.
    private static void Decode(string raw, int from, int to, StringBuilder plain, List<int> rawStart, List<int> rawEnd)
    {
        int i = from;
        while (i < to)
        {
            if (raw[i] == '&')
            {
                int semi = raw.IndexOf(';', i, Math.Min(12, to - i));
                if (semi > i)
                {
                    string entity = raw.Substring(i, semi - i + 1);
                    string decoded = WebUtility.HtmlDecode(entity);
                    if (decoded.Length is > 0 and <= 2 && !string.Equals(decoded, entity, StringComparison.Ordinal))
                    {
                        foreach (char c in decoded)
                        {
                            plain.Append(c);
                            rawStart.Add(i);
                            rawEnd.Add(semi + 1);
                        }

                        i = semi + 1;
                        continue;
                    }
                }
            }

            plain.Append(raw[i]);
            rawStart.Add(i);
            rawEnd.Add(i + 1);
            i++;
        }
    }

    // Non-backtracking (time linear in the file), so no time limit: a file reads the same however loaded the machine is.
    [GeneratedRegex(@"<TEXT(?:\s[^>]*)?>(.*?)</TEXT>", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex TextRegex();

    [GeneratedRegex(@"<DCT>.*?value=""([^""]+)""", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex DctRegex();

    [GeneratedRegex(@"<(/?)([A-Za-z_][\w.:-]*)((?:\s+[^<>]*?)?)\s*(/?)>|<!--.*?-->|<\?.*?\?>", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"([\w:.-]+)\s*=\s*(?:""([^""]*)""|'([^']*)')", RegexOptions.NonBacktracking)]
    private static partial Regex AttrRegex();
}
