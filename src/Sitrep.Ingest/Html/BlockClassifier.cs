using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Html;

/// <summary>Classifies a block by its own look (length, links, punctuation, known furniture phrases), jusText-style.</summary>
internal static partial class BlockClassifier
{
    /// <summary>Blocks at least this long, with few links, are prose.</summary>
    public const int LongBlock = 80;

    /// <summary>The class of <paramref name="block"/>.</summary>
    public static BlockClass Classify(TextBlock block)
    {
        string text = block.Text;
        double links = block.LinkDensity;
        if ((text.Length < 120 && Furniture().IsMatch(text)) || (text.Length < 400 && CaptionCredit().IsMatch(text))
            || (text.Length < 160 && (Dateline().IsMatch(text) || PhotoAgency().IsMatch(text) || ShortFurniture().IsMatch(text)))
            || (text.Length < 200 && Promotion().IsMatch(text))
            || (text[0] == '[' && text.Contains('=', StringComparison.Ordinal) && text.Contains(']', StringComparison.Ordinal)))
        {
            return BlockClass.Bad;
        }

        int plain = text.Length - block.LinkChars;
        if ((links > 0.5 && plain < 50) || (text[0] == '<' && text.Contains("=\"", StringComparison.Ordinal)))
        {
            return BlockClass.Bad;
        }

        if (block.HeadingLevel > 0)
        {
            return BlockClass.Neutral;
        }

        if (text.Length >= LongBlock && (links <= 0.35 || plain >= LongBlock))
        {
            return BlockClass.Good;
        }

        return text.Length >= 40 && links <= 0.2 && EndsLikeSentence(text) ? BlockClass.Good : BlockClass.Neutral;
    }

    /// <summary>True for a list item with a long link and an excerpt cut short: a teaser for another page (unless the article itself is a list).</summary>
    public static bool IsTeaser(TextBlock block)
        => block.IsListItem && block.LinkChars >= 20 && block.LinkDensity >= 0.15
            && (block.Text.EndsWith("...", StringComparison.Ordinal) || block.Text.EndsWith('\u2026'));

    private static bool EndsLikeSentence(string text)
    {
        char last = text[^1];
        return last is '.' or '!' or '?' or '"' or '\u201D' or '\u3002' or ':' or ')';
    }

    // No time limits: these patterns cannot backtrack more than a bounded stretch per start (anchored, bounded loops, or
    // loops whose ends cannot overlap), so a block is classed the same however loaded the machine is.

    // A caption ending in its picture credit: "Protesters in the square (Image: GETTY )".
    [GeneratedRegex(@"\((?:image|images|photo|photos|picture|pictures|credit|source|pic|pics|video)\s*:[^()]{1,80}\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionCredit();

    // A byline or date line: "by Jane Doe — November 18, 2019", "Published November 20th, 2019 - 07:29 GMT".
    [GeneratedRegex(@"^(?:by|published|posted|updated|last updated|publicado|publicado por|von|par|por)\b.{0,100}?\b(?:1[89]|20)\d\d\b|\b(?:publicado por|posted by|published by|written by|escrito por|geschrieben von|posted on|published on)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    // A picture credit on its own: "Natalie Naccache | Bloomberg | Getty Images".
    // Non-backtracking: the two space loops around the optional bracket would otherwise retry every split of a long run of spaces.
    [GeneratedRegex(@"(?:getty images|shutterstock|ap photo|afp via getty|istock|istockphoto)\s*\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PhotoAgency();

    // A call to action: "… Click here for more information", "This slideshow requires JavaScript."
    [GeneratedRegex(@"\b(?:click here|requires javascript|enable javascript|javascript is disabled|sign up for our|subscribe to our|subscribe now|download our app)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Promotion();

    // Whole lines of gallery and page controls.
    [GeneratedRegex(@"^(?:highlights|caption|close|text size|open|expand|enlarge|image \d+ of.*|photo \d+ of.*|\d+ of \d+|previous|next|menu|search|home)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortFurniture();

    // Lines of page furniture that appear inside article containers.
    [GeneratedRegex(
        @"^\W*(?:advertisement|advertisment|advert|sponsored(?: content)?|story continues below|article continues below|continue reading|read more|read next|read also|related(?: articles| stories| coverage| content)?:?|more on this|more from|recommended|you may also like|you might also like|share this|share on|share:|tweet this|follow us|follow @|sign up|subscribe|click here|all rights reserved|copyright|©|loading|comments?\b|leave a comment|post a comment|skip to|back to top|image:|photo:|getty images|ap photo|reuters/|associated press|listen to this|print this|email this|this article is more than|supported by|credit:|caption:|don't miss|most read|most popular|trending now|watch:|video:|more:|tags:|topics:)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Furniture();
}
