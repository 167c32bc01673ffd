using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Findings;

/// <summary>
/// platform_mismatch: a post shown in one platform's form (an X/Twitter embed: "— Name (@handle) June 2, 2024") while
/// the article says its author wrote on another platform ("via his Truth Social platform").
/// </summary>
public sealed class PlatformMismatchCheck : IConsistencyCheck
{
    private static readonly string[] s_platforms = ["Truth Social", "Facebook", "Instagram", "Telegram", "Threads", "Bluesky", "TikTok", "LinkedIn", "Weibo", "Mastodon", "YouTube"];

    public string Kind => "platform_mismatch";

    public IEnumerable<Finding> Check(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var structure = document.Get(Layers.Structure);
        string text = document.Text;
        foreach (var post in structure.EmbeddedPosts)
        {
            if (post.Platform != "X" || post.Handle is null || post.Author is null)
            {
                continue;
            }

            string surname = post.Author.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            foreach (var sentence in document.Sentences)
            {
                if (post.Range.Overlaps(sentence.Chars))
                {
                    continue;
                }

                string s = text.Substring(sentence.Chars.Start, sentence.Chars.Length);
                if (!s.Contains(surname, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var platform in s_platforms)
                {
                    int at = s.IndexOf(platform, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        continue;
                    }

                    var mention = new CharRange(sentence.Chars.Start + at, sentence.Chars.Start + at + platform.Length);
                    yield return new Finding(Kind, Severity.Warning,
                        $"The article says {post.Author.Text} wrote on {platform}, but the quoted post is shown in X/Twitter's embed form with the handle {post.Handle.Text}.",
                        [mention, post.Handle.Range]);
                    yield break;
                }
            }
        }
    }
}
