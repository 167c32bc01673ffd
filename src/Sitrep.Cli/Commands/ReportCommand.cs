using System.CommandLine;
using System.Text;
using Sitrep.Core.Record;
using Sitrep.Report;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep report (--story ID | --query T | --who N | --where P | --since D | --until D | PATH…) [--store S] --format md|html [--out F]</c>:
/// a briefing (src/Sitrep.Report/README.md) of stored articles a query selects, or of articles analysed now.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Article files (.txt, .html, .htm, .sgm, optionally .gz), directories of them, or - for standard input; none: the store",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "md (Markdown) or html (one self-contained file)", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html");
        var outFile = new Option<string?>("--out", "-o") { Description = "Write to FILE instead of standard output (Markdown: the map is written beside it as FILE's name + .map.svg)" };
        var store = StoreOption.Create();
        var story = new Option<string?>("--story") { Description = "The articles of this stored story (id or unique prefix, from 'sitrep query stories')" };
        var query = new Option<string?>("--query", "-q") { Description = "Stored articles whose title or text has all these words (best first)" };
        var who = new Option<string?>("--who") { Description = "Stored articles with an event or a quote of this person or organisation" };
        var where = new Option<string?>("--where") { Description = "Stored articles with an event at this place or in this country" };
        var since = new Option<string?>("--since") { Description = "Stored articles with an event from this date (YYYY-MM-DD, or a prefix)" };
        var until = new Option<string?>("--until") { Description = "Stored articles with an event up to this date (YYYY-MM-DD, or a prefix)" };
        var limit = new Option<int>("--limit") { Description = "At most this many stored articles (default 20)", DefaultValueFactory = _ => 20 };
        var title = new Option<string?>("--title") { Description = "The briefing's title (default: from the selection)" };
        var jobs = JobsOption.Create();

        var command = new Command("report", "A briefing (what happened, who said what, the figures, contradictions, people, a map), every sentence cited, from stored articles or articles named")
        {
            paths, format, outFile, store, story, query, who, where, since, until, limit, title, jobs,
        };
        command.SetAction(parse =>
        {
            var selection = new BriefingSelection
            {
                Story = parse.GetValue(story), Text = parse.GetValue(query), Who = parse.GetValue(who), Where = parse.GetValue(where),
                Since = parse.GetValue(since), Until = parse.GetValue(until), Limit = parse.GetValue(limit),
            };
            var items = parse.GetValue(paths) ?? [];
            if (selection.Limit < 1)
            {
                error.WriteLine("sitrep report: --limit must be at least 1");
                return 2;
            }

            if (items.Length > 0 == !selection.IsEmpty || (items.Length > 0 && parse.GetResult(store) is { Implicit: false }))
            {
                error.WriteLine("sitrep report: give article paths, or a store selection (--story, --query, --who, --where, --since, --until), not both and not neither");
                return 2;
            }

            bool html = parse.GetValue(format) == "html";
            if (items.Length > 0)
            {
                int failed = 0;
                var records = new List<SitrepRecord>();
                foreach (var r in new ExportCommand.ArticleRecordSource(items, parse.GetValue(jobs), error).Records(message =>
                {
                    failed++;
                    error.WriteLine($"sitrep report: {message}");
                }))
                {
                    records.Add(r);
                }

                string what = items.Length == 1 ? $"the article {items[0]}" : $"{items.Length} inputs";
                int code = Write(records, parse.GetValue(title) ?? $"Briefing: {what}", what, html, parse.GetValue(outFile), output, error);
                return code != 0 ? code : failed > 0 ? 1 : 0;
            }

            return StoreOption.Use(parse, store, forWriting: false, error, "sitrep report", opened =>
            {
                var records = selection.Records(opened);
                string what = selection.Describe();
                return Write(records, parse.GetValue(title) ?? $"Briefing: {what}", $"{what} in {opened.Name}", html, parse.GetValue(outFile), output, error);
            });
        });
        return command;
    }

    private static int Write(IReadOnlyList<SitrepRecord> records, string title, string selection, bool html, string? outFile, TextWriter output, TextWriter error)
    {
        if (records.Count == 0)
        {
            error.WriteLine($"sitrep report: no article to report on ({selection})");
            return 1;
        }

        var briefing = BriefingBuilder.Build(records, title, selection);
        try
        {
            string? mapName = null;
            if (!html && outFile is not null && briefing.Places.Count > 0)
            {
                string map = Path.ChangeExtension(outFile, null) + ".map.svg";
                File.WriteAllText(map, MapSvg.Render(briefing.Places), new UTF8Encoding(false));
                mapName = Path.GetFileName(map);
            }

            string text = html ? HtmlRenderer.Render(briefing) : MarkdownRenderer.Render(briefing, mapName);
            if (outFile is null)
            {
                output.Write(text);
            }
            else
            {
                File.WriteAllText(outFile, text, new UTF8Encoding(false));
                error.WriteLine($"sitrep report: {outFile}: {briefing.Sources.Count} articles, {briefing.Sentences.Count()} sentences, {briefing.Sentences.Sum(s => s.Citations.Count)} citations");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"sitrep report: cannot write '{outFile}': {ex.Message}");
            return 1;
        }

        return 0;
    }
}
