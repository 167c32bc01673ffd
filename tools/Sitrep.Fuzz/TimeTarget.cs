using System.Text.RegularExpressions;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Times;
using Sitrep.Core.Tokenization;

namespace Sitrep.Fuzz;

/// <summary>
/// The time parser (recognizer and resolver) over tokenized text, against a fixed publication date and without one:
/// expressions lie inside the text, in order, start and end on token edges (or a hyphen inside a token); every value is well-formed TIMEX3 (a real
/// calendar date, month, week, hour and minute), durations and sets are durations (or a weekly set), and the same
/// text gives the same values twice.
/// </summary>
internal static partial class TimeTarget
{
    private static readonly DateOnly s_anchor = new(2024, 6, 2);

    public static void Run(ReadOnlySpan<byte> data)
    {
        string text = Check.Text(data);
        var tokens = new TokenList(Tokenizer.Tokenize(text));
        var sentences = SentenceSplitter.Split(text, tokens.AsSpan());
        foreach (DateOnly? anchor in new DateOnly?[] { s_anchor, null })
        {
            var times = TimeTagger.Tag(text, tokens, sentences, anchor);
            Expressions(text, tokens, times);
            var again = TimeTagger.Tag(text, tokens, sentences, anchor);
            Check.That(times.SequenceEqual(again), "the same text gave different time values");
        }
    }

    private static void Expressions(string text, TokenList tokens, IReadOnlyList<TimeExpression> times)
    {
        var starts = new HashSet<int>(tokens.Select(t => t.Start));
        var ends = new HashSet<int>(tokens.Select(t => t.End));
        foreach (var t in times)
        {
            string said = text.Substring(Math.Clamp(t.Range.Start, 0, text.Length), Math.Clamp(t.Range.Length, 0, text.Length - Math.Clamp(t.Range.Start, 0, text.Length)));
            Check.Range(text, t.Range, $"time \"{said}\"");
            // a piece of a hyphenated word counts as a token ("mid-2020")
            Check.That((starts.Contains(t.Range.Start) || text[t.Range.Start - 1] == '-') && (ends.Contains(t.Range.End) || text[t.Range.End] == '-'),
                $"time \"{said}\" {t.Range} does not start and end on token (or hyphen) edges");
            Check.That(WellFormed(t.Value), $"time \"{said}\" has the malformed value \"{t.Value}\"");
            bool duration = t.Value.StartsWith('P') && !t.Value.EndsWith("_REF", StringComparison.Ordinal);
            Check.That(t.Type switch
            {
                TimexType.Duration => duration,
                TimexType.Set => duration || t.Value.StartsWith("XXXX-WXX-", StringComparison.Ordinal),
                _ => !duration,
            }, $"time \"{said}\" is a {t.Type} with the value \"{t.Value}\"");
        }

        Check.Ordered(times.Select(t => t.Range), "time");
    }

    /// <summary>A TIMEX3 value as TimeML defines it, with its numbers in range.</summary>
    public static bool WellFormed(string value)
    {
        if (value is "PRESENT_REF" or "PAST_REF" or "FUTURE_REF" || Duration().IsMatch(value) || Decade().IsMatch(value))
        {
            return true;
        }

        var m = Point().Match(value);
        if (!m.Success)
        {
            return false;
        }

        static int N(Group g) => int.Parse(g.ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        int year = m.Groups["y"].Value == "XXXX" ? 2000 : N(m.Groups["y"]); // a leap year stands in for an unknown one
        if (m.Groups["m"].Success && N(m.Groups["m"]) is < 1 or > 12)
        {
            return false;
        }

        if (m.Groups["d"].Success && (N(m.Groups["d"]) < 1 || N(m.Groups["d"]) > DateTime.DaysInMonth(Math.Max(1, year), N(m.Groups["m"]))))
        {
            return false;
        }

        if (m.Groups["w"].Success && N(m.Groups["w"]) is < 1 or > 53)
        {
            return false;
        }

        return (!m.Groups["h"].Success || N(m.Groups["h"]) <= 24) && (!m.Groups["min"].Success || N(m.Groups["min"]) <= 59);
    }

    [GeneratedRegex(@"^P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|S|H|WE|DE|CE)|T(?:\d+(?:\.\d+)?|X)[HMS]|X)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Duration();

    [GeneratedRegex(@"^\d{2,3}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Decade();

    [GeneratedRegex(@"^(?<y>\d{4}|XXXX)(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?|-Q[1-4X]|-H[12]|-(?:SP|SU|FA|WI)|-W(?<w>\d{2})(?:-WE)?|-WXX-[1-7])?(?:T(?:MO|AF|EV|NI|DT|MI|(?<h>\d{2}):(?<min>\d{2})Z?))?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Point();
}
