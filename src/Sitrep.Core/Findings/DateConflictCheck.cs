using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Text;

namespace Sitrep.Core.Findings;

/// <summary>
/// date_conflict: a weekday that does not match its resolved date ("Sunday, June 3, 2024"); a day after the article's
/// publication for something reported as done ("signed the agreement on 26 November 1988" in a 1987 story); a post dated after the article;
/// a post that describes something as just done while the article dates that thing months later ("Just had a very
/// productive meeting", posted June 2, 2024, about what the article calls "Wednesday’s discussions" of August 2025).
/// </summary>
public sealed partial class DateConflictCheck : IConsistencyCheck
{
    private static readonly string[] s_eventNouns = ["meeting", "meetings", "met", "talks", "discussions", "discussed", "summit", "call", "visit", "visited"];

    private static readonly string[] s_recency = ["just", "today", "tonight", "this morning", "this afternoon", "this evening", "moments ago", "right now"];

    public string Kind => "date_conflict";

    public IEnumerable<Finding> Check(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return WeekdayMismatches(document).Concat(PostsOutOfTime(document)).Concat(DoneAfterPublication(document));
    }

    // Words that make a clause's date a plan, a forecast or a deadline rather than something done.
    private static readonly HashSet<string> s_notDone = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "shall", "could", "may", "might", "should", "must", "expects", "expected", "expect", "plans", "planned", "plan",
        "intends", "intended", "hopes", "hoped", "aims", "proposed", "due", "scheduled", "set", "until", "by", "before", "next", "effective",
        "payable", "expires", "expire", "deadline", "through", "ending", "ends", "if", "unless", "forecast", "forecasts", "projected", "estimated",
        "anticipated", "likely", "target", "targets", "from", "between", "maturing", "matures", "mature", "record", "is", "are", "be", "being",
        "date", "dates", "original", "originally", "starting", "beginning", "starts", "begins", "commencing", "expiring", "expiry", "option", "options", "redeem", "redemption", "maturity", "has", "have", "quarter", "year", "period", "season", "fiscal", "stocks", "exercise", "valid", "no", "later",
    };

    // Words the tense cues count as past that are not verbs: they date a clause without saying something was done.
    private static readonly HashSet<string> s_notVerbs = new(StringComparer.OrdinalIgnoreCase) { "last", "ago", "since", "earlier", "previous", "left" };

    /// <summary>
    /// A day the article states with its year, after the publication date (given or stated, not inferred), in a clause
    /// that reports it as done: a past-tense verb and none of the words of plans, forecasts or deadlines.
    /// </summary>
    private IEnumerable<Finding> DoneAfterPublication(Document document)
    {
        if (!YearKnown(document) || DocumentDates.Published(document) is not { } published || !document.TryGet(Layers.Times, out var times))
        {
            yield break;
        }

        var structure = document.Get(Layers.Structure);
        string text = document.Text;
        foreach (var t in times)
        {
            if (t.Type != TimexType.Date || t.Anchor != TimeAnchor.Absolute || !TryDay(t.Value, out var day) || day <= published.AddDays(1)
                || structure.EmbeddedPosts.Any(p => p.Range.Contains(t.Range)) || !OnDay(text, t.Range) || Clause(text, t.Range) is not { } clause || !ReportedDone(text, clause, t.Range))
            {
                continue;
            }

            var evidence = new List<CharRange> { t.Range };
            if (structure.Published is { } stated && stated.Evidence.Length > 0 && !stated.Evidence.Overlaps(t.Range))
            {
                evidence.Add(stated.Evidence);
            }

            yield return new Finding(Kind, Severity.Error,
                $"“{document.TextOf(t.Range)}” ({Day(day)}) is reported as already done, but the article is dated {Day(published)}, before it.",
                evidence);
        }
    }

    /// <summary>The clause around a range: from the last clause break (. ; : or a line break) before it to the next after it.</summary>
    private static CharRange? Clause(string text, CharRange r)
    {
        // A period ends a clause only before a space or a line ("14.5 pct" goes on).
        int start = r.Start;
        while (start > 0 && !(text[start - 1] is ';' or '\n' or '“' or '"' or '”' || (text[start - 1] == '.' && char.IsWhiteSpace(text[start]))))
        {
            start--;
        }

        int end = r.End;
        while (end < text.Length && !(text[end] is ';' or '\n' or '“' or '"' or '”' || (text[end] == '.' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1])))))
        {
            end++;
        }

        return end - start > 400 ? null : new CharRange(start, end);
    }

    /// <summary>The date is the day something happened on: "on" right before it ("signed on 3 May 2024", "On 3 May 2024, …").</summary>
    private static bool OnDay(string text, CharRange r)
    {
        int i = r.Start;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        return i >= 2 && (text[i - 2] is 'o' or 'O') && text[i - 1] == 'n' && (i == 2 || !char.IsLetter(text[i - 3]));
    }

    private static bool ReportedDone(string text, CharRange clause, CharRange date)
    {
        bool past = false;
        foreach (Match w in WordRegex().Matches(text.Substring(clause.Start, clause.Length)))
        {
            if (date.Contains(clause.Start + w.Index))
            {
                continue; // the date's own words ("May")
            }

            if (s_notDone.Contains(w.Value))
            {
                return false;
            }

            past |= Times.TenseCues.OfWord(w.ValueSpan) == Times.Direction.Past && !s_notVerbs.Contains(w.Value);
        }

        return past;
    }

    /// <summary>
    /// A weekday that is not the weekday of its date, over the resolved times: "Monday, March 12" resolved to 2024-03-12
    /// (a Tuesday). A date without its year counts only when the publication date is known (given or stated), since the
    /// year then comes from it; with an inferred date the weekday may be the better clue to the year.
    /// </summary>
    private IEnumerable<Finding> WeekdayMismatches(Document document)
    {
        if (!document.TryGet(Layers.Times, out var times))
        {
            yield break;
        }

        bool knownDate = YearKnown(document);
        string text = document.Text;
        foreach (var t in times)
        {
            // A date run across a line break ("1 March" over a "2000 GMT" kick-off line) is no stated date.
            if (t.Type != TimexType.Date || !TryDay(t.Value, out var date) || (t.Anchor != TimeAnchor.Absolute && !knownDate) || text.AsSpan(t.Range.Start, t.Range.Length).Contains('\n'))
            {
                continue;
            }

            // The weekday inside the expression ("Monday, March 12") or right before it ("Monday, 12 November 2005").
            if (!text.AsSpan(t.Range.Start, t.Range.Length).ContainsAnyInRange('0', '9'))
            {
                continue; // a calendar date states its day in digits; "Friday, the previous day" is no date beside a weekday
            }

            var m = LeadingWeekdayRegex().Match(text, t.Range.Start, t.Range.Length);
            int from = Math.Max(0, t.Range.Start - 16);
            var before = m.Success ? m : WeekdayBeforeRegex().Match(text, from, t.Range.Start - from);
            if (!before.Success || CalendarText.Weekday(before.Groups["weekday"].ValueSpan) is not { } weekday || weekday == date.DayOfWeek)
            {
                continue;
            }

            var said = new CharRange(Math.Min(before.Index, t.Range.Start), t.Range.End);
            yield return new Finding(Kind, Severity.Error,
                $"“{document.TextOf(said)}” names a {weekday}, but {Day(date)} was a {date.DayOfWeek}; the weekday or the date is wrong.",
                [said]);
        }
    }

    /// <summary>The publication date's year is known: given, from the page's metadata, or stated with its year (not "Tuesday, 1 March").</summary>
    private static bool YearKnown(Document document)
    {
        if (document.Input.GivenPublished is not null)
        {
            return true;
        }

        var stated = document.Get(Layers.Structure).Published;
        return stated is not null ? YearRegex().IsMatch(document.TextOf(stated.Evidence)) : document.Input.StatedPublished is not null;
    }

    private IEnumerable<Finding> PostsOutOfTime(Document document)
    {
        var structure = document.Get(Layers.Structure);
        var anchor = DocumentDates.Anchor(document);
        var times = document.GetOrDefault(Layers.Times, []);
        string text = document.Text;
        foreach (var post in structure.EmbeddedPosts)
        {
            if (post is not { Date: { } posted, DateRange: { } dateRange })
            {
                continue;
            }

            if (anchor is { } published && posted > published.AddDays(1))
            {
                yield return new Finding(Kind, Severity.Error,
                    $"The post is dated {Day(posted)}, after the article's publication date ({Day(published)}).", [dateRange]);
                continue;
            }

            string postText = text.Substring(post.TextRange.Start, post.TextRange.Length);
            if (!s_recency.Any(cue => ContainsWord(postText, cue)))
            {
                continue;
            }

            // The article's own dating of what the post describes: a day-precise time, well after the post date,
            // in a sentence that shares a name or two content words with the post.
            var postWords = ContentWords(postText);
            TimeExpression? best = null;
            int bestShared = 0;
            foreach (var t in times)
            {
                if (post.Range.Contains(t.Range) || t.Type != TimexType.Date || !TryDay(t.Value, out var day) || day < posted.AddDays(30))
                {
                    continue;
                }

                int shared = SentenceOf(document, t.Range) is { } sentence ? Affinity(text, sentence, t, postText, postWords, anchor) : 0;
                if (shared > bestShared)
                {
                    best = t;
                    bestShared = shared;
                }
            }

            if (best is not null && TryDay(best.Value, out var eventDay))
            {
                string said = text.Substring(best.Range.Start, best.Range.Length);
                yield return new Finding(Kind, Severity.Error,
                    $"The post is dated {Day(posted)} (a {posted.DayOfWeek}) and describes what it reports as just happened, but the article dates that to “{said}” ({Day(eventDay)}). The post's date cannot be right for what it describes.",
                    [dateRange, best.Range]);
            }
        }
    }

    /// <summary>
    /// How strongly a sentence's time dates what the post describes: shared names and content words, both speaking of a
    /// meeting-like event (+2), the time owning a noun ("Wednesday’s discussions", +1); the publication day itself is
    /// usually when things were said, not done (−1).
    /// </summary>
    private static int Affinity(string text, CharRange sentence, TimeExpression time, string postText, HashSet<string> postWords, DateOnly? anchor)
    {
        string s = text.Substring(sentence.Start, sentence.Length);
        int score = ContentWords(s).Count(postWords.Contains);
        if (s_eventNouns.Any(n => ContainsWord(s, n)) && s_eventNouns.Any(n => ContainsWord(postText, n)))
        {
            score += 2;
        }

        if (time.Range.End + 1 < text.Length && text[time.Range.End] is '’' or '\'' && text[time.Range.End + 1] == 's')
        {
            score += 1;
        }

        if (anchor is { } a && TryDay(time.Value, out var day) && day == a)
        {
            score -= 1;
        }

        return score;
    }

    private static CharRange? SentenceOf(Document document, CharRange range)
        => document.TryGet(Layers.Sentences, out var sentences) ? Sentences.Holding(sentences, range.Start) : null;

    private static HashSet<string> ContentWords(string s)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in WordRegex().Matches(s))
        {
            string w = m.Value;
            if (w.Length >= 5 || char.IsUpper(w[0]))
            {
                words.Add(w.TrimEnd('s'));
            }
        }

        words.ExceptWith(["There", "Their", "These", "Those", "Which", "While", "About", "After", "Other", "Every", "Great", "The", "This", "That", "We", "It", "He", "She", "They", "More"]);
        return words;
    }

    private static bool ContainsWord(string text, string phrase)
    {
        int i = 0;
        while ((i = text.IndexOf(phrase, i, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = i + phrase.Length;
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            i = end;
        }

        return false;
    }

    private static bool TryDay(string value, out DateOnly day)
        => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static string Day(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    // No time limits: each pattern is anchored or has one loop whose end cannot overlap what follows, so it cannot backtrack
    // beyond one word or one run of spaces. The first is matched over the expression (Match(text, start, length)): \G is its start.
    [GeneratedRegex(@"\G(?<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWeekdayRegex();

    [GeneratedRegex(@"\b(?<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayBeforeRegex();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\p{L}[\p{L}'’]+")]
    private static partial Regex WordRegex();
}
