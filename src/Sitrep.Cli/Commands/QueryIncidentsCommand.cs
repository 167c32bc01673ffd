using System.CommandLine;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep query incidents [--who N] [--where P] [--since D] [--until D] [--type T] [--min-sources N]</c> and
/// <c>sitrep query incident ID</c>: one happening across many reports (src/Sitrep.Store/README.md, "Incidents").
/// </summary>
internal static class QueryIncidentsCommand
{
    public static void Add(Command query, TextWriter output, TextWriter error)
    {
        var who = new Option<string?>("--who") { Description = "Incidents with this actor in a report" };
        var where = new Option<string?>("--where") { Description = "Incidents at this place (name) or in this country (name or ISO3 code)" };
        var since = new Option<string?>("--since") { Description = "Incidents that end on or after this date (YYYY-MM-DD or a prefix)" };
        var until = new Option<string?>("--until") { Description = "Incidents that start on or before this date" };
        var type = new Option<string?>("--type") { Description = "PLOVER category (ASSAULT, AGREE, …)" };
        var minSources = new Option<int>("--min-sources") { Description = "At least this many sources (original documents); 1 lists single reports too", DefaultValueFactory = _ => 2 };
        query.Subcommands.Add(QueryCommand.Sub("incidents", "Incidents: events of different articles that are one happening, most sources first, with figures' range across sources", output, error,
            [who, where, since, until, type, minSources], p => new StoreQuery(QueryKind.Incidents)
            {
                Who = p.GetValue(who), Where = p.GetValue(where), Since = p.GetValue(since), Until = p.GetValue(until), Type = p.GetValue(type), MinSources = p.GetValue(minSources),
            }));
        var id = new Argument<string>("id") { Description = "The incident's id (from sitrep query incidents)" };
        query.Subcommands.Add(QueryCommand.Sub("incident", "One incident's reports: document, event, evidence and figures per source, and its copies", output, error,
            [id], p => new StoreQuery(QueryKind.Incident) { Text = p.GetValue(id) }));
    }
}
