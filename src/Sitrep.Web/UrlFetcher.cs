using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Sitrep.Core.Documents;
using Sitrep.Ingest;

namespace Sitrep.Web;

/// <summary>
/// Fetches one article page for the URL analysis: http(s) only, a time limit, a size cap, and no loopback or
/// private-network address (checked on the address actually connected to, redirects included) unless allowed.
/// The page is read by <see cref="ArticleReader"/> as an uploaded file is.
/// </summary>
/// <remarks>
/// A simple fetcher on purpose: the full source fetcher (robots, conditional requests, feeds) is built in Sitrep.Ingest
/// on the sources branch; once merged, <see cref="Fetch"/> should hand the URL to it and keep only the address policy here.
/// </remarks>
internal sealed class UrlFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly long _maxBytes;

    public UrlFetcher(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxBytes = options.MaxBodyBytes;
        bool allowPrivate = options.AllowPrivateUrls;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken).ConfigureAwait(false);
                var usable = addresses.Where(a => allowPrivate || IsPublic(a)).ToArray();
                if (usable.Length == 0)
                {
                    throw new FetchException($"{context.DnsEndPoint.Host}: not a public address (the server does not fetch loopback or private-network pages)");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(usable, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        _client = new HttpClient(handler) { Timeout = options.FetchTimeout };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Sitrep", "1"));
    }

    /// <summary>The article at <paramref name="url"/>.</summary>
    /// <exception cref="ApiException">The URL is not an absolute http or https URL.</exception>
    /// <exception cref="FetchException">The URL is refused, unreachable, too slow, too large or not text.</exception>
    /// <exception cref="IngestException">The page holds no readable article.</exception>
    public async Task<ArticleInput> Fetch(string url, ArticleReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ApiException($"'{Short(url)}': not an http:// or https:// URL");
        }

        string name = uri.GetLeftPart(UriPartial.Path);
        try
        {
            using var response = await _client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new FetchException($"{name}: the site answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            string media = response.Content.Headers.ContentType?.MediaType ?? "text/html";
            if (!media.StartsWith("text/", StringComparison.OrdinalIgnoreCase) && media != "application/xhtml+xml")
            {
                throw new FetchException($"{name}: not a text or HTML page ({media})");
            }

            if (response.Content.Headers.ContentLength > _maxBytes)
            {
                throw new FetchException($"{name}: too large ({response.Content.Headers.ContentLength:N0} bytes; the limit is {_maxBytes:N0})");
            }

            byte[] bytes = await ReadCapped(response, name, cancellationToken).ConfigureAwait(false);
            return reader.FromBytes(bytes, url, isHtml: media.Contains("html", StringComparison.OrdinalIgnoreCase));
        }
        catch (HttpRequestException ex)
        {
            throw new FetchException($"{name}: cannot be fetched ({(ex.InnerException as FetchException)?.Message ?? ex.Message})", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException($"{name}: no answer within {_client.Timeout.TotalSeconds:0} s", ex);
        }
    }

    private async Task<byte[]> ReadCapped(HttpResponseMessage response, string name, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _maxBytes)
            {
                throw new FetchException($"{name}: too large (over the limit of {_maxBytes:N0} bytes)");
            }
        }

        return buffer.ToArray();
    }

    /// <summary>True for an address on the public internet: not loopback, private, link-local, shared, multicast or unspecified.</summary>
    internal static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            byte[] b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] >= 224
                || (b[0] == 100 && b[1] >= 64 && b[1] < 128)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] >= 16 && b[1] < 32)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19)));
        }

        byte[] v6 = address.GetAddressBytes();
        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (v6[0] & 0xFE) == 0xFC);
    }

    private static string Short(string s) => s.Length <= 80 ? s : s[..80] + "…";

    public void Dispose() => _client.Dispose();
}

/// <summary>A URL that cannot be fetched, with a one-line reason.</summary>
internal sealed class FetchException : Exception
{
    public FetchException()
    {
    }

    public FetchException(string message)
        : base(message)
    {
    }

    public FetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
