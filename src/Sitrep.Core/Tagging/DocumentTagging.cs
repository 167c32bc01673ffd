using System.Buffers;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Tagging;

/// <summary>Computes the token atoms of a whole document, sentence by sentence (pooled buffers).</summary>
internal static class DocumentTagging
{
    /// <summary>Rents an atoms buffer for the document's tokens and fills it; return it to <see cref="ArrayPool{T}.Shared"/>.</summary>
    public static TokenAtoms[] Atomize(Document document, Lexicon lexicon, PosModel? pos)
    {
        var tokens = document.Tokens.AsSpan();
        var atoms = ArrayPool<TokenAtoms>.Shared.Rent(Math.Max(1, tokens.Length));
        foreach (var sentence in document.Sentences)
        {
            var slice = atoms.AsSpan(sentence.Tokens.Start, sentence.Tokens.Length);
            lexicon.Atomize(new TokenWords(document.Text, tokens.Slice(sentence.Tokens.Start, sentence.Tokens.Length)), slice);
            pos?.FillTagClasses(slice);
        }

        return atoms;
    }
}
