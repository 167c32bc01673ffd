using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core.Record;

namespace Sitrep.Report.Tests;

/// <summary>
/// The test's own reading of a briefing against its records: every sentence has a citation inside its source's text,
/// every fact's words are in the span it cites, the sentence shows the fact's value, and the record holds that value
/// at that span (an entity with that name and mention, a quote with that text, a quantity with that number, a time
/// resolved to that day). Returns the problems found; empty when the briefing says only what the records hold.
/// </summary>
internal static partial class CitationCheck
{
    public static List<string> Problems(Briefing briefing)
    {
        var problems = new List<string>();
        foreach (var sentence in briefing.Sentences)
        {
            string said = sentence.Text;
            if (sentence.Citations.Count == 0)
            {
                problems.Add($"no citation: {said}");
            }

            foreach (var c in sentence.Citations)
            {
                if (c.Source < 1 || c.Source > briefing.Records.Count || c.Start < 0 || c.End <= c.Start || c.End > briefing.Records[c.Source - 1].Document.Text.Length)
                {
                    problems.Add($"citation {c} outside its source: {said}");
                }
            }

            foreach (var f in sentence.Facts)
            {
                if (!sentence.Citations.Contains(f.Evidence))
                {
                    problems.Add($"fact '{f.Value}' cites {f.Evidence}, which the sentence does not show: {said}");
                    continue;
                }

                var record = briefing.Records[f.Evidence.Source - 1];
                string text = record.Document.Text;
                int s = f.Evidence.Start, e = f.Evidence.End;
                string cited = text[s..e];
                if (!cited.Contains(f.Surface, StringComparison.Ordinal))
                {
                    problems.Add($"'{f.Surface}' is not in {f.Evidence} ('{cited}'): {said}");
                }

                if (!said.Contains(f.Value, StringComparison.Ordinal))
                {
                    problems.Add($"the sentence does not show '{f.Value}': {said}");
                }

                bool Inside(int start, int end) => start >= s && end <= e;
                bool held = f.Kind switch
                {
                    FactKind.Entity => record.Entities.Any(x => x.Name == f.Value && x.Mentions.Any(m => m.Text == f.Surface && Inside(m.Start, m.End))),
                    FactKind.Place => record.Places.Any(p => p.Name == f.Value
                        && record.Entities.Any(x => x.Id == p.Entity && x.Mentions.Any(m => m.Text == f.Surface && Inside(m.Start, m.End)))),
                    FactKind.Quote => record.Quotes.Any(q => q.Text == f.Value && Inside(q.Start, q.End) && text[q.Start..q.End] == q.Text),
                    FactKind.Quantity => record.Quantities.Any(q => q.Text == f.Surface && Inside(q.Start, q.End) && StatedNumber(f.Value) is { } n && Math.Abs(n - q.Value) < 1e-6 * Math.Max(1, q.Value)),
                    FactKind.Time => record.Times.Any(t => t.Text == f.Surface && Inside(t.Start, t.End)
                        && DateOnly.TryParseExact(f.Value, "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                        && t.Value.StartsWith(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)),
                    FactKind.Words => f.Value == f.Surface && cited == f.Surface,
                    _ => false,
                };
                if (!held)
                {
                    problems.Add($"the record does not hold {f.Kind} '{f.Value}' at {f.Evidence} ('{cited}'): {said}");
                }
            }
        }

        return problems;
    }

    /// <summary>The number a stated figure gives ("at least 14 killed" → 14, "$3.5 million" → 3500000, "25%" → 25).</summary>
    internal static double? StatedNumber(string value)
    {
        var m = NumberPattern().Match(value);
        if (!m.Success)
        {
            return null;
        }

        double n = double.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch
        {
            "million" => n * 1e6,
            "billion" => n * 1e9,
            _ => n,
        };
    }

    [GeneratedRegex(@"(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion))?")]
    private static partial Regex NumberPattern();

    /// <summary>Record from <paramref name="briefing"/> with one fact's value replaced: for the test that the check can fail.</summary>
    public static Briefing Tampered(Briefing briefing, Func<Fact, bool> which, string value)
    {
        var sections = briefing.Sections.Select(section => section with
        {
            Groups = [.. section.Groups.Select(g => g with
            {
                Sentences = [.. g.Sentences.Select(s => s.Facts.Any(which)
                    ? s with
                    {
                        Facts = [.. s.Facts.Select(f => which(f) ? f with { Value = value } : f)],
                        Runs = [.. s.Runs.Select(r => s.Facts.Any(f => which(f) && f.Value == r.Text) ? r with { Text = value } : r)],
                    }
                    : s)],
            })],
        }).ToList();
        return briefing with { Sections = sections };
    }

    public static SitrepRecord Record(Briefing b, int source) => b.Records[source - 1];
}
