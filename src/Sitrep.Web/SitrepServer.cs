using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.RateLimiting;
using Sitrep.Application;
using Sitrep.Ingest;
using Sitrep.Store;

namespace Sitrep.Web;

/// <summary>
/// Builds the server of <c>sitrep serve</c>: the API under /api (OpenAPI document at /openapi/v1.json) and the web
/// page at /, with problem details for every error, keys for writes (and optionally reads), a body cap, an analysis
/// timeout, a rate limiter, security headers (CSP) and no CORS unless origins are named.
/// </summary>
public static class SitrepServer
{
    /// <summary>The rate-limiter policy of the analysis endpoints (a concurrency limit with a short queue).</summary>
    internal const string AnalysisPolicy = "analysis";

    /// <summary>
    /// The server for <paramref name="options"/>, not started. The store is created or migrated now, and the engine
    /// (models, knowledge base) is loaded, so that the first request does not wait for it.
    /// </summary>
    /// <exception cref="StoreException">The store cannot be opened or created.</exception>
    public static WebApplication Create(ServerOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = new StoreAccess(options.Store, options.Stories);
        var counts = store.Prepare();
        log?.Invoke($"store {options.Store}: {counts.GetValueOrDefault("documents")} documents");

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SitrepServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxBodyBytes);
        builder.Services.Configure<JsonOptions>(j => Configure(j.SerializerOptions));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(SitrepEngine.Create());
        builder.Services.AddSingleton<UrlFetcher>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails(p => p.CustomizeProblemDetails = c =>
        {
            // The one-line messages of our own exceptions name the input and the problem; anything else stays generic.
            if (c.Exception is StoreException or ReviewException or IngestException or FetchException or ApiException)
            {
                c.ProblemDetails.Detail = c.Exception.Message;
            }
            else if (c.Exception is BadHttpRequestException bad)
            {
                c.ProblemDetails.Detail = bad.Message;
            }
            else if (c.ProblemDetails.Detail is null && c.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                // Refused by routing before any handler ran: the endpoint declares the content types it takes.
                c.ProblemDetails.Detail = $"this endpoint does not take the content type '{c.HttpContext.Request.ContentType}' (see /openapi/v1.json)";
            }
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Sitrep";
            doc.Info.Description = "Analyse news articles into evidence-linked records, and browse and review a store of them. Writes need the X-Api-Key header.";
            return Task.CompletedTask;
        }));
        builder.Services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            if (options.RequestsPerMinute > 0)
            {
                r.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            }

            r.AddConcurrencyLimiter(AnalysisPolicy, c =>
            {
                c.PermitLimit = options.AnalysesAtOnce > 0 ? options.AnalysesAtOnce : Environment.ProcessorCount;
                c.QueueLimit = options.AnalysisQueue;
                c.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
        if (options.CorsOrigins.Count > 0)
        {
            builder.Services.AddCors(c => c.AddDefaultPolicy(p => p.WithOrigins([.. options.CorsOrigins]).WithHeaders("Content-Type", ApiKeys.Header).WithMethods("GET", "POST")));
        }

        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = StatusOf,
            SuppressDiagnosticsCallback = c => c.Exception is not (StoreException or ReviewException or IngestException or FetchException or ApiException or BadHttpRequestException),
        });
        app.UseStatusCodePages();
        app.Use(BodyCap(options.MaxBodyBytes));
        if (options.CorsOrigins.Count > 0)
        {
            app.UseCors();
        }

        app.UseRateLimiter();
        app.MapOpenApi();
        Api.Map(app, options);
        PageFiles.Map(app);
        return app;
    }

    /// <summary>The addresses a started server listens on (with the port Kestrel chose for port 0).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return [.. app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .GetRequiredFeature<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>().Addresses];
    }

    /// <summary>The API's JSON: snake_case names as in the record (sitrep/1), nulls written.</summary>
    internal static void Configure(JsonSerializerOptions json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
    }

    private static int StatusOf(Exception ex) => ex switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        ApiException api => api.Status,
        ReviewException review => review.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest,
        IngestException ingest => ingest.Message.Contains("too large", StringComparison.Ordinal) ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
        FetchException => StatusCodes.Status502BadGateway,
        StoreException => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>
    /// Headers on every answer: a Content-Security-Policy that allows only this server's own scripts and styles (no
    /// inline script, no other origin), no MIME sniffing, no framing, no referrer.
    /// </summary>
    private static Task SecurityHeaders(HttpContext http, Func<Task> next)
    {
        http.Response.OnStarting(AddSecurityHeaders, http.Response);
        return next();
    }

    private static Task AddSecurityHeaders(object state)
    {
        var h = ((HttpResponse)state).Headers;
        if (string.IsNullOrEmpty(h.ContentSecurityPolicy))
        {
            // An endpoint may set a stricter one of its own (a briefing: no script at all, its inline style).
            h.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        }
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        h["Cross-Origin-Resource-Policy"] = "same-origin";
        return Task.CompletedTask;
    }

    /// <summary>A body declared larger than the cap is refused before it is read (Kestrel stops an undeclared one at the cap).</summary>
    private static Func<HttpContext, Func<Task>, Task> BodyCap(long max) => (http, next) =>
        http.Request.ContentLength > max
            ? throw new ApiException(StatusCodes.Status413PayloadTooLarge, $"the request body is too large ({http.Request.ContentLength:N0} bytes; the limit is {max:N0})")
            : next();
}

/// <summary>An API error with its HTTP status and a one-line message (written as problem details).</summary>
internal sealed class ApiException : Exception
{
    public ApiException()
    {
    }

    public ApiException(string message)
        : base(message)
    {
        Status = StatusCodes.Status400BadRequest;
    }

    public ApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
    }

    public ApiException(int status, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
    }

    public int Status { get; } = StatusCodes.Status500InternalServerError;
}
