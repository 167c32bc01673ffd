using System.Text.RegularExpressions;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;

namespace Sitrep.Core.Articles;

/// <summary>
/// Finds the article's structure from its lines: title (first line), subtitle, section headings,
/// byline, a stated publication date, a dateline, embedded social posts with their signature line,
/// and pull quotes with their attribution line.
/// </summary>
public sealed partial class StructureFinder : IPipelineComponent
{
    public string Name => "structure.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Structure];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Set(Layers.Structure, Find(document.Input));
    }

    /// <summary>Reads the structure of <paramref name="input"/>'s text.</summary>
    public static ArticleStructure Find(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string text = input.Text;
        var lines = Lines.Of(text);
        var kinds = new LineKind[lines.Count];
        if (lines.Count == 0)
        {
            return new ArticleStructure();
        }

        kinds[0] = LineKind.Title;
        var posts = new List<EmbeddedPost>();
        var pulls = new List<PullQuote>();
        TextSpan? byline = null;
        StatedDate? published = null;

        for (int i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var s = text.AsSpan(line.Start, line.Length);
            if (TryPostSignature(text, line, out var author, out var handle, out var date, out var dateRange))
            {
                kinds[i] = LineKind.PostSignature;
                int textLine = i - 1;
                if (textLine >= 1 && kinds[textLine] == LineKind.Body)
                {
                    kinds[textLine] = LineKind.PostText;
                    var postText = lines[textLine];
                    posts.Add(new EmbeddedPost
                    {
                        Range = new CharRange(postText.Start, line.End),
                        TextRange = postText,
                        Author = author,
                        Handle = handle,
                        Date = date,
                        DateRange = dateRange,
                        Platform = handle is null ? null : "X",
                    });
                }

                continue;
            }

            if (IsAttributionLine(s) && i >= 2 && IsWholeQuote(text.AsSpan(lines[i - 1].Start, lines[i - 1].Length)) && kinds[i - 1] == LineKind.Body)
            {
                kinds[i] = LineKind.PullAttribution;
                kinds[i - 1] = LineKind.PullQuote;
                var q = lines[i - 1];
                var inner = TrimQuotes(text, q);
                int a = line.Start;
                while (a < line.End && (char.IsWhiteSpace(text[a]) || IsDash(text[a])))
                {
                    a++;
                }

                var attribution = new CharRange(a, line.End);
                pulls.Add(new PullQuote(new CharRange(q.Start, line.End), inner, new TextSpan(text.Substring(a, line.End - a), attribution)));
                continue;
            }

            if (byline is null && BylineRegex().IsMatch(s) && Words.Count(s) <= 10)
            {
                kinds[i] = LineKind.Byline;
                byline = new TextSpan(s.ToString(), line);
                continue;
            }

            if (published is null && i <= 4 && TryPublishedLine(text, line, out var stated))
            {
                kinds[i] = LineKind.Published;
                published = stated;
                continue;
            }

            kinds[i] = LineKind.Body;
        }

        TextSpan? subtitle = null;
        int second = NextOfKind(kinds, 1, LineKind.Body);
        if (second > 0 && second <= 3 && lines.Count >= 3 && LooksLikeSubtitle(text, lines, kinds, second))
        {
            kinds[second] = LineKind.Subtitle;
            subtitle = Span(text, lines[second]);
        }

        var hinted = new HashSet<int>(input.HeadingHints.Select(h => h.Start));
        for (int i = 1; i < lines.Count; i++)
        {
            if (kinds[i] == LineKind.Body && (hinted.Contains(lines[i].Start) || LooksLikeHeading(text, lines, kinds, i)))
            {
                kinds[i] = LineKind.Heading;
            }
        }

        var sections = new List<Section>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (kinds[i] != LineKind.Heading)
            {
                continue;
            }

            int nextHeading = NextOfKind(kinds, i + 1, LineKind.Heading);
            int end = nextHeading < 0 ? lines[^1].End : LastEndBefore(lines, nextHeading);
            sections.Add(new Section(Span(text, lines[i]), new CharRange(lines[i].Start, end)));
        }

        TextSpan? dateline = null;
        int lead = NextOfKind(kinds, 1, LineKind.Body);
        if (lead > 0)
        {
            var m = DatelineRegex().Match(text, lines[lead].Start, lines[lead].Length);
            if (m.Success && (m.Groups["agency"].Success || m.Groups["date"].Success || IsAllCapsPlace(m.Groups["place"].ValueSpan)))
            {
                dateline = new TextSpan(m.Value.TrimEnd(), new CharRange(m.Index, m.Index + m.Value.TrimEnd().Length));
                if (published is null && m.Groups["date"].Success && CalendarText.TryParseFullDate(m.Groups["date"].ValueSpan, out var d))
                {
                    var g = m.Groups["date"];
                    published = new StatedDate(d, new CharRange(g.Index, g.Index + g.Length));
                }
            }
        }

        var body = new List<CharRange>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (kinds[i] is LineKind.Body or LineKind.PostText)
            {
                body.Add(lines[i]);
            }
        }

        return new ArticleStructure
        {
            Title = Span(text, lines[0]),
            Subtitle = subtitle,
            Sections = sections,
            EmbeddedPosts = posts,
            PullQuotes = pulls,
            Dateline = dateline,
            Published = published,
            Byline = byline,
            Body = body,
        };
    }

    private static TextSpan Span(string text, CharRange r) => new(text.Substring(r.Start, r.Length), r);

    private static int NextOfKind(LineKind[] kinds, int from, LineKind kind)
    {
        for (int i = from; i < kinds.Length; i++)
        {
            if (kinds[i] == kind)
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastEndBefore(List<CharRange> lines, int index) => lines[index - 1].End;

    private static bool IsDash(char c) => c is '—' or '–' or '―' or '-';

    private static bool IsAttributionLine(ReadOnlySpan<char> s)
    {
        var rest = s.TrimStart("—–―- ");
        return s.Length >= 3 && IsDash(s[0]) && !rest.IsEmpty && Words.Count(s) <= 16 && !s.Contains('@') && char.IsUpper(rest[0]);
    }

    private static bool IsWholeQuote(ReadOnlySpan<char> s)
    {
        s = s.TrimEnd('.');
        return s.Length >= 8 && s[0] is '“' or '"' or '‘' or '«' && s[^1] is '”' or '"' or '’' or '»'
            && s[1..^1].IndexOfAny("“”\"") < 0;
    }

    private static CharRange TrimQuotes(string text, CharRange line)
    {
        int a = line.Start, b = line.End;
        while (b > a && text[b - 1] is '.' or ' ')
        {
            b--;
        }

        if (b > a && text[b - 1] is '”' or '"' or '’' or '»')
        {
            b--;
        }

        if (a < b && text[a] is '“' or '"' or '‘' or '«')
        {
            a++;
        }

        return new CharRange(a, b);
    }

    private static bool TryPostSignature(string text, CharRange line, out TextSpan? author, out TextSpan? handle, out DateOnly? date, out CharRange? dateRange)
    {
        author = null;
        handle = null;
        date = null;
        dateRange = null;
        var m = SignatureRegex().Match(text, line.Start, line.Length);
        if (!m.Success)
        {
            return false;
        }

        // The author and the date may begin with a space the pattern had to give them ("—  A(@a)": two characters at
        // least): their ranges are those of the trimmed text (found by fuzzing: "A" over " A"); an author of spaces is none.
        var a = m.Groups["author"];
        var name = Trimmed(a);
        author = name.IsEmpty ? null : new TextSpan(text.Substring(name.Start, name.Length), name);
        var h = m.Groups["handle"];
        handle = new TextSpan(h.Value, new CharRange(h.Index, h.Index + h.Length));
        var d = m.Groups["date"];
        if (CalendarText.TryParseFullDate(d.ValueSpan, out var parsed))
        {
            date = parsed;
            dateRange = Trimmed(d);
        }

        return true;
    }

    private static CharRange Trimmed(Group g)
    {
        int start = g.Index + (g.ValueSpan.Length - g.ValueSpan.TrimStart().Length);
        return new CharRange(start, Math.Max(start, g.Index + g.ValueSpan.TrimEnd().Length));
    }

    private static bool TryPublishedLine(string text, CharRange line, out StatedDate? stated)
    {
        stated = null;
        var s = text.AsSpan(line.Start, line.Length);
        bool labelled = PublishedLabelRegex().IsMatch(s);
        if (!labelled && Words.Count(s) > 6)
        {
            return false;
        }

        foreach (var m in FullDateRegex().EnumerateMatches(s))
        {
            if (CalendarText.TryParseFullDate(s.Slice(m.Index, m.Length), out var d))
            {
                // A bare date line counts only when the date is (nearly) the whole line.
                if (!labelled && m.Length < s.Length - 12)
                {
                    return false;
                }

                stated = new StatedDate(d, new CharRange(line.Start + m.Index, line.Start + m.Index + m.Length));
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeSubtitle(string text, List<CharRange> lines, LineKind[] kinds, int index)
    {
        var s = text.AsSpan(lines[index].Start, lines[index].Length);
        int words = Words.Count(s);
        bool final = s[^1] is '.' or '!' or '?' or '”' or '"';
        if (words > (final ? 16 : 24) || s.Length > 200)
        {
            return false;
        }

        // The lead paragraph that follows (after any byline or date line) is longer than the subtitle.
        int next = NextOfKind(kinds, index + 1, LineKind.Body);
        return next > 0 && Words.Count(text.AsSpan(lines[next].Start, lines[next].Length)) > words;
    }

    private static bool LooksLikeHeading(string text, List<CharRange> lines, LineKind[] kinds, int i)
    {
        var s = text.AsSpan(lines[i].Start, lines[i].Length);
        int words = Words.Count(s);
        if (words is 0 or > 12 || s.Length > 100 || !char.IsUpper(s[0]))
        {
            return false;
        }

        if (s[^1] is '.' or '!' or ',' or ';' or ':' or '”' or '"' or '’' or ')' || s.IndexOfAny("“\"") >= 0)
        {
            return false;
        }

        if (i + 1 >= lines.Count || kinds[i + 1] is LineKind.Heading)
        {
            return false;
        }

        // Followed by prose: a longer line, ending like a sentence.
        var next = text.AsSpan(lines[i + 1].Start, lines[i + 1].Length);
        if (Words.Count(next) <= words || kinds[i + 1] is not (LineKind.Body or LineKind.PostText or LineKind.PullQuote))
        {
            return false;
        }

        // Title case: most words of four letters or more are capitalized.
        int content = 0, capital = 0;
        foreach (var range in s.Split(' '))
        {
            var w = s[range];
            if (w.Length >= 4)
            {
                content++;
                if (char.IsUpper(w[0]))
                {
                    capital++;
                }
            }
        }

        return content > 0 && capital * 10 >= content * 7;
    }

    private static bool IsAllCapsPlace(ReadOnlySpan<char> s)
    {
        int letters = 0;
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 3;
    }

    // The patterns run without a time limit, so a line reads the same however loaded the machine is: the ones with
    // several unbounded or overlapping loops run on the non-backtracking engine (time linear in the line, whatever it
    // holds), the others are anchored or cannot backtrack more than a few characters. The two line patterns are matched
    // over one line (Match(text, start, length)), where ^ and $ are the line's ends.
    [GeneratedRegex(@"^[—–―-]\s*(?<author>[^()\n@]{2,80}?)\s*\((?<handle>@\w{1,30})\)\s*(?<date>[A-Za-z0-9 ,.]{6,30}?)\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex SignatureRegex();

    [GeneratedRegex(@"^By\s+\p{Lu}")]
    private static partial Regex BylineRegex();

    [GeneratedRegex(@"^(?:Published|Updated|Posted|Last updated|First published|Date)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLabelRegex();

    [GeneratedRegex(@"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?,?\s+\d{4}|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})", RegexOptions.NonBacktracking)]
    private static partial Regex FullDateRegex();

    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}\p{Ll}.'\- ]{1,40}?(?:,\s*\p{Lu}[\p{L}.\- ]{1,30}?)?)(?:,\s*(?<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:\((?<agency>[A-Za-z ]{2,20})\))?\s*(?:[-—–]{1,2})\s", RegexOptions.NonBacktracking)]
    private static partial Regex DatelineRegex();

    private enum LineKind : byte
    {
        Body,
        Title,
        Subtitle,
        Heading,
        Byline,
        Published,
        PostText,
        PostSignature,
        PullQuote,
        PullAttribution,
    }
}
