using System.Collections.Frozen;

namespace Sitrep.Ingest.Html;

/// <summary>The element names that matter to extraction (lower-case local names).</summary>
internal static class HtmlTags
{
    /// <summary>Elements that never hold article text: removed with their subtree before anything else.</summary>
    public static readonly FrozenSet<string> Removed = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "button", "input", "select", "option", "textarea", "label", "nav", "aside", "footer", "figcaption", "dialog", "menu",
        "link", "meta", "head", "title", "map", "area", "source", "track", "picture", "img", "frame", "frameset", "applet");

    /// <summary>Elements that start and end a block of text (a line of output).</summary>
    public static readonly FrozenSet<string> Block = FrozenSet.Create(
        StringComparer.Ordinal,
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");

    /// <summary>Elements whose text is set apart by a space but stays on the line (table cells).</summary>
    public static readonly FrozenSet<string> Cell = FrozenSet.Create(StringComparer.Ordinal, "td", "th");

    /// <summary>The heading level of <paramref name="localName"/> (1–6), or 0 when it is not a heading.</summary>
    public static int HeadingLevel(string localName)
        => localName.Length == 2 && localName[0] == 'h' && localName[1] is >= '1' and <= '6' ? localName[1] - '0' : 0;
}
