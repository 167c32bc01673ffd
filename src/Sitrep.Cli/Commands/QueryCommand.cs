using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Core.Record;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep query search|people|orgs|quotes|events|timeline|findings|doc … [--store S] [--format table|json|csv]</c>:
/// questions over an ingested store.
/// </summary>
internal static class QueryCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var query = new Command("query", "Ask a store: full-text search, people, organisations, quotes, events, timelines, findings, one document");

        var text = new Argument<string>("text") { Description = "Words to find (all of them)" };
        query.Subcommands.Add(Sub("search", "Documents whose title or text has all the words, best first, with a snippet", output, error, [text], p => new StoreQuery(QueryKind.Search) { Text = p.GetValue(text) }));

        var whoPeople = new Option<string?>("--who") { Description = "Only this person (name, surname or knowledge-base id)" };
        query.Subcommands.Add(Sub("people", "People across the store, one row per person with its aliases (knowledge-base id, else name; a surname joins the one person of that surname), with mention and quote counts", output, error, [whoPeople], p => new StoreQuery(QueryKind.People) { Who = p.GetValue(whoPeople) }));
        var whoOrgs = new Option<string?>("--who") { Description = "Only this organisation" };
        query.Subcommands.Add(Sub("orgs", "Organisations across the store, with mention and quote counts", output, error, [whoOrgs], p => new StoreQuery(QueryKind.Orgs) { Who = p.GetValue(whoOrgs) }));

        var whoQuotes = new Option<string?>("--who") { Description = "Quotes by this speaker" };
        var about = new Option<string?>("--about") { Description = "Quotes whose words include all of these" };
        query.Subcommands.Add(Sub("quotes", "Quotes with speaker, kind and evidence span", output, error, [whoQuotes, about], p => new StoreQuery(QueryKind.Quotes) { Who = p.GetValue(whoQuotes), About = p.GetValue(about) }));

        var type = new Option<string?>("--type") { Description = "PLOVER category (ASSAULT, AGREE, …)" };
        var whoEvents = new Option<string?>("--who") { Description = "Events with this actor as source or target" };
        var where = new Option<string?>("--where") { Description = "Events at this place (name) or in this country (name or ISO3 code)" };
        var since = new Option<string?>("--since") { Description = "From this date (YYYY-MM-DD, or a prefix such as 2025-08)" };
        var until = new Option<string?>("--until") { Description = "Up to this date (YYYY-MM-DD, or a prefix)" };
        query.Subcommands.Add(Sub("events", "Events with date, actors, place, fatalities and evidence", output, error, [type, whoEvents, where, since, until], p => new StoreQuery(QueryKind.Events)
        {
            Type = p.GetValue(type), Who = p.GetValue(whoEvents), Where = p.GetValue(where), Since = p.GetValue(since), Until = p.GetValue(until),
        }));

        var whoTimeline = new Option<string?>("--who") { Description = "The person or organisation to follow" };
        var whereTimeline = new Option<string?>("--where") { Description = "The place or country to follow" };
        query.Subcommands.Add(Sub("timeline", "Events (and quotes, with --who) in date order", output, error, [whoTimeline, whereTimeline], p => new StoreQuery(QueryKind.Timeline) { Who = p.GetValue(whoTimeline), Where = p.GetValue(whereTimeline) }));

        var kind = new Option<string?>("--kind") { Description = "Only this kind (date_conflict, anachronistic_title, …; with --cross: source_conflict, superseded_figure)" };
        var cross = new Option<bool>("--cross") { Description = "Contradictions between sources (each with evidence in both documents) instead of inside one" };
        var ofIncident = new Option<string?>("--incident") { Description = "With --cross: only this incident's" };
        query.Subcommands.Add(Sub("findings", "Findings (contradictions) with their evidence", output, error, [kind, cross, ofIncident], p => p.GetValue(cross)
            ? new StoreQuery(QueryKind.SourceFindings) { Type = p.GetValue(kind), Text = p.GetValue(ofIncident) }
            : new StoreQuery(QueryKind.Findings) { Type = p.GetValue(kind) }));

        var wherePlaces = new Option<string?>("--where") { Description = "Only this place name or ISO3 country code" };
        query.Subcommands.Add(Sub("places", "Places named across the store, with country, coordinates and document counts", output, error, [wherePlaces], p => new StoreQuery(QueryKind.Places) { Where = p.GetValue(wherePlaces) }));
        query.Subcommands.Add(Sub("duplicates", "Copies (near-duplicates) with the original each copies and the similarity; copies are left out of the item queries", output, error, [], _ => new StoreQuery(QueryKind.Duplicates)));

        query.Subcommands.Add(Sub("stories", "Stories (articles clustered by headline-and-lead similarity, shared people and organisations, and time), largest first: title, articles, copies, sources, dates", output, error, [], _ => new StoreQuery(QueryKind.Stories)));
        var storyId = new Argument<string>("id") { Description = "The story's id (or a unique prefix), from 'sitrep query stories'" };
        query.Subcommands.Add(Sub("story", "One story's timeline: its events by date, and its quotes", output, error, [storyId], p => new StoreQuery(QueryKind.Story) { Story = p.GetValue(storyId) }));
        QueryIncidentsCommand.Add(query, output, error);
        query.Subcommands.Add(Doc(output, error));
        query.Subcommands.Add(Stats(output, error));
        return query;
    }

    private static Option<string> FormatOption()
    {
        var format = new Option<string>("--format", "-f") { Description = "table (for a person), json or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        return format;
    }

    internal static Command Sub(string name, string description, TextWriter output, TextWriter error, Symbol[] symbols, Func<ParseResult, StoreQuery> build)
    {
        var store = StoreOption.Create();
        var format = FormatOption();
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many rows", DefaultValueFactory = _ => 50 };
        var command = new Command(name, description) { store, format, limit };
        foreach (var s in symbols)
        {
            switch (s)
            {
                case Argument a:
                    command.Arguments.Add(a);
                    break;
                case Option o:
                    command.Options.Add(o);
                    break;
            }
        }

        command.SetAction(parse => StoreOption.Use(parse, store, forWriting: false, error, $"sitrep query {name}", s =>
        {
            var result = s.Query(build(parse) with { Limit = Math.Max(1, parse.GetValue(limit)) });
            QueryOutput.Write(result, parse.GetValue(format) ?? "table", output);
            return 0;
        }));
        return command;
    }

    private static Command Stats(TextWriter output, TextWriter error)
    {
        var store = StoreOption.Create();
        var format = FormatOption();
        var command = new Command("stats", "Rows per table") { store, format };
        command.SetAction(parse => StoreOption.Use(parse, store, forWriting: false, error, "sitrep query stats", s =>
        {
            QueryOutput.Write(new QueryResult(["table", "rows"], [.. s.Counts().Select(kv => new object?[] { kv.Key, kv.Value })]), parse.GetValue(format) ?? "table", output);
            return 0;
        }));
        return command;
    }

    private static Command Doc(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("id") { Description = "The document's content id (16 hex digits)" };
        var store = StoreOption.Create();
        var format = new Option<string>("--format", "-f") { Description = "json (the stored sitrep/1 record) or jsonl", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "table", "csv");
        var command = new Command("doc", "Print one stored document's record (sitrep/1)") { id, store, format };
        command.SetAction(parse =>
        {
            string docId = parse.GetValue(id) ?? "";
            return StoreOption.Use(parse, store, forWriting: false, error, "sitrep query doc", s =>
            {
                if (s.Record(docId) is not { } record)
                {
                    error.WriteLine($"sitrep query doc: no document {docId} in {s.Name}");
                    return 1;
                }

                string f = parse.GetValue(format) ?? "json";
                if (f is "table" or "csv")
                {
                    var d = record.Document;
                    QueryOutput.Write(new QueryResult(
                        ["doc_id", "source", "title", "published", "entities", "quotes", "events", "findings"],
                        [[d.Id, d.Source, d.Title, d.Published ?? d.PublishedInferred?.Value, (long)record.Entities.Count, (long)record.Quotes.Count, (long)record.Events.Count, (long)record.Findings.Count]]), f, output);
                }
                else
                {
                    output.WriteLine(RecordWriter.ToJson(record, indented: f == "json"));
                }

                return 0;
            });
        });
        return command;
    }
}
