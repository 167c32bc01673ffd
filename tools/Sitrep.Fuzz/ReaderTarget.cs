using Sitrep.Core.Documents;
using Sitrep.Ingest;

namespace Sitrep.Fuzz;

/// <summary>
/// The article reader as the command line and the server call it. The first byte picks the way in: a file named
/// .txt, .html, .sgm (Reuters SGML, many stories), .txt.gz, or by line; uploaded bytes with the kind sniffed. A refusal
/// must be an <see cref="IngestException"/> on one line naming the input; an article must have text (a plain-text one
/// exactly the decoded input with CRLF turned into LF), and its heading hints must be lines of it.
/// </summary>
internal static class ReaderTarget
{
    private static readonly string s_dir = Directory.CreateTempSubdirectory("sitrep-fuzz-").FullName;
    private static readonly ArticleReader s_reader = new(new IngestOptions { MaxBytes = 1 << 20 });

    public static void Run(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        int way = data[0] % 7;
        var body = data[1..];
        string name = way switch { 0 => "a.txt", 1 => "a.html", 2 => "a.sgm", 3 => "a.txt.gz", 4 => "a.txt", _ => "upload" };
        try
        {
            List<ArticleInput> articles;
            if (way == 5)
            {
                articles = [s_reader.FromBytes(body, name)];
            }
            else if (way == 6)
            {
                articles = [s_reader.FromBytes(body, name, isHtml: true)];
            }
            else
            {
                string path = Path.Combine(s_dir, name);
                File.WriteAllBytes(path, way == 3 ? Gzip(body) : body.ToArray());
                name = path;
                articles = [.. s_reader.ReadAll(path, byLine: way == 4)];
            }

            // A plain-text article is the decoded input with only CRLF turned into LF (one pass: "\r\r\n" keeps a CR LF).
            bool plain = way is 0 or 5 || (way == 3 && !(body.Length >= 2 && body[0] == 0x1f && body[1] == 0x8b));
            string? expected = plain ? TextDecoder.Decode(body, name).Text.Replace("\r\n", "\n", StringComparison.Ordinal) : null;
            foreach (var a in articles)
            {
                Article(a, way == 4, a.FromHtml ? null : expected);
            }

            Check.That(articles.Select(a => a.Source).Distinct(StringComparer.Ordinal).Count() == articles.Count, "two articles of one input share a source");
        }
        catch (IngestException ex)
        {
            Check.That(ex.Message.StartsWith(name, StringComparison.Ordinal) || ex.Message.StartsWith("HTML page", StringComparison.Ordinal),
                $"the error does not name the input: {ex.Message}");
            Check.That(ex.Message.IndexOf('\n') < 0, $"the error is not one line: {ex.Message}");
        }
    }

    private static void Article(ArticleInput a, bool byLine, string? expected)
    {
        string text = a.Text;
        Check.That(byLine || !string.IsNullOrWhiteSpace(text), $"{a.Source}: an article without text");
        Check.That(!byLine || text.IndexOf('\n') < 0, $"{a.Source}: a line break inside a line");
        Check.That(expected is null || string.Equals(text, expected, StringComparison.Ordinal), $"{a.Source}: the text is not the input with CRLF turned into LF");
        foreach (var h in a.HeadingHints)
        {
            Check.Range(text, h, "heading hint");
            Check.That((h.Start == 0 || text[h.Start - 1] == '\n') && (h.End == text.Length || text[h.End] == '\n'), $"heading hint {h} is not a whole line");
        }

        Check.Ordered(a.HeadingHints, "heading hint");
        Check.That(a.Title is null || (a.Title.Length > 0 && a.Title.IndexOf('\n') < 0), $"title \"{a.Title}\" is empty or spans lines");
    }

    private static byte[] Gzip(ReadOnlySpan<byte> data)
    {
        // Bytes that already start like gzip are written as they are (broken or hand-made streams); others are compressed first.
        if (data.Length >= 2 && data[0] == 0x1f && data[1] == 0x8b)
        {
            return data.ToArray();
        }

        using var buffer = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(data);
        }

        return buffer.ToArray();
    }
}
