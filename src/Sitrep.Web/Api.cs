using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Sitrep.Application;
using Sitrep.Core.Documents;
using Sitrep.Core.Record;
using Sitrep.Ingest;
using Sitrep.Store;

namespace Sitrep.Web;

/// <summary>Text to analyse: plain text (or an HTML page with <see cref="Html"/>), its source name and publication date.</summary>
public sealed record AnalyzeRequest(string? Text, string? Source = null, string? Published = null, bool? Html = null);

/// <summary>A page to fetch and analyse.</summary>
public sealed record UrlRequest(string? Url, string? Published = null);

/// <summary>A query's answer: its columns, and one object per row (column → value).</summary>
public sealed record QueryResponse(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);

/// <summary>What storing an article did: its content id and whether it was added, replaced or already stored.</summary>
public sealed record StoredResponse(string Id, string Status);

/// <summary>
/// The endpoints under /api. Reads (analysis and the store's queries) are open or need the read key; writes need the
/// write key. Each calls the application layer (<see cref="SitrepEngine"/>, <see cref="Review"/>) or the store's
/// query interface, and nothing else.
/// </summary>
internal static partial class Api
{
    private const int MaxLimit = 1000;

    public static void Map(WebApplication app, ServerOptions options)
    {
        var api = app.MapGroup("/api");
        var reads = api.MapGroup("").AddEndpointFilterFactory((_, next) => ApiKeys.Reads(options, next));
        var writes = api.MapGroup("").AddEndpointFilterFactory((_, next) => ApiKeys.Writes(options, next));

        reads.MapPost("/analyze", AnalyzeText).WithTags("analyze").Accepts<AnalyzeRequest>("application/json")
            .WithSummary("Analyse pasted text (or an HTML page) into its sitrep/1 record").RequireRateLimiting(SitrepServer.AnalysisPolicy);
        reads.MapPost("/analyze/upload", AnalyzeUpload).WithTags("analyze").Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Analyse an uploaded article file (.txt, .html; field 'file', optional 'published')").RequireRateLimiting(SitrepServer.AnalysisPolicy);
        reads.MapPost("/analyze/url", AnalyzeUrl).WithTags("analyze").Accepts<UrlRequest>("application/json")
            .WithSummary("Fetch a page (http/https, public addresses) and analyse it").RequireRateLimiting(SitrepServer.AnalysisPolicy);

        reads.MapGet("/search", (string? q, int? limit, StoreAccess store)
            => Query(store, new StoreQuery(QueryKind.Search) { Text = Required(q, "q"), Limit = Limit(limit) }))
            .WithTags("store").WithSummary("Full-text search over titles and texts, best first, with snippets");
        reads.MapGet("/people", (string? who, int? limit, StoreAccess store)
            => Query(store, new StoreQuery(QueryKind.People) { Who = Optional(who), Limit = Limit(limit) }))
            .WithTags("store").WithSummary("People across the store with document, mention and quote counts");
        reads.MapGet("/orgs", (string? who, int? limit, StoreAccess store)
            => Query(store, new StoreQuery(QueryKind.Orgs) { Who = Optional(who), Limit = Limit(limit) }))
            .WithTags("store").WithSummary("Organisations across the store with document, mention and quote counts");
        reads.MapGet("/quotes", (string? who, string? about, int? limit, StoreAccess store)
            => Query(store, new StoreQuery(QueryKind.Quotes) { Who = Optional(who), About = Optional(about), Limit = Limit(limit) }))
            .WithTags("store").WithSummary("Quotes, by speaker (name, surname or knowledge-base id) and words");
        reads.MapGet("/events", (string? type, string? who, string? where, string? since, string? until, int? limit, StoreAccess store)
            => Query(store, new StoreQuery(QueryKind.Events)
            {
                Type = Optional(type), Who = Optional(who), Where = Optional(where), Since = Date(since, "since"), Until = Date(until, "until"), Limit = Limit(limit),
            }))
            .WithTags("store").WithSummary("Events in date order, by PLOVER type, actor, place or country, and dates");
        reads.MapGet("/timeline", (string? who, string? where, int? limit, StoreAccess store)
            => Query(store, new StoreQuery(QueryKind.Timeline)
            {
                Who = Optional(who), Where = Optional(where) ?? (Optional(who) is null ? throw new ApiException("a timeline needs who or where") : null), Limit = Limit(limit),
            }))
            .WithTags("store").WithSummary("Events (and quotes, with who) of one actor or place in date order");
        reads.MapGet("/findings", (string? kind, int? limit, StoreAccess store)
            => Query(store, new StoreQuery(QueryKind.Findings) { Type = Optional(kind), Limit = Limit(limit) }))
            .WithTags("store").WithSummary("Findings (contradictions) with their evidence");
        reads.MapGet("/places", (string? where, int? limit, StoreAccess store)
            => Query(store, new StoreQuery(QueryKind.Places) { Where = Optional(where), Limit = Limit(limit) }))
            .WithTags("store").WithSummary("Places named across the store with country, coordinates and document counts");
        reads.MapGet("/stories", (int? limit, StoreAccess store) => Query(store, new StoreQuery(QueryKind.Stories) { Limit = Limit(limit) }))
            .WithTags("store").WithSummary("Stories, largest first: title, articles, copies, sources, first and last date");
        reads.MapGet("/stories/{id}", (string id, int? limit, StoreAccess store) => Query(store, new StoreQuery(QueryKind.Story) { Story = StoryId(store, id), Limit = Limit(limit) }))
            .WithTags("store").WithSummary("A story's timeline: its events by date, and its quotes");
        reads.MapGet("/stats", (StoreAccess store) => TypedResults.Ok(store.Read(s => s.Counts())))
            .WithTags("store").WithSummary("Rows per table");
        reads.MapGet("/documents/{id}", Document).WithTags("store").WithSummary("A stored record (sitrep/1) with its corrections");
        reads.MapGet("/documents/{id}/corrections", (string id, StoreAccess store) => TypedResults.Ok(store.Read(s => s.Corrections(id))))
            .WithTags("review").WithSummary("The corrections of a stored document, oldest first");
        BriefingApi.Map(reads);

        writes.MapPost("/documents", Ingest).WithTags("store").Accepts<AnalyzeRequest>("application/json")
            .WithSummary("Analyse an article and store its record (needs the write key)").RequireRateLimiting(SitrepServer.AnalysisPolicy);
        writes.MapPost("/documents/{id}/corrections", Correct).WithTags("review").Accepts<CorrectionRequest>("application/json")
            .WithSummary("Mark an item wrong or correct its speaker, event category or place, beside the machine's reading (needs the write key)");
    }

    private static async Task<Ok<SitrepRecord>> AnalyzeText(HttpRequest request, SitrepEngine engine, ServerOptions options, CancellationToken cancellationToken)
    {
        var body = await ReadJson<AnalyzeRequest>(request, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(Analyze(engine, options, Input(options, body), cancellationToken));
    }

    private static async Task<Ok<SitrepRecord>> AnalyzeUpload(HttpRequest request, SitrepEngine engine, ServerOptions options, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new ApiException(StatusCodes.Status415UnsupportedMediaType, "upload the article as multipart/form-data with a 'file' field");
        }

        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var file = form.Files.GetFile("file") ?? throw new ApiException("the form has no 'file' field");
        using var bytes = new MemoryStream();
        await file.CopyToAsync(bytes, cancellationToken).ConfigureAwait(false);
        string name = Path.GetFileName(file.FileName) is { Length: > 0 } n ? n : "upload";
        var input = Reader(options, form["published"]).FromBytes(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), name);
        return TypedResults.Ok(Analyze(engine, options, input, cancellationToken));
    }

    private static async Task<Ok<SitrepRecord>> AnalyzeUrl(HttpRequest request, SitrepEngine engine, ServerOptions options, UrlFetcher fetcher, CancellationToken cancellationToken)
    {
        var body = await ReadJson<UrlRequest>(request, cancellationToken).ConfigureAwait(false);
        var input = await fetcher.Fetch(Required(body.Url, "url"), Reader(options, body.Published), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(Analyze(engine, options, input, cancellationToken));
    }

    private static async Task<Created<StoredResponse>> Ingest(HttpRequest request, SitrepEngine engine, ServerOptions options, StoreAccess store, CancellationToken cancellationToken)
    {
        var body = await ReadJson<AnalyzeRequest>(request, cancellationToken).ConfigureAwait(false);
        var record = Analyze(engine, options, Input(options, body), cancellationToken);
        var result = await store.Write(s => s.Write([record]), cancellationToken).ConfigureAwait(false);
        string status = result.Added > 0 ? "added" : result.Replaced > 0 ? "replaced" : "already stored";
        return TypedResults.Created($"/api/documents/{record.Document.Id}", new StoredResponse(record.Document.Id, status));
    }

    private static Results<Ok<SitrepRecord>, ProblemHttpResult> Document(string id, StoreAccess store)
    {
        var record = store.Read(s => s.Record(id) is { } r ? r with { Corrections = s.Corrections(id) } : null);
        return record is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"no document '{Short(id)}' in the store")
            : TypedResults.Ok(record);
    }

    private static async Task<Created<RecordCorrection>> Correct(string id, HttpRequest request, StoreAccess store, TimeProvider clock, CancellationToken cancellationToken)
    {
        // The document is the one in the path, whatever the body says.
        var ask = (await ReadJson<CorrectionRequest>(request, cancellationToken).ConfigureAwait(false)) with { DocumentId = id };
        var stored = await store.Write(s => Review.Add(s, ask, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"/api/documents/{id}/corrections", stored);
    }

    /// <summary>Runs the engine on one article within the analysis timeout.</summary>
    private static SitrepRecord Analyze(SitrepEngine engine, ServerOptions options, ArticleInput input, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.AnalysisTimeout);
        Analysis result;
        try
        {
            result = engine.Analyze(input, cancellationToken: timeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ApiException(StatusCodes.Status503ServiceUnavailable, $"the analysis took longer than {options.AnalysisTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s and was stopped", ex);
        }

        return result.Record ?? throw new ApiException(StatusCodes.Status500InternalServerError, result.Error ?? $"{input.Source}: the analysis gave no record");
    }

    private static ArticleInput Input(ServerOptions options, AnalyzeRequest body)
    {
        string text = body.Text ?? throw new ApiException("the body needs 'text'");
        string source = Optional(body.Source) ?? "pasted text";
        var reader = Reader(options, body.Published);
        return body.Html == true ? reader.FromHtml(text, source) : reader.FromPlainText(text, source);
    }

    private static ArticleReader Reader(ServerOptions options, string? published)
    {
        DateOnly? date = null;
        if (Optional(published) is { } p)
        {
            date = DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new ApiException($"published must be a date YYYY-MM-DD, not '{Short(p)}'");
        }

        return new ArticleReader(new IngestOptions { MaxBytes = options.MaxBodyBytes, Published = date });
    }

    /// <summary>The id of a stored story (or a unique prefix of it); 404 when there is none.</summary>
    private static string StoryId(StoreAccess store, string id)
        => store.Read(s => s.StoryDocuments(id)).Count > 0 ? id : throw new ApiException(StatusCodes.Status404NotFound, $"no story '{Short(id)}' in the store");

    private static Ok<QueryResponse> Query(StoreAccess store, StoreQuery query)
    {
        var result = store.Read(s => s.Query(query));
        var rows = result.Rows.Select(row =>
        {
            var o = new Dictionary<string, object?>(result.Columns.Count, StringComparer.Ordinal);
            for (int i = 0; i < result.Columns.Count; i++)
            {
                o[result.Columns[i]] = row[i];
            }

            return (IReadOnlyDictionary<string, object?>)o;
        }).ToList();
        return TypedResults.Ok(new QueryResponse(result.Columns, rows));
    }

    /// <summary>The JSON body as <typeparamref name="T"/>: 415 when it is not JSON, 400 when it does not parse.</summary>
    private static async Task<T> ReadJson<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            throw new ApiException(StatusCodes.Status415UnsupportedMediaType, "send the body as application/json");
        }

        try
        {
            return await request.ReadFromJsonAsync<T>(cancellationToken).ConfigureAwait(false) ?? throw new ApiException("the body is null, not a JSON object");
        }
        catch (JsonException ex)
        {
            throw new ApiException($"the body is not valid JSON: {ex.Message}", ex);
        }
    }

    internal static string Required(string? value, string name)
        => Optional(value) ?? throw new ApiException($"'{name}' is required");

    internal static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static string? Date(string? value, string name)
        => Optional(value) is not { } v ? null : DatePrefix().IsMatch(v) ? v : throw new ApiException($"'{name}' must be a date YYYY-MM-DD or a prefix of one (YYYY-MM), not '{Short(v)}'");

    private static int Limit(int? limit)
        => limit switch
        {
            null => 50,
            >= 1 and <= MaxLimit => limit.Value,
            _ => throw new ApiException($"'limit' must be between 1 and {MaxLimit}"),
        };

    internal static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";

    [GeneratedRegex(@"^\d{4}(-\d{2}){0,2}$")]
    private static partial Regex DatePrefix();
}
