using Sitrep.Core.Annotations;

namespace Sitrep.Core.Documents;

/// <summary>The article's publication date, the one place that decides it: given, else stated, else inferred.</summary>
public static class DocumentDates
{
    /// <summary>The publication date given by the caller (<c>--published</c>), else stated in the text (dateline, "Published …"), else in the page's metadata; null when none is.</summary>
    public static DateOnly? Published(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var structure = document.GetOrDefault(Layers.Structure, new ArticleStructure());
        DateOnly? published = document.Input.GivenPublished ?? structure.Published?.Value ?? document.Input.StatedPublished;
        return published is { } p && IsPlausible(p) ? p : null;
    }

    /// <summary>A date news can be anchored on (years 1800–2200); others ("0001-01-01" placeholders) are ignored.</summary>
    public static bool IsPlausible(DateOnly date) => date.Year is >= 1800 and <= 2200;

    /// <summary>The date relative expressions resolve against: <see cref="Published"/>, else the inferred one.</summary>
    public static DateOnly? Anchor(Document document)
        => Published(document) ?? (document.TryGet(Layers.PublishedInferred, out var inferred) ? inferred.Value : null);
}
