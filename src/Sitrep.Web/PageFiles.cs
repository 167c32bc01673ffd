using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Sitrep.Web;

/// <summary>The web page: HTML, CSS and JavaScript embedded in this assembly (nothing from a CDN or the internet).</summary>
internal static class PageFiles
{
    private static readonly FrozenDictionary<string, (byte[] Bytes, string Type, string ETag)> s_files = Load();

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Serve(http, "index.html")).ExcludeFromDescription();
        foreach (string name in s_files.Keys)
        {
            app.MapGet("/" + name, (HttpContext http) => Serve(http, name)).ExcludeFromDescription();
        }
    }

    private static IResult Serve(HttpContext http, string name)
    {
        var f = s_files[name];
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.ETag = f.ETag;
        if (http.Request.Headers.IfNoneMatch == f.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(f.Bytes, f.Type);
    }

    private static FrozenDictionary<string, (byte[], string, string)> Load()
    {
        var asm = typeof(PageFiles).Assembly;
        var files = new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal);
        foreach (string resource in asm.GetManifestResourceNames().Where(n => n.StartsWith("page/", StringComparison.Ordinal)))
        {
            using var s = asm.GetManifestResourceStream(resource)!;
            using var m = new MemoryStream();
            s.CopyTo(m);
            byte[] bytes = m.ToArray();
            string name = resource["page/".Length..];
            string type = Path.GetExtension(name) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                _ => "application/octet-stream",
            };
            files[name] = (bytes, type, "\"" + Convert.ToHexString(SHA256.HashData(bytes), 0, 8) + "\"");
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
