using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Record;

namespace Sitrep.Core.Articles;

/// <summary>
/// Decides what the record states about the article: the title (the one found in the text, else the page's), the
/// author (the byline without its "By", else the page's), the publication date (given, else stated) and the date
/// inferred from the text when the article states none.
/// </summary>
public sealed class DocumentInfoResolver : IPipelineComponent
{
    public string Name => "document-info.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Structure, Layers.Times];

    public IReadOnlyList<AnnotationKey> Uses { get; } = [Layers.PublishedInferred];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Info];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var s = document.Get(Layers.Structure);
        var input = document.Input;
        InferredDate? inferred = document.TryGet(Layers.PublishedInferred, out var i) && input.GivenPublished is null && s.Published is null ? i : null;
        document.Set(Layers.Info, new DocumentInfo
        {
            Id = RecordWriter.DocumentId(document.Text),
            Title = s.Title?.Text ?? input.Title,
            Author = s.Byline?.Text is { } by ? StripBy(by) : input.Author,
            Published = DocumentDates.Published(document),
            PublishedInferred = inferred,
        });
    }

    private static string StripBy(string byline) => byline.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? byline[3..].Trim() : byline;
}
