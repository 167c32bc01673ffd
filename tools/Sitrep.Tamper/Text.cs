using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Tamper;

/// <summary>A span of a copy's text, end exclusive.</summary>
internal readonly record struct Span(int Start, int End);

/// <summary>Plain-text helpers for planting: sentences, insertion, dates as news writes them.</summary>
internal static partial class Text
{
    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Sentence spans (a rough split: enough to insert between sentences without cutting one).</summary>
    public static List<Span> Sentences(string text)
    {
        var list = new List<Span>();
        foreach (Match p in ParagraphRegex().Matches(text))
        {
            int start = p.Index;
            foreach (Match b in BoundaryRegex().Matches(p.Value))
            {
                int end = p.Index + b.Index;
                if (end > start)
                {
                    list.Add(new Span(start, end));
                }

                start = p.Index + b.Index + b.Length;
            }

            if (p.Index + p.Length > start)
            {
                list.Add(new Span(start, p.Index + p.Length));
            }
        }

        return list;
    }

    /// <summary>True when the sentence ends a paragraph.</summary>
    public static bool EndsParagraph(string text, Span s) => s.End >= text.Length || text[s.End] == '\n';

    /// <summary>Inserts <paramref name="sentence"/> after sentence <paramref name="after"/> (same paragraph) or as a new paragraph; returns the copy and where the sentence starts in it.</summary>
    public static (string Copy, int At, int Start) InsertAfter(string text, Span after, string sentence, bool newParagraph)
    {
        string glue = newParagraph ? "\n\n" : " ";
        int at = after.End;
        if (newParagraph)
        {
            while (at < text.Length && text[at] != '\n')
            {
                at++;
            }
        }

        // Never inside a quotation ("…wise. “He lacks…”): after the sentence that closes it.
        foreach (var q in Quotations(text))
        {
            if (at > q.Start && at < q.End)
            {
                at = Sentences(text).FirstOrDefault(s => s.End >= q.End, new Span(text.Length, text.Length)).End;
                if (newParagraph)
                {
                    while (at < text.Length && text[at] != '\n')
                    {
                        at++;
                    }
                }

                break;
            }
        }

        string insert = glue + sentence;
        return (text.Insert(at, insert), at, at + glue.Length);
    }

    /// <summary>
    /// Quotations, from an opening mark to its closing one within a paragraph: an opening mark follows a space, a line start
    /// or a bracket and precedes a word; a closing one follows a word or punctuation and precedes a space, punctuation or the
    /// line's end; marks of the wrong shape in between (a reopened quote: “A. “B.”) stay inside. Straight marks too.
    /// </summary>
    public static List<Span> Quotations(string text)
    {
        var list = new List<Span>();
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                open = -1;
                continue;
            }

            if (c is not ('"' or '“' or '”'))
            {
                continue;
            }

            bool before = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '-';
            bool after = i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            bool closeBefore = i > 0 && !char.IsWhiteSpace(text[i - 1]);
            bool closeAfter = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || char.IsPunctuation(text[i + 1]);
            if (open < 0 && c != '”' && before && after)
            {
                open = i;
            }
            else if (open >= 0 && c != '“' && closeBefore && closeAfter)
            {
                list.Add(new Span(open, i + 1));
                open = -1;
            }
        }

        return list;
    }

    public static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] ShortMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    /// <summary>A date in one of the styles news uses: "March 12, 2024", "12 March 2024", "Mar. 12, 2024"; <paramref name="year"/> false drops the year.</summary>
    public static string Date(DateOnly d, int style, bool year) => (style % 3) switch
    {
        0 => year ? $"{Months[d.Month - 1]} {d.Day}, {d.Year}" : $"{Months[d.Month - 1]} {d.Day}",
        1 => year ? $"{d.Day} {Months[d.Month - 1]} {d.Year}" : $"{d.Day} {Months[d.Month - 1]}",
        _ => year ? $"{ShortMonths[d.Month - 1]} {d.Day}, {d.Year}" : $"{ShortMonths[d.Month - 1]} {d.Day}",
    };

    public static int MonthOf(string name)
    {
        string n = name.TrimEnd('.');
        for (int i = 0; i < 12; i++)
        {
            if (Months[i].StartsWith(n, StringComparison.OrdinalIgnoreCase) && n.Length >= 3)
            {
                return i + 1;
            }
        }

        return 0;
    }

    public static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>Number words for small counts, as news writes them.</summary>
    public static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static int ParseCount(string s)
    {
        int i = Array.IndexOf(NumberWords, s.ToLowerInvariant());
        return i >= 0 ? i : int.TryParse(s.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, Inv, out int v) ? v : -1;
    }

    public static string Count(int n, Random rng) => n <= 9 && rng.Next(3) > 0 ? NumberWords[n] : n.ToString("N0", Inv);

    [GeneratedRegex(@"[^\n]+")]
    private static partial Regex ParagraphRegex();

    [GeneratedRegex(@"(?<=[a-z0-9\)%][.!?][""”’]?)\s+(?=[""“‘]?[A-Z])")]
    private static partial Regex BoundaryRegex();
}
