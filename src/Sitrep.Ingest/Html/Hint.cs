namespace Sitrep.Ingest.Html;

/// <summary>What an element's attributes say about its role in the page.</summary>
internal enum Hint
{
    /// <summary>Nothing known.</summary>
    None,

    /// <summary>Names the article body (itemprop=articleBody, class "article-body" and the like).</summary>
    Content,

    /// <summary>Page furniture: sharing, related links, comments, ads, menus, hidden elements.</summary>
    Junk,

    /// <summary>Hidden or marked as a dialog, menu or navigation by its attributes (always believed).</summary>
    Hidden,

    /// <summary>Article furniture: byline, date, caption, credit.</summary>
    Meta,
}
