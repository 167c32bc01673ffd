using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Web;

/// <summary>
/// The keys of the API, sent in the X-Api-Key header: writes need the write key (no key configured: writes are
/// refused); reads need the read key or the write key when a read key is configured, and are open otherwise.
/// Keys are compared in constant time.
/// </summary>
internal static class ApiKeys
{
    public const string Header = "X-Api-Key";

    /// <summary>The filter of the write endpoints.</summary>
    public static EndpointFilterDelegate Writes(ServerOptions options, EndpointFilterDelegate next) => context =>
    {
        if (options.ApiKey is null)
        {
            return Refuse(StatusCodes.Status403Forbidden, $"writes are disabled on this server (start it with --api-key or {ServerOptions.ApiKeyVariable})");
        }

        return Check(context.HttpContext, options.ApiKey, null) is { } refusal ? Refuse(refusal.Status, refusal.Detail) : next(context);
    };

    /// <summary>The filter of the read endpoints.</summary>
    public static EndpointFilterDelegate Reads(ServerOptions options, EndpointFilterDelegate next) => context =>
        options.ReadKey is not null && Check(context.HttpContext, options.ReadKey, options.ApiKey) is { } refusal
            ? Refuse(refusal.Status, refusal.Detail)
            : next(context);

    /// <summary>Null when the request carries an accepted key; else the refusal (401 without a key, 403 with another).</summary>
    private static (int Status, string Detail)? Check(HttpContext http, string key, string? alsoAccepted)
    {
        string? given = http.Request.Headers[Header];
        if (string.IsNullOrEmpty(given))
        {
            http.Response.Headers.WWWAuthenticate = Header;
            return (StatusCodes.Status401Unauthorized, $"this needs an API key in the {Header} header");
        }

        return Same(given, key) || (alsoAccepted is not null && Same(given, alsoAccepted))
            ? null
            : (StatusCodes.Status403Forbidden, "the API key is not valid for this request");
    }

    private static ValueTask<object?> Refuse(int status, string detail) => ValueTask.FromResult<object?>(Results.Problem(statusCode: status, detail: detail));

    private static bool Same(string given, string key)
        => CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
