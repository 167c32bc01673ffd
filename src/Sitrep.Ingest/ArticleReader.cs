using System.IO.Compression;
using Sitrep.Core.Documents;

namespace Sitrep.Ingest;

/// <summary>
/// Reads articles from paths: plain text, HTML (also gzipped), standard input ("-"), or directories
/// (every article file under them, in name order). Every failure is an <see cref="IngestException"/>
/// whose message names the input and the problem.
/// </summary>
public sealed class ArticleReader
{
    private static readonly string[] s_articleExtensions = [".txt", ".text", ".html", ".htm", ".xhtml", ".txt.gz", ".html.gz", ".htm.gz", ".sgm"];

    private readonly IngestOptions _options;

    public ArticleReader(IngestOptions? options = null)
    {
        _options = options ?? new IngestOptions();
    }

    /// <summary>The article paths named by <paramref name="paths"/>: files as given, directories expanded.</summary>
    /// <returns>Each path, or the error for a path that cannot be listed.</returns>
    public static IEnumerable<(string Path, IngestException? Error)> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (path == "-" || File.Exists(path) || Web.WebFetcher.IsUrl(path) || (StoryOf(path) is { } s && File.Exists(s.File)))
            {
                yield return (path, null);
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsArticleFile)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    yield return (path, new IngestException($"{path}: directory holds no article files (.txt, .html, .htm, optionally .gz)"));
                }

                foreach (var f in files)
                {
                    yield return (f, null);
                }
            }
            else
            {
                yield return (path, new IngestException($"{path}: no such file or directory"));
            }
        }
    }

    /// <summary>The file and story id of <c>FILE.sgm#NEWID</c> (one Reuters story, as its source is written), or null.</summary>
    public static (string File, string Id)? StoryOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        int hash = path.LastIndexOf('#');
        return hash > 0 && hash < path.Length - 1 && path.AsSpan(0, hash).EndsWith(".sgm", StringComparison.OrdinalIgnoreCase)
            ? (path[..hash], path[(hash + 1)..])
            : null;
    }

    /// <summary>True for the file names a directory scan takes as articles.</summary>
    public static bool IsArticleFile(string path)
        => s_articleExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads one article.</summary>
    /// <exception cref="IngestException">The input is missing, too large, empty, binary or unreadable.</exception>
    public ArticleInput Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (text, isHtml) = ReadText(path);
        return isHtml ? FromHtml(text, path) : FromPlainText(text, path);
    }

    /// <summary>
    /// Every article in one input: one for a text or HTML file, one per story for a Reuters SGML file (.sgm), the one
    /// story <c>FILE.sgm#NEWID</c> names (the source the stories of that file carry), one per line when
    /// <paramref name="byLine"/> is set.
    /// </summary>
    /// <exception cref="IngestException">The input is missing, too large, empty, binary or unreadable, or names a story the file does not hold.</exception>
    public IEnumerable<ArticleInput> ReadAll(string path, bool byLine)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (byLine)
        {
            return ReadLines(path);
        }

        if (path.EndsWith(".sgm", StringComparison.OrdinalIgnoreCase))
        {
            var (sgml, _) = ReadText(path);
            return ReutersSgml.Read(sgml, path, _options.Published);
        }

        if (!File.Exists(path) && StoryOf(path) is { } story)
        {
            var (sgml, _) = ReadText(story.File);
            var one = ReutersSgml.Read(sgml, story.File, _options.Published).FirstOrDefault(a => a.Source == path)
                ?? throw new IngestException($"{story.File}: no story with NEWID {story.Id}");
            return [one];
        }

        return [Read(path)];
    }

    /// <summary>Reads a file whose every line is its own article (source "PATH:LINE"), empty lines included so records stay aligned with lines.</summary>
    /// <exception cref="IngestException">The file is missing, too large, binary or unreadable.</exception>
    public IEnumerable<ArticleInput> ReadLines(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (text, _) = ReadText(path, allowEmpty: true);
        var lines = text.Split('\n');
        int count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length; // no record after the final newline
        for (int lineNo = 1; lineNo <= count; lineNo++)
        {
            string line = lines[lineNo - 1];
            var trimmed = line.TrimEnd('\r');
            yield return new ArticleInput(trimmed, $"{path}:{lineNo}") { GivenPublished = _options.Published };
        }
    }

    /// <summary>An article from plain text: the text itself with only CRLF turned into LF; a long list or data file is refused (<see cref="ProseCheck"/>).</summary>
    public ArticleInput FromPlainText(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new IngestException($"{source}: empty article (no text)");
        }

        if (ProseCheck.NotAnArticle(text) is { } why)
        {
            throw new IngestException($"{source}: {why}");
        }

        return new ArticleInput(text, source) { GivenPublished = _options.Published };
    }

    /// <summary>An article from HTML: the title on the first line, then the main content, one block per line.</summary>
    public ArticleInput FromHtml(string html, string source)
    {
        var page = HtmlExtractor.Extract(html);
        string prefix = page.Title is { Length: > 0 } t && !page.Text.StartsWith(t, StringComparison.Ordinal) ? t + "\n" : "";
        string text = prefix + page.Text;
        if (string.IsNullOrWhiteSpace(page.Text))
        {
            throw new IngestException($"{source}: no article text found in the HTML page");
        }

        var headings = page.Headings.Select(h => new CharRange(h.Start + prefix.Length, h.End + prefix.Length)).ToList();
        return new ArticleInput(text, source)
        {
            GivenPublished = _options.Published,
            Title = page.Title,
            StatedPublished = page.Published,
            Author = page.Author,
            FromHtml = true,
            HeadingHints = headings,
        };
    }

    /// <summary>
    /// An article from the bytes of an uploaded file named <paramref name="name"/>: decoded like a file (BOM, meta
    /// charset, Windows-1252); HTML when <paramref name="isHtml"/> says so or, when it is null, when the name says so
    /// or the text starts as a page; plain text otherwise.
    /// </summary>
    /// <exception cref="IngestException">The bytes are empty, too large, binary or hold no article text.</exception>
    public ArticleInput FromBytes(ReadOnlySpan<byte> bytes, string name, bool? isHtml = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (bytes.Length == 0)
        {
            throw new IngestException($"{name}: empty file");
        }

        if (bytes.Length > _options.MaxBytes)
        {
            throw new IngestException($"{name}: too large ({bytes.Length:N0} bytes; the limit is {_options.MaxBytes:N0})");
        }

        var (text, _) = TextDecoder.Decode(bytes, name);
        bool html = isHtml ?? (name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase) || LooksLikeHtml(text));
        return html ? FromHtml(text, name) : FromPlainText(text, name);
    }

    /// <summary>The decoded text of a file (gunzipped if needed) and whether it is HTML.</summary>
    public (string Text, bool IsHtml) ReadText(string path, bool allowEmpty = false)
    {
        byte[] bytes = ReadBytes(path);
        if (bytes.Length == 0 && !allowEmpty)
        {
            throw new IngestException($"{path}: empty file");
        }

        var (text, _) = TextDecoder.Decode(bytes, path);
        string name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        bool html = name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase) || (path == "-" && LooksLikeHtml(text));
        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
        {
            throw new IngestException($"{path}: empty article (only white space)");
        }

        return (text, html);
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 512)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private byte[] ReadBytes(string path)
    {
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                return ReadCapped(stdin, "standard input");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new IngestException(Directory.Exists(path) ? $"{path}: is a directory" : $"{path}: no such file");
            }

            using var file = File.OpenRead(path);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                using var gz = new GZipStream(file, CompressionMode.Decompress);
                return ReadCapped(gz, path);
            }

            if (info.Length > _options.MaxBytes)
            {
                throw new IngestException($"{path}: too large ({info.Length:N0} bytes; the limit is {_options.MaxBytes:N0}, see --max-bytes)");
            }

            // A file of known size is read into one array of that size (no growing buffers).
            var bytes = new byte[info.Length];
            file.ReadExactly(bytes);
            return bytes;
        }
        catch (InvalidDataException ex)
        {
            throw new IngestException($"{path}: not a valid gzip file ({ex.Message})", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new IngestException($"{path}: permission denied", ex);
        }
        catch (IOException ex)
        {
            throw new IngestException($"{path}: cannot be read ({ex.Message})", ex);
        }
    }

    private byte[] ReadCapped(Stream stream, string name)
    {
        using var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > _options.MaxBytes)
                {
                    throw new IngestException($"{name}: too large (over the limit of {_options.MaxBytes:N0} bytes, see --max-bytes)");
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
