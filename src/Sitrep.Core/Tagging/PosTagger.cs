using System.Buffers;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tagging;

/// <summary>
/// Tags every token with its universal part of speech (the trained averaged-perceptron model), and leaves the token
/// atoms it computed for that in the document for the taggers after it.
/// </summary>
public sealed class PosTagger(ModelSet models) : IPipelineComponent
{
    public string Name => "pos-tagger.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.PosTags, Layers.Atoms];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var model = models.Pos;
        var atoms = DocumentTagging.Atomize(document, model.Lexicon, model);
        var tags = new UposTag[document.Tokens.Count];
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, tags.Length));
        try
        {
            foreach (var sentence in document.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var range = sentence.Tokens;
                model.Tag(atoms.AsSpan(range.Start, range.Length), buffer.AsSpan(range.Start, range.Length));
            }

            for (int i = 0; i < tags.Length; i++)
            {
                tags[i] = (UposTag)buffer[i];
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        document.Set(Layers.PosTags, new PosTags(tags));
        document.Set(Layers.Atoms, atoms);
    }
}
