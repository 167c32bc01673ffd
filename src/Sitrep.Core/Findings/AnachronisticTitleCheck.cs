using System.Globalization;
using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Findings;

/// <summary>
/// anachronistic_title: a person is given an office for a date on which, by the knowledge base, someone else held it
/// while the person held it at another time ("Donald Trump, President of the United States" on a post dated June 2,
/// 2024). The date is that of the post the words come from, else the publication date. Titles come from pull-quote
/// attribution lines and from the roles bound to people in the entity layer.
/// </summary>
public sealed class AnachronisticTitleCheck(OfficeHolders officeHolders) : IConsistencyCheck
{
    public string Kind => "anachronistic_title";

    public IEnumerable<Finding> Check(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var structure = document.Get(Layers.Structure);
        var seen = new HashSet<(string, OfficeKind, string, DateOnly)>();
        foreach (var claim in Claims(document, structure))
        {
            if (!OfficeTitle.TryParse(claim.Title, out var kind, out var country) || country is null || OtherTime(document.Text, claim.TitleEvidence))
            {
                continue;
            }

            if (!seen.Add((claim.Person, kind, country, claim.Date)))
            {
                continue;
            }

            var holders = officeHolders.Who(kind, country, claim.Date);
            if (holders.Count == 0 || holders.Any(h => h.IsNamed(claim.Person) || PersonNames.Opens(h.Person, claim.Person)))
            {
                continue;
            }

            var own = officeHolders.TermsIn(kind, country).Where(t => PersonNames.Same(t.Person, claim.Person) || PersonNames.Opens(t.Person, claim.Person)).OrderBy(t => t.Start).ToList();
            if (own.Count == 0)
            {
                continue; // the knowledge base does not know the person in that office at all: no evidence either way
            }

            // Undated article: a title not dated in its own clause is judged against the era the titled office-holders give
            // it (Layers.OfficeEra), not against one day of it.
            bool inferred = claim.DateEvidence is null && DocumentDates.Published(document) is null;
            if (inferred && document.TryGet(Layers.OfficeEra, out var era) && own.Any(t => era.Spans.Any(s => Overlap(s, t))))
            {
                continue;
            }

            var holder = holders[0];
            string when = claim.DateEvidence is not null ? $"dated {Day(claim.Date)}"
                : inferred ? $"on the date inferred for the article, {Day(claim.Date)}" : $"on the publication date, {Day(claim.Date)}";
            string message = $"“{claim.Person}, {claim.Title}” is {when}, but on that date the office was held by {holder.Person} ({Span(holder)}); "
                + $"{claim.Person} held it {string.Join(" and ", own.Select(Span))}. Either the date or the title is wrong.";
            var evidence = new List<CharRange>();
            if (claim.DateEvidence is { } d)
            {
                evidence.Add(d);
            }

            evidence.Add(claim.TitleEvidence);
            yield return new Finding(Kind, Severity.Error, message, evidence);
        }
    }

    // Words that put a title at another time than the sentence's: "former British Prime Minister", "then-Secretary of State".
    private static readonly string[] s_otherTime = ["former", "ex", "then", "late", "onetime", "one-time", "future", "incoming", "designate", "elect", "would-be", "past", "previous", "erstwhile", "next", "ousted", "deposed", "toppled", "overthrown", "exiled"];

    /// <summary>The title, or the two words before it, say it was held (or will be) at another time.</summary>
    internal static bool OtherTime(string text, CharRange title)
    {
        int from = title.Start;
        for (int words = 0; words < 2 && from > 0; words++)
        {
            int i = from - 1;
            while (i > 0 && !char.IsLetter(text[i]))
            {
                i--;
            }

            while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '-'))
            {
                i--;
            }

            from = i;
        }

        var span = text.AsSpan(from, title.End - from);
        foreach (var w in s_otherTime)
        {
            int at = span.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(span[at - 1])) && (at + w.Length == span.Length || !char.IsLetter(span[at + w.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Claim> Claims(Document document, ArticleStructure structure)
    {
        var anchor = DocumentDates.Anchor(document);
        string text = document.Text;

        // Pull quotes: "—Donald Trump, President of the United States" under words that repeat a dated post.
        foreach (var pull in structure.PullQuotes)
        {
            if (pull.Attribution is not { } attribution)
            {
                continue;
            }

            int comma = attribution.Text.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0)
            {
                continue;
            }

            string person = attribution.Text[..comma].Trim();
            string title = attribution.Text[(comma + 1)..].Trim();
            int titleStart = attribution.Range.Start + attribution.Text.IndexOf(title, comma, StringComparison.Ordinal);
            var titleRange = new CharRange(titleStart, titleStart + title.Length);
            var post = PostRepeating(text, structure, pull.TextRange);
            if (post is { Date: { } postDate })
            {
                yield return new Claim(person, title, titleRange, postDate, post.DateRange);
            }
            else if (anchor is { } a)
            {
                yield return new Claim(person, title, titleRange, a, null);
            }
        }

        // Roles bound to people: "US President Donald Trump", dated by the post it stands in, else by a day named in the
        // same clause ("said on March 3, 2005"), else by the publication date.
        if (!document.TryGet(Layers.Entities, out var entities))
        {
            yield break;
        }

        var times = document.GetOrDefault(Layers.Times, []);

        foreach (var e in entities)
        {
            if (e.Type != EntityType.Person)
            {
                continue;
            }

            foreach (var role in e.Roles)
            {
                var post = structure.EmbeddedPosts.FirstOrDefault(p => p.Range.Contains(role.Range));
                if (post is { Date: { } postDate })
                {
                    yield return new Claim(e.Name, role.Title, role.Range, postDate, post.DateRange);
                }
                else if (ClauseDate(document, times, role.Range) is { } dated)
                {
                    yield return new Claim(e.Name, role.Title, role.Range, dated.Day, dated.Range);
                }
                else if (anchor is { } a)
                {
                    yield return new Claim(e.Name, role.Title, role.Range, a, null);
                }
            }
        }
    }

    /// <summary>A day-precise date in the clause of <paramref name="range"/> (no clause break — . ; or a line — between them), stated or resolved against a known date.</summary>
    private static (DateOnly Day, CharRange Range)? ClauseDate(Document document, IReadOnlyList<TimeExpression> times, CharRange range)
    {
        string text = document.Text;
        foreach (var t in times)
        {
            // A day resolved against an inferred date ("Tuesday" in an undated article) is only as sure as that guess: the era judges it.
            if (t.Type != TimexType.Date || t.Anchor == TimeAnchor.Other || t.Value.Length != 10 || !DateOnly.TryParseExact(t.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                continue;
            }

            int from = Math.Min(t.Range.End, range.End);
            int to = Math.Max(t.Range.Start, range.Start);
            if (Math.Abs(to - from) > 200 || ClauseBreak(text.AsSpan(Math.Min(from, to), Math.Abs(to - from))))
            {
                continue;
            }

            return (day, t.Range);
        }

        return null;
    }

    /// <summary>A full stop, semicolon or line between two places of one sentence; the period of an initial ("Michael D. Higgins") is none.</summary>
    private static bool ClauseBreak(ReadOnlySpan<char> between)
    {
        for (int i = 0; i < between.Length; i++)
        {
            char c = between[i];
            if (c is ';' or '\n' || (c == '.' && !(i >= 1 && char.IsUpper(between[i - 1]) && (i == 1 || !char.IsLetter(between[i - 2])))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The embedded post whose words the pull quote repeats, if any.</summary>
    private static EmbeddedPost? PostRepeating(string text, ArticleStructure structure, CharRange quote)
    {
        string words = Normalize(text.AsSpan(quote.Start, quote.Length));
        return words.Length < 20 ? null : structure.EmbeddedPosts.FirstOrDefault(p => Normalize(text.AsSpan(p.TextRange.Start, p.TextRange.Length)).Contains(words, StringComparison.Ordinal));
    }

    private static string Normalize(ReadOnlySpan<char> s)
    {
        var chars = new List<char>(s.Length);
        foreach (char c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars.Add(char.ToLowerInvariant(c));
            }
        }

        return new string([.. chars]);
    }

    private static bool Overlap(DaySpan era, OfficeTerm term)
        => (term.End is null || era.Start < term.End.Value) && (era.End is null || term.Start < era.End.Value);

    private static string Day(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Span(OfficeTerm t) => new DaySpan(t.Start, t.End).ToString();

    private sealed record Claim(string Person, string Title, CharRange TitleEvidence, DateOnly Date, CharRange? DateEvidence);
}
