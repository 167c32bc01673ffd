using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>One block of a page's text (a paragraph, heading, list item, cell or a &lt;br&gt;-separated line).</summary>
internal sealed class TextBlock(string text, IElement container, int linkChars, int headingLevel, bool isListItem)
{
    /// <summary>The block's text, white space collapsed, never empty.</summary>
    public string Text { get; } = text;

    /// <summary>The innermost block-level element that holds the text.</summary>
    public IElement Container { get; } = container;

    /// <summary>How many of the characters were inside links.</summary>
    public int LinkChars { get; } = linkChars;

    /// <summary>1–6 when the block is a heading, else 0.</summary>
    public int HeadingLevel { get; } = headingLevel;

    /// <summary>True when the block is a list item.</summary>
    public bool IsListItem { get; } = isListItem;

    /// <summary>Share of the text inside links (0–1).</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;

    /// <summary>The quality class given by <see cref="BlockClassifier"/>.</summary>
    public BlockClass Class { get; set; }
}
