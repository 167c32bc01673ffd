using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Sitrep.Report;
using Sitrep.Store;

namespace Sitrep.Web;

/// <summary>
/// The briefing and the map over the store, as <c>sitrep report</c> makes them (src/Sitrep.Report): a briefing of the
/// stored articles a selection picks (HTML, one self-contained file, or Markdown), and the SVG map of the places the
/// store's places query gives. Read endpoints, under the read key when there is one.
/// </summary>
internal static class BriefingApi
{
    public static void Map(RouteGroupBuilder reads)
    {
        reads.MapGet("/briefing", Briefing).WithTags("report")
            .WithSummary("A briefing (what happened, who said what, figures, contradictions, people, map; every sentence cited) of the stored articles a selection picks: q (full text), who, where, since, until, limit (1–100, default 20), format html|md");
        reads.MapGet("/stories/{id}/briefing", StoryBriefing).WithTags("report").WithSummary("A story's briefing: one self-contained HTML page, every sentence cited");
        reads.MapGet("/places/map", PlacesMap).WithTags("report")
            .WithSummary("An SVG map (offline outlines) of the places named across the store, or of one place or ISO3 country (where); limit: at most this many places (default 200)");
    }

    private static ContentHttpResult Briefing(string? q, string? who, string? where, string? since, string? until, int? limit, string? format, StoreAccess store, HttpContext http)
    {
        bool html = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "html" => true,
            "md" or "markdown" => false,
            _ => throw new ApiException($"'format' must be html or md, not '{Api.Short(format!)}'"),
        };
        var selection = new BriefingSelection
        {
            Text = Api.Optional(q), Who = Api.Optional(who), Where = Api.Optional(where),
            Since = Api.Date(since, "since"), Until = Api.Date(until, "until"),
            Limit = limit switch
            {
                null => 20,
                >= 1 and <= 100 => limit.Value,
                _ => throw new ApiException("'limit' must be between 1 and 100"),
            },
        };
        if (selection.IsEmpty)
        {
            throw new ApiException("a briefing needs q, who, where, since or until");
        }

        string what = selection.Describe();
        var briefing = store.Read(s =>
        {
            var records = selection.Records(s);
            return records.Count == 0 ? null : BriefingBuilder.Build(records, $"Briefing: {what}", what);
        });
        if (briefing is null)
        {
            throw new ApiException(StatusCodes.Status404NotFound, $"no stored article matches {what}");
        }

        if (!html)
        {
            return TypedResults.Text(MarkdownRenderer.Render(briefing, null), "text/markdown; charset=utf-8");
        }

        return Html(http.Response, briefing);
    }

    private static ContentHttpResult StoryBriefing(string id, StoreAccess store, HttpResponse response)
    {
        var records = store.Read(new BriefingSelection { Story = id, Limit = 50 }.Records);
        if (records.Count == 0)
        {
            throw new ApiException(StatusCodes.Status404NotFound, $"no story '{Api.Short(id)}' in the store");
        }

        return Html(response, BriefingBuilder.Build(records, $"Briefing: {records[0].Document.Title ?? "story " + Api.Short(id)}", $"story {Api.Short(id)} in the store"));
    }

    /// <summary>A briefing as one HTML file, served under the file's own policy (the one its meta element states): no script at all.</summary>
    private static ContentHttpResult Html(HttpResponse response, Briefing briefing)
    {
        response.Headers.ContentSecurityPolicy = HtmlRenderer.ContentSecurityPolicy + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        return TypedResults.Text(HtmlRenderer.Render(briefing), "text/html; charset=utf-8");
    }

    private static ContentHttpResult PlacesMap(string? where, int? limit, StoreAccess store)
    {
        int take = limit switch
        {
            null => 200,
            >= 1 and <= 1000 => limit.Value,
            _ => throw new ApiException("'limit' must be between 1 and 1000"),
        };
        var result = store.Read(s => s.Query(new StoreQuery(QueryKind.Places) { Where = Api.Optional(where), Limit = take }));
        var columns = result.Columns.ToList();
        int Column(string name) => columns.IndexOf(name);
        int name = Column("name"), country = Column("country"), lat = Column("lat"), lon = Column("lon"), documents = Column("documents");
        var places = new List<MapPlace>();
        foreach (var row in result.Rows)
        {
            if (row[lat] is null || row[lon] is null)
            {
                continue;
            }

            places.Add(new MapPlace(
                Convert.ToString(row[name], CultureInfo.InvariantCulture) ?? "",
                row[country] as string,
                Convert.ToDouble(row[lat], CultureInfo.InvariantCulture),
                Convert.ToDouble(row[lon], CultureInfo.InvariantCulture),
                documents < 0 ? 1 : Convert.ToInt32(row[documents], CultureInfo.InvariantCulture)));
        }

        if (places.Count == 0)
        {
            throw new ApiException(StatusCodes.Status404NotFound, where is null ? "no place with coordinates in the store" : $"no place with coordinates matches '{Api.Short(where)}'");
        }

        return TypedResults.Text(MapSvg.Render(places), "image/svg+xml; charset=utf-8");
    }
}
