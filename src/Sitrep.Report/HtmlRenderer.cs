using System.Net;
using System.Text;

namespace Sitrep.Report;

/// <summary>
/// Writes a briefing as one self-contained HTML file: inline CSS and the inline SVG map, no script, nothing loaded
/// from elsewhere (a Content-Security-Policy says so to the browser too). Every record text is HTML-escaped, in
/// element content and in attributes alike. A citation links to its source and shows the cited words on hover.
/// </summary>
public static class HtmlRenderer
{
    /// <summary>What a briefing may load and run: its own inline style and data images (the map), nothing else, no script.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1rem;color:#555}
        .meta,.note{color:#666;font-size:.9rem}ul{padding-left:1.2rem}li{margin:.3rem 0}
        .label{font-weight:600;font-variant:small-caps;letter-spacing:.02em}.quote{font-style:italic}
        a.cite{font-size:.8rem;color:#2c5d8a;text-decoration:none;white-space:nowrap}a.cite:hover{text-decoration:underline}
        figure{margin:1rem 0}svg{max-width:100%;height:auto;border:1px solid #ccc}
        nav a{margin-right:.8rem}ol.sources li{margin:.2rem 0}code{font-size:.85rem}
        """;

    public static string Render(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Append(E(briefing.Title)).Append("</title><style>")
          .Append(Style).Append("</style></head>\n<body>\n<header><h1>").Append(E(briefing.Title)).Append("</h1><p class=\"meta\">Selection: ")
          .Append(E(briefing.Selection)).Append(" · ").Append(briefing.Sources.Count).Append(briefing.Sources.Count == 1 ? " article" : " articles")
          .Append(". Every sentence cites its source and span as [source:start–end], character offsets into the article's text.</p>\n<nav>");
        foreach (var section in briefing.Sections)
        {
            sb.Append("<a href=\"#").Append(section.Id).Append("\">").Append(E(section.Heading)).Append("</a>");
        }

        sb.Append("<a href=\"#sources\">Sources</a></nav></header>\n");
        foreach (var section in briefing.Sections)
        {
            sb.Append("<section id=\"").Append(section.Id).Append("\"><h2>").Append(E(section.Heading)).Append("</h2>\n");
            if (section.Id == "places" && briefing.Places.Count > 0)
            {
                sb.Append("<figure>").Append(MapSvg.Render(briefing.Places)).Append("</figure>\n");
            }

            foreach (var group in section.Groups)
            {
                if (group.Heading is not null)
                {
                    sb.Append("<h3>").Append(E(group.Heading)).Append("</h3>\n");
                }

                sb.Append("<ul>\n");
                foreach (var sentence in group.Sentences)
                {
                    sb.Append("<li>");
                    Sentence(sb, briefing, sentence);
                    sb.Append("</li>\n");
                }

                sb.Append("</ul>\n");
            }

            if (section.Empty is { } note)
            {
                sb.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
            }

            sb.Append("</section>\n");
        }

        sb.Append("<section id=\"sources\"><h2>Sources</h2><ol class=\"sources\">\n");
        foreach (var s in briefing.Sources)
        {
            sb.Append("<li id=\"source-").Append(s.Number).Append("\"><b>").Append(E(s.Title ?? "(untitled)")).Append("</b>, ")
              .Append(E(s.Source)).Append(", ").Append(E(s.Date ?? "date unknown")).Append(", document <code>").Append(E(s.DocumentId)).Append("</code></li>\n");
        }

        sb.Append("</ol></section>\n</body></html>\n");
        return sb.ToString();
    }

    private static void Sentence(StringBuilder sb, Briefing briefing, Sentence sentence)
    {
        foreach (var run in sentence.Runs)
        {
            string text = E(run.Text);
            sb.Append(run.Style switch
            {
                RunStyle.Label => "<span class=\"label\">" + text + "</span>",
                RunStyle.Quoted => "<q class=\"quote\">" + text + "</q>",
                _ => text,
            });
        }

        foreach (var c in sentence.Citations)
        {
            string words = briefing.Text(c);
            if (words.Length > 300)
            {
                words = words[..300] + "…";
            }

            sb.Append(" <a class=\"cite\" href=\"#source-").Append(c.Source).Append("\" title=\"").Append(E(words)).Append("\">")
              .Append(E(c.ToString())).Append("</a>");
        }
    }

    /// <summary>HTML-escapes text for element content and double-quoted attributes (&lt; &gt; &amp; &quot; &#39;).</summary>
    public static string E(string text) => WebUtility.HtmlEncode(text);
}
