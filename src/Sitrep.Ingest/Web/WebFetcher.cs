using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Sitrep.Ingest.Web;

/// <summary>What a fetch returned: the final address after redirects, the body as text, and its media type.</summary>
public sealed record FetchedResource(Uri Address, string Text, string MediaType);

/// <summary>
/// Fetches pages and feeds over HTTP(S) with the limits news sources need: a time limit for the whole fetch (headers
/// and body), redirects followed one at a time up to a cap (a loop is named as one), a size cap checked on the
/// announced length and again while reading, a content-type check (HTML, XML feeds, JSON feeds, plain text), and the
/// charset from the Content-Type header, else the page's own declaration (<see cref="TextDecoder"/>). Every failure is
/// an <see cref="IngestException"/> of one line naming the address.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private static readonly string[] s_accepted =
    [
        "text/html", "application/xhtml+xml", "text/plain", "application/rss+xml", "application/atom+xml", "application/xml",
        "text/xml", "application/rdf+xml", "application/feed+json", "application/json",
    ];

    private readonly HttpClient _client;
    private readonly WebOptions _options;

    static WebFetcher()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public WebFetcher(WebOptions? options = null, HttpMessageHandler? handler = null)
    {
        _options = options ?? new WebOptions();
        _client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = _options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan, // the fetch's own token bounds headers and body together
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.1");
    }

    /// <summary>True for an http:// or https:// address.</summary>
    public static bool IsUrl(string path)
        => path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Fetches <paramref name="url"/>; see the class summary for the limits.</summary>
    /// <exception cref="IngestException">The address is malformed, unreachable, slow, too large, redirects too often or answers with an error or an unsupported type.</exception>
    public FetchedResource Fetch(string url, CancellationToken cancellationToken = default)
        => FetchAsync(url, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc cref="Fetch"/>
    public async Task<FetchedResource> FetchAsync(string url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new IngestException($"{url}: not an http:// or https:// address");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var visited = new List<Uri> { address };
        try
        {
            while (true)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, address);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(address, location);
                    if (visited.Contains(next))
                    {
                        throw new IngestException($"{url}: redirect loop ({string.Join(" → ", visited.SkipWhile(v => v != next).Append(next))})");
                    }

                    if (visited.Count > _options.MaxRedirects)
                    {
                        throw new IngestException($"{url}: too many redirects (more than {_options.MaxRedirects})");
                    }

                    visited.Add(next);
                    address = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new IngestException(string.Create(CultureInfo.InvariantCulture, $"{url}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}").TrimEnd());
                }

                var type = response.Content.Headers.ContentType;
                string media = type?.MediaType?.ToLowerInvariant() ?? "";
                if (media.Length > 0 && !s_accepted.Contains(media) && !media.EndsWith("+xml", StringComparison.Ordinal))
                {
                    throw new IngestException($"{url}: unsupported content type {media} (Sitrep reads HTML pages, RSS/Atom/JSON feeds and plain text)");
                }

                if (response.Content.Headers.ContentLength is long announced && announced > _options.MaxBytes)
                {
                    throw new IngestException(string.Create(CultureInfo.InvariantCulture, $"{url}: too large ({announced:N0} bytes; the limit is {_options.MaxBytes:N0}, see --max-bytes)"));
                }

                byte[] body = await ReadCapped(response.Content, url, timeout.Token).ConfigureAwait(false);
                if (body.Length == 0)
                {
                    throw new IngestException($"{url}: empty response");
                }

                return new FetchedResource(address, Decode(body, type, url), media);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IngestException(string.Create(CultureInfo.InvariantCulture, $"{url}: timed out after {_options.Timeout.TotalSeconds:0.#} s"));
        }
        catch (HttpRequestException ex)
        {
            throw new IngestException($"{url}: cannot fetch ({(ex.InnerException ?? ex).Message.TrimEnd('.')})", ex);
        }
    }

    private async Task<byte[]> ReadCapped(HttpContent content, string url, CancellationToken token)
    {
        using var stream = await content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxBytes)
            {
                throw new IngestException(string.Create(CultureInfo.InvariantCulture, $"{url}: too large (over the limit of {_options.MaxBytes:N0} bytes, see --max-bytes)"));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The body as text: the header's charset when .NET knows it, else what the bytes and the page say.</summary>
    private static string Decode(byte[] body, MediaTypeHeaderValue? type, string url)
    {
        if (type?.CharSet is { Length: > 0 } charset)
        {
            try
            {
                var enc = Encoding.GetEncoding(charset.Trim('"', '\'').ToLowerInvariant() is "iso-8859-1" or "latin1" or "us-ascii" ? "windows-1252" : charset.Trim('"', '\''));
                var span = body.AsSpan();
                var preamble = enc.Preamble;
                return enc.GetString(span.StartsWith(preamble) ? span[preamble.Length..] : span);
            }
            catch (ArgumentException)
            {
                // An unknown charset name: read the bytes as a file would be read.
            }
        }

        return TextDecoder.Decode(body, url).Text;
    }

    public void Dispose() => _client.Dispose();
}

/// <summary>Limits of web fetches.</summary>
public sealed record WebOptions
{
    /// <summary>The longest a fetch may take, headers and body (default 20 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Redirects followed at most (default 5).</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>The largest body accepted, in bytes (default 5 MB, as for files).</summary>
    public long MaxBytes { get; init; } = new IngestOptions().MaxBytes;

    public string UserAgent { get; init; } = "Sitrep/1 (news analysis; +https://example.invalid/sitrep)";
}
