#if !SITREP_NO_WEB
using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Sitrep.Store;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep serve [--store S] [--urls U] [--api-key K] [--read-key K] …</c>: the HTTP API (OpenAPI at
/// /openapi/v1.json) and the web page over a store, until stopped (Ctrl+C).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var store = StoreOption.Create();
        var urls = new Option<string[]>("--urls") { Description = "Addresses to listen on (default http://127.0.0.1:5180)", AllowMultipleArgumentsPerToken = true };
        var apiKey = new Option<string?>("--api-key") { Description = $"The key writes (storing, corrections) need in the X-Api-Key header (else {ServerOptions.ApiKeyVariable}); none: writes are refused" };
        var readKey = new Option<string?>("--read-key") { Description = $"A key reads need too (else {ServerOptions.ReadKeyVariable}); none: reads are open" };
        var maxBytes = new Option<long>("--max-bytes") { Description = "The largest request body, in bytes", DefaultValueFactory = _ => new ServerOptions().MaxBodyBytes };
        var timeout = new Option<double>("--timeout") { Description = "The longest one analysis may take, in seconds", DefaultValueFactory = _ => new ServerOptions().AnalysisTimeout.TotalSeconds };
        var rate = new Option<int>("--rate-limit") { Description = "Requests per minute from one client address (0: no limit)", DefaultValueFactory = _ => new ServerOptions().RequestsPerMinute };
        var cors = new Option<string[]>("--cors") { Description = "Origins allowed to call the API from other sites (CORS is off without it)", AllowMultipleArgumentsPerToken = true };
        var allowPrivate = new Option<bool>("--allow-private-urls") { Description = "Let the URL analysis fetch loopback and private-network addresses" };
        var command = new Command("serve", "Serve the HTTP API and the web page over a store (analyse, browse, review)")
        {
            store, urls, apiKey, readKey, maxBytes, timeout, rate, cors, allowPrivate,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(maxBytes) < 1024 || parse.GetValue(timeout) <= 0 || parse.GetValue(rate) < 0)
            {
                error.WriteLine("sitrep serve: --max-bytes must be at least 1024, --timeout positive and --rate-limit not negative");
                return 2;
            }

            var options = new ServerOptions
            {
                Store = parse.GetValue(store) ?? StoreFactory.DefaultPath,
                Stories = StoryEmbedding.Options(error, "sitrep serve"),
                Urls = parse.GetValue(urls) is { Length: > 0 } u ? u : new ServerOptions().Urls,
                ApiKey = NonEmpty(parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ServerOptions.ApiKeyVariable)),
                ReadKey = NonEmpty(parse.GetValue(readKey) ?? Environment.GetEnvironmentVariable(ServerOptions.ReadKeyVariable)),
                MaxBodyBytes = parse.GetValue(maxBytes),
                AnalysisTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                RequestsPerMinute = parse.GetValue(rate),
                CorsOrigins = parse.GetValue(cors) ?? [],
                AllowPrivateUrls = parse.GetValue(allowPrivate),
            };
            try
            {
                using var app = SitrepServer.Create(options, line => error.WriteLine($"sitrep serve: {line}"));
                app.Start();
                foreach (string address in SitrepServer.Addresses(app))
                {
                    output.WriteLine($"sitrep serve: listening on {address} (page /, API /api, OpenAPI /openapi/v1.json); writes {(options.ApiKey is null ? "off (no --api-key)" : "need the key")}, reads {(options.ReadKey is null ? "open" : "need a key")}");
                }

                app.WaitForShutdown();
                return 0;
            }
            catch (StoreException ex)
            {
                error.WriteLine($"sitrep serve: {ex.Message}");
                return 1;
            }
            catch (IOException ex)
            {
                error.WriteLine($"sitrep serve: cannot listen on {string.Join(", ", options.Urls)}: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
#endif
