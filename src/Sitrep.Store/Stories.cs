using System.Globalization;
using Sitrep.Core.Text;

namespace Sitrep.Store;

/// <summary>
/// When two articles are linked into one story (<see cref="Sql.StoryStep"/>): both dated within <see cref="Days"/> of each
/// other (or both undated), their headline-and-lead vectors at least <see cref="Similarity"/> alike, or at least
/// <see cref="SimilarityWithEntity"/> alike while they name one person or organisation in common, they are not templated
/// reports of different happenings (<see cref="Sitrep.Core.Text.MinHash.TemplatedApart"/>), and each is among the other's
/// <see cref="Neighbours"/> most similar such articles. A story is a connected part of the links; the links depend on
/// the set of stored articles alone, so the stories do not depend on the order articles arrive in. Defaults chosen on
/// the tune half of eval/stories (README there).
/// </summary>
public sealed record StoryRule
{
    public double Similarity { get; init; } = 0.80;

    public double SimilarityWithEntity { get; init; } = 0.60;

    public int Days { get; init; } = 7;

    /// <summary>
    /// Each article is linked only to those of its related articles (<see cref="Links"/>, not templated apart) that are
    /// among its <see cref="Neighbours"/> most similar and have it among theirs (mutual nearest neighbours), so that a
    /// story does not grow through chains of day-after-day look-alikes. 0: no bound (every related pair is linked).
    /// </summary>
    public int Neighbours { get; init; } = 2;

    /// <summary>
    /// Template similarity (<see cref="Sitrep.Core.Text.MinHash.TemplateSignature"/>) from which two articles whose figures
    /// disagree are templated reports of different happenings and are not linked.
    /// </summary>
    public double TemplateSimilarity { get; init; } = 0.10;

    /// <summary>Words of the body embedded after the headline.</summary>
    public int LeadWords { get; init; } = 20;

    /// <summary>Whether two articles (vectors, days since 0001-01-01 or null, shared person/organisation) are linked.</summary>
    public bool Links(double similarity, int? dayA, int? dayB, bool sharedEntity)
    {
        if (dayA.HasValue != dayB.HasValue || (dayA is { } a && dayB is { } b && Math.Abs(a - b) > Days))
        {
            return false;
        }

        return similarity >= Similarity || (sharedEntity && similarity >= SimilarityWithEntity);
    }

    /// <summary>What is embedded for an article: its headline, then the first <see cref="LeadWords"/> words of its body.</summary>
    public string Text(string? title, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = text.AsSpan();
        if (!string.IsNullOrEmpty(title) && body.TrimStart().StartsWith(title.AsSpan(), StringComparison.Ordinal))
        {
            body = body.TrimStart()[title.Length..];
        }

        body = body.TrimStart();
        int words = 0, end = 0;
        bool inWord = false;
        for (; end < body.Length; end++)
        {
            bool space = char.IsWhiteSpace(body[end]);
            if (!space && !inWord && ++words > LeadWords)
            {
                break;
            }

            inWord = !space;
        }

        string lead = body[..end].ToString().Replace('\n', ' ').Trim();
        return string.IsNullOrEmpty(title) ? lead : title.Trim() + ". " + lead;
    }

    /// <summary>A stored date (YYYY-MM-DD…) as a day number, or null.</summary>
    public static int? Day(string? date)
        => date is { Length: >= 10 } && DateOnly.TryParseExact(date.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.DayNumber : null;
}

/// <summary>What a store needs to keep stories as it writes: the embedder and the link rule.</summary>
public sealed record StoryOptions(ITextEmbedder Embedder)
{
    public StoryRule Rule { get; init; } = new();
}
