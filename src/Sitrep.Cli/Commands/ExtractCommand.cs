using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep extract PAGE.html[.gz]</c>: the page's main content as JSON {title, published, author, text}.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var page = new Argument<string>("page") { Description = "An HTML page (.html, .htm, optionally .gz), or - for standard input" };
        var command = new Command("extract", "Extract an HTML page's main content, title, date and author") { page };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(page)!;
            try
            {
                var (html, _) = new ArticleReader().ReadText(path);
                var article = HtmlExtractor.Extract(html);
                using var stream = new MemoryStream();
                using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    w.WriteStartObject();
                    w.WriteString("title", article.Title);
                    w.WriteString("published", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    w.WriteString("author", article.Author);
                    w.WriteString("text", article.Text);
                    w.WriteEndObject();
                }

                output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                return 0;
            }
            catch (IngestException ex)
            {
                error.WriteLine($"sitrep extract: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
