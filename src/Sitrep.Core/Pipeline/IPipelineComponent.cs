using Sitrep.Core.Documents;

namespace Sitrep.Core.Pipeline;

/// <summary>
/// One step of the pipeline. It reads only the layers it <see cref="Requires"/>, adds only the layers it
/// <see cref="Produces"/>, and talks to other components only through the <see cref="Document"/>.
/// </summary>
public interface IPipelineComponent
{
    /// <summary>Stable name, used in errors and in the pipeline fingerprint (kebab-case, versioned: "tokenizer.v1").</summary>
    string Name { get; }

    IReadOnlyList<AnnotationKey> Requires { get; }

    /// <summary>
    /// Layers it reads when the document has them and does without otherwise (the parse, for readers that fall back
    /// to word rules). The builder refuses a pipeline where one of them is produced only after this component.
    /// </summary>
    IReadOnlyList<AnnotationKey> Uses => [];

    IReadOnlyList<AnnotationKey> Produces { get; }

    void Process(Document document, CancellationToken cancellationToken);
}
