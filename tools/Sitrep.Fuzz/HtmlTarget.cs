using Sitrep.Ingest;

namespace Sitrep.Fuzz;

/// <summary>
/// The HTML extractor on any page: the text is one block per line, each collapsed (no empty line, no leading or
/// trailing space, no tab or CR); headings are whole lines in order; title and author are single non-empty lines.
/// </summary>
internal static class HtmlTarget
{
    public static void Run(ReadOnlySpan<byte> data)
    {
        var page = HtmlExtractor.Extract(Check.Text(data));
        string text = page.Text;
        foreach (var line in text.Split('\n'))
        {
            if (text.Length == 0)
            {
                break;
            }

            Check.That(line.Length > 0, "an empty line in the extracted text");
            Check.That(!char.IsWhiteSpace(line[0]) && !char.IsWhiteSpace(line[^1]), $"a line with space at its ends: \"{line}\"");
            Check.That(line.IndexOfAny(['\r', '\t']) < 0, $"a CR or tab inside a line: \"{line}\"");
        }

        foreach (var h in page.Headings)
        {
            Check.Range(text, h, "heading");
            Check.That((h.Start == 0 || text[h.Start - 1] == '\n') && (h.End == text.Length || text[h.End] == '\n'), $"heading {h} is not a whole line");
        }

        Check.Ordered(page.Headings, "heading");
        foreach (var (field, value) in new[] { ("title", page.Title), ("author", page.Author) })
        {
            Check.That(value is null || (value.Trim().Length > 0 && value.IndexOf('\n') < 0), $"{field} \"{value}\" is empty or spans lines");
        }
    }
}
