using System.Text;

namespace Sitrep.Report;

/// <summary>
/// Writes a briefing as Markdown (CommonMark). Record text is escaped: the characters that Markdown reads as syntax
/// anywhere in a line (\ ` * _ [ ] | &lt; &gt; ~ &amp;) get a backslash, line breaks become spaces, and a list item cannot
/// start a heading or a nested list. With [ and ] escaped, no link, image or autolink can form, so parentheses stay as they are.
/// The map is linked as an image when <paramref name="mapPath"/> is given (the SVG is written beside the report).
/// </summary>
public static class MarkdownRenderer
{
    public static string Render(Briefing briefing, string? mapPath = null)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var sb = new StringBuilder();
        sb.Append("# ").Append(Escape(briefing.Title, lineStart: true)).Append("\n\n");
        sb.Append("_Selection: ").Append(Escape(briefing.Selection, lineStart: false)).Append(" · ")
          .Append(briefing.Sources.Count).Append(briefing.Sources.Count == 1 ? " article_" : " articles_").Append("\n\n");
        sb.Append("_Every sentence cites its source and span as \\[source:start–end\\], character offsets into the article's text; the sources are listed at the end._\n\n");
        foreach (var section in briefing.Sections)
        {
            sb.Append("## ").Append(section.Heading).Append("\n\n");
            if (section.Id == "places" && mapPath is not null && briefing.Places.Count > 0)
            {
                sb.Append("![Map of the places named](").Append(mapPath.Replace(" ", "%20", StringComparison.Ordinal)).Append(")\n\n");
            }

            foreach (var group in section.Groups)
            {
                if (group.Heading is not null)
                {
                    sb.Append("### ").Append(Escape(group.Heading, lineStart: true)).Append("\n\n");
                }

                foreach (var sentence in group.Sentences)
                {
                    sb.Append("- ").Append(Line(sentence)).Append('\n');
                }

                sb.Append('\n');
            }

            if (section.Empty is { } note)
            {
                sb.Append('_').Append(Escape(note, lineStart: false)).Append("_\n\n");
            }
        }

        sb.Append("## Sources\n\n");
        foreach (var s in briefing.Sources)
        {
            sb.Append(s.Number).Append(". **").Append(Escape(s.Title ?? "(untitled)", lineStart: false)).Append("**, ")
              .Append(Escape(s.Source, lineStart: false)).Append(", ").Append(Escape(s.Date ?? "date unknown", lineStart: false))
              .Append(", document ").Append(Escape(s.DocumentId, lineStart: false)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>One sentence: its runs, then its citations.</summary>
    internal static string Line(Sentence sentence)
    {
        var sb = new StringBuilder();
        foreach (var run in sentence.Runs)
        {
            string text = Escape(run.Text, lineStart: sb.Length == 0);
            sb.Append(run.Style switch
            {
                RunStyle.Label => "**" + text + "**",
                RunStyle.Quoted => "“" + text + "”",
                _ => text,
            });
        }

        foreach (var c in sentence.Citations)
        {
            sb.Append(' ').Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Text that Markdown shows as it is.</summary>
    public static string Escape(string text, bool lineStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            char ch = c is '\n' or '\r' or '\t' ? ' ' : c;
            if (ch is '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '<' or '>' or '~' or '&' || (sb.Length == 0 && lineStart && ch is '#' or '+'))
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        if (lineStart)
        {
            // "1. x", "- x", "= x" at the start of an item would be read as a list or a heading underline.
            int i = 0;
            while (i < sb.Length && char.IsAsciiDigit(sb[i]))
            {
                i++;
            }

            if (i < sb.Length && ((i > 0 && sb[i] is '.') || (i == 0 && sb[i] is '-' or '=')))
            {
                sb.Insert(i, '\\');
            }
        }

        return sb.ToString();
    }
}
