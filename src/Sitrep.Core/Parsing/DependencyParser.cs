using System.Buffers;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Parsing;

/// <summary>Parses every sentence into a dependency tree (the trained arc-hybrid parser over the predicted POS tags).</summary>
public sealed class DependencyParser(ModelSet models) : IPipelineComponent
{
    public string Name => "dependency-parser.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.PosTags, Layers.Atoms];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Parse];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var parser = models.Parser;
        var atoms = document.Get(Layers.Atoms);
        int count = document.Tokens.Count;
        var tags = document.Get(Layers.PosTags).AsSpan();
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, count));
        var heads = new int[count];
        var relations = new byte[count];
        try
        {
            for (int i = 0; i < count; i++)
            {
                bytes[i] = (byte)tags[i];
            }

            foreach (var sentence in document.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var range = sentence.Tokens;
                var sentenceHeads = heads.AsSpan(range.Start, range.Length);
                parser.Parse(atoms.AsSpan(range.Start, range.Length), bytes.AsSpan(range.Start, range.Length), sentenceHeads, relations.AsSpan(range.Start, range.Length));
                for (int i = 0; i < sentenceHeads.Length; i++)
                {
                    sentenceHeads[i] = sentenceHeads[i] < 0 ? -1 : sentenceHeads[i] + range.Start;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        document.Set(Layers.Parse, new DependencyTree(heads, relations, parser.Relations));
    }
}
