using System.Text.RegularExpressions;
using Sitrep.Application;
using Sitrep.Core.Record;
using Sitrep.Ingest;

namespace Sitrep.Report.Tests;

/// <summary>A hostile article cannot inject markup: every record text is escaped in HTML and in Markdown.</summary>
public sealed partial class EscapingTests
{
    private const string Payloads = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> ' onmouseover='alert(3)' <svg onload=alert(4)> [link](javascript:alert(5)) `code` *bold* &amp;";

    private static readonly HashSet<string> OurTags =
    [
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav", "a", "section", "ul", "ol", "li", "span", "q",
        "figure", "svg", "rect", "path", "g", "circle", "text", "b", "code",
    ];

    private static SitrepRecord HostileRecord()
    {
        string text = "Raid on " + Payloads + "\nMilitants " + Payloads + " attacked the town of Evilton, killing 3 people.\n\"" + Payloads + "\" said Mr " + Payloads + ".\n";
        var r = new RecordBuilder("cccc000000000003", "Raid " + Payloads, "2025-03-01", text);
        string who = r.Entity("ORG", "Militants " + Payloads, null, "Militants " + Payloads);
        string town = r.Entity("GPE", "Evilton", null, "Evilton");
        string mr = r.Entity("PERSON", "Mr " + Payloads, null, "Mr " + Payloads);
        r.Place(town, "Evil<script>ton", "XSS\"", 10, 10, 1);
        int killed = r.Quantity("3 people", "count", 3, null, "exact", "killed");
        r.Event("ASSAULT", who, town, town, null, "Militants " + Payloads + " attacked the town of Evilton, killing 3 people.", killed);
        r.Quote(Payloads, "direct", mr, "Mr " + Payloads, "Mr " + Payloads);
        r.Finding("quote_conflict", "A finding " + Payloads, "3 people");
        return r.Build() with { Document = r.Build().Document with { Source = "evil\"><script>.txt" } };
    }

    [Fact]
    public void Html_of_a_hostile_record_has_only_our_own_tags_and_attributes()
    {
        var b = BriefingBuilder.Build([HostileRecord()], "Briefing " + Payloads, "selection " + Payloads);
        Assert.Empty(CitationCheck.Problems(b));
        AssertOnlyOurMarkup(HtmlRenderer.Render(b));
    }

    [Fact]
    public void Html_of_a_hostile_article_read_by_the_pipeline_has_only_our_own_tags()
    {
        string article = "Attack <script>alert(1)</script> Reported\n" +
            "Gunmen attacked the village of Kars on Monday, killing 12 people, police said.\n" +
            "\"<img src=x onerror=alert(1)>\" said Colonel Reza Amini, the police chief. \"We will find them\", Amini added.\n";
        string dir = Path.Combine(Path.GetTempPath(), "sitrep-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        SitrepRecord record;
        try
        {
            string file = Path.Combine(dir, "hostile\"<x>.txt");
            File.WriteAllText(file, article);
            var input = Assert.Single(new ArticleReader().ReadAll(file, byLine: false));
            record = Assert.IsType<SitrepRecord>(SitrepEngine.Create().Analyze(input).Record);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        var b = BriefingBuilder.Build([record], "Hostile", "hostile");
        Assert.Empty(CitationCheck.Problems(b));
        string html = HtmlRenderer.Render(b);
        AssertOnlyOurMarkup(html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_of_a_hostile_record_escapes_every_markup_character()
    {
        var b = BriefingBuilder.Build([HostileRecord()], "Briefing " + Payloads, "selection " + Payloads);
        string md = MarkdownRenderer.Render(b);
        for (int i = 0; i < md.Length; i++)
        {
            if (md[i] is '<' or '>' or '`' or '&' or '|')
            {
                Assert.True(i > 0 && md[i - 1] == '\\', $"unescaped '{md[i]}' at {i}: …{md[Math.Max(0, i - 30)..Math.Min(md.Length, i + 30)]}…");
            }
        }

        // Unescaped brackets are only our citations.
        Assert.All(UnescapedBracket().Matches(md), m => Assert.Matches(@"^\[\d+:\d+–\d+\]$", m.Value));
        Assert.Contains("\\<script\\>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escape_keeps_a_list_item_from_becoming_a_list_or_heading()
    {
        Assert.Equal("1986\\. was a year", MarkdownRenderer.Escape("1986. was a year", lineStart: true));
        Assert.Equal("\\- minus", MarkdownRenderer.Escape("- minus", lineStart: true));
        Assert.Equal("\\# not a heading", MarkdownRenderer.Escape("# not a heading", lineStart: true));
        Assert.Equal("a \\*b\\* \\_c\\_ \\[d\\](e)", MarkdownRenderer.Escape("a *b* _c_ [d](e)", lineStart: false));
    }

    private static void AssertOnlyOurMarkup(string html)
    {
        int tags = 0;
        foreach (Match m in Tag().Matches(html))
        {
            tags++;
            if (m.Value == "<!DOCTYPE html>")
            {
                continue;
            }

            Assert.Contains(m.Groups["name"].Value.ToLowerInvariant(), OurTags);
            foreach (Capture attribute in m.Groups["attr"].Captures)
            {
                Assert.False(attribute.Value.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler attribute {attribute.Value}");
            }
        }

        Assert.Equal(html.Count(c => c == '<'), tags);
        Assert.DoesNotContain("javascript:", html.Replace("(javascript:alert(5))", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    // A tag: <!DOCTYPE html>, </name>, or <name attr="value" …> with double-quoted values only.
    [GeneratedRegex(@"<!DOCTYPE html>|</(?<name>[a-zA-Z][a-zA-Z0-9]*)>|<(?<name>[a-zA-Z][a-zA-Z0-9]*)(?:\s+(?<attr>[a-zA-Z-:]+)=""[^""<>]*"")*\s*/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<!\\)\[[^\]]*\]")]
    private static partial Regex UnescapedBracket();
}
