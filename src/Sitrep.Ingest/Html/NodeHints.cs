using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>What an element's class, id, role and itemprop say about it.</summary>
internal static partial class NodeHints
{
    /// <summary>The hint of one element (not of its ancestors).</summary>
    public static Hint Of(IElement element)
    {
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return Hint.Content;
        }

        if (element.GetAttribute("role") is { } role && role is "navigation" or "complementary" or "contentinfo" or "banner" or "menu" or "dialog" or "alert")
        {
            return Hint.Hidden;
        }

        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.Ordinal)
            || (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style)))
        {
            return Hint.Hidden;
        }

        string? cls = element.GetAttribute("class");
        string? id = element.Id;
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id))
        {
            return Hint.None;
        }

        string names = string.Concat(cls, " ", id);
        if (ContentNames().IsMatch(names))
        {
            return Hint.Content;
        }

        if (JunkNames().IsMatch(names))
        {
            return Hint.Junk;
        }

        return MetaNames().IsMatch(names) ? Hint.Meta : Hint.None;
    }

    // No time limits: every pattern here matches words between separators, so it cannot backtrack beyond one word.
    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    // Names of the element that holds an article's body.
    [GeneratedRegex(
        @"(?:^|[\s_-])(?:article[_-]?body|article__body|articlebody|article[_-]?content|article[_-]?text|articletext|story[_-]?body|story[_-]?content|storycontent|entry[_-]?content|post[_-]?content|post[_-]?body|postbody|post[_-]?entry|body[_-]?text|bodytext|text[_-]?body|content[_-]?body|main[_-]?text|rich[_-]?text|article[_-]?main|td-post-content|single[_-]?content|news[_-]?text|news[_-]?body)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentNames();

    // Names of page furniture that never wraps an article's body.
    [GeneratedRegex(
        @"(?:^|[\s_-])(?:share|sharing|sharebar|social|socials|related|recommend|recommended|recommendations|promo|promotion|advert|advertisement|advertising|ads?|adslot|ad[_-]?container|dfp|gpt|sponsor|sponsored|newsletter|subscribe|subscription|signup|comment|comments|commentlist|disqus|sidebar|breadcrumbs?|cookie|cookies|consent|gdpr|popup|modal|overlay|outbrain|taboola|zergnet|more[_-]?stories|read[_-]?more|readmore|most[_-]?popular|trending|navbar|menu|footer|masthead|jump[_-]?link|skip[_-]?link|paywall|tags|tag[_-]?list|topics|pagination|pager|print|rating|author[_-]?bio|about[_-]?author|inline[_-]?related|also[_-]?read|see[_-]?also|next[_-]?article|prev[_-]?article)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JunkNames();

    // Names of article furniture: bylines, dates, captions, credits.
    [GeneratedRegex(
        @"(?:^|[\s_-])(?:byline|by[_-]?line|author|authors|contributor|dateline|timestamp|date|time|published|updated|caption|credit|credits|photo[_-]?credit|image[_-]?credit|kicker|eyebrow|meta|metadata|article[_-]?meta|post[_-]?meta|entry[_-]?meta|sr[_-]?only|visually[_-]?hidden|screen[_-]?reader|hidden|visuallyhidden|toolbar|tools|actions)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaNames();
}
