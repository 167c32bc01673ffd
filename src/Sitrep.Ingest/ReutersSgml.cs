using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Core.Documents;

namespace Sitrep.Ingest;

/// <summary>
/// Reads a Reuters-21578 SGML file (many stories, Latin-1): one article per &lt;REUTERS&gt; element that has a body,
/// the title on the first line, the dateline and body after it with the hard-wrapped lines joined into paragraphs,
/// the &lt;DATE&gt; as the stated publication date, and "FILE#NEWID" as the source.
/// </summary>
public static partial class ReutersSgml
{
    public static IEnumerable<ArticleInput> Read(string sgml, string path, DateOnly? givenPublished)
    {
        ArgumentNullException.ThrowIfNull(sgml);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match story in StoryRegex().Matches(sgml))
        {
            string inner = story.Groups["inner"].Value;
            string body = Field(inner, "BODY");
            if (body.Length == 0)
            {
                continue;
            }

            // The title is one line (a wrapped TITLE is joined), so it is the text's first line (found by fuzzing).
            string title = Decode(Field(inner, "TITLE"));
            if (title.Contains('\n', StringComparison.Ordinal))
            {
                title = string.Join(' ', title.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }

            string dateline = Field(inner, "DATELINE");
            var text = new StringBuilder();
            if (title.Length > 0)
            {
                text.Append(title).Append('\n');
            }

            // A NEWID the file repeats still names one story: the repeats are numbered (found by fuzzing).
            string id = story.Groups["id"].Value;
            int n = seen[id] = seen.GetValueOrDefault(id) + 1;

            text.Append(WithoutSignOff(Paragraphs(Decode(dateline.Trim() + " " + body))));
            yield return new ArticleInput(text.ToString().TrimEnd(), n == 1 ? $"{path}#{id}" : $"{path}#{id}.{n}")
            {
                GivenPublished = givenPublished,
                StatedPublished = Date(Field(inner, "DATE")),
                Title = title.Length > 0 ? title : null,
            };
        }
    }

    private static string Field(string inner, string tag)
    {
        int a = inner.IndexOf("<" + tag + ">", StringComparison.Ordinal);
        if (a < 0)
        {
            return "";
        }

        a += tag.Length + 2;
        int b = inner.IndexOf("</" + tag + ">", a, StringComparison.Ordinal);
        return b < 0 ? "" : inner[a..b];
    }

    private static string Decode(string s)
    {
        var decoded = WebUtility.HtmlDecode(s);
        var sb = new StringBuilder(decoded.Length);
        foreach (char c in decoded)
        {
            if (c == '\n' || c == '\t' || c >= ' ')
            {
                sb.Append(c);
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// The body without the wire's sign-off, the word "Reuter" (or "REUTER") that ends a story; a "Reuters" or "Reuter"
    /// inside the text ("told Reuters") stays.
    /// </summary>
    private static string WithoutSignOff(string body)
    {
        var trimmed = body.AsSpan().TrimEnd();
        foreach (var sign in (ReadOnlySpan<string>)["Reuter", "REUTER"])
        {
            if (trimmed.EndsWith(sign, StringComparison.Ordinal) && (trimmed.Length == sign.Length || char.IsWhiteSpace(trimmed[^(sign.Length + 1)])))
            {
                return trimmed[..^sign.Length].TrimEnd().ToString();
            }
        }

        return trimmed.ToString();
    }

    /// <summary>Joins the wire's hard-wrapped lines; an indented line starts a new paragraph.</summary>
    private static string Paragraphs(string body)
    {
        var sb = new StringBuilder(body.Length);
        foreach (var raw in body.Split('\n'))
        {
            if (raw.Length == 0)
            {
                continue;
            }

            bool indented = raw.StartsWith("    ", StringComparison.Ordinal) || raw.StartsWith('\t');
            string line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(indented ? '\n' : ' ');
            }

            sb.Append(line);
        }

        return sb.ToString();
    }

    private static DateOnly? Date(string s)
    {
        string day = s.Trim().Split(' ')[0];
        return DateOnly.TryParseExact(day, "d-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    // Non-backtracking: time linear in the file, with no time limit (the backtracking engine rescanned the rest of the
    // file from every "<REUTERS" without a closing tag, quadratic in a hostile or truncated file).
    [GeneratedRegex(@"<REUTERS[^>]*NEWID=""(?<id>\d+)""[^>]*>(?<inner>.*?)</REUTERS>", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex StoryRegex();
}
