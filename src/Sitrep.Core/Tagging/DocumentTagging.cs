using System.Buffers;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Tagging;

/// <summary>Computes the token atoms of a whole document, sentence by sentence.</summary>
internal static class DocumentTagging
{
    /// <summary>The atoms of the document's tokens (one per token), with the POS model's tag classes when it is given.</summary>
    public static TokenAtoms[] Atomize(Document document, Lexicon lexicon, PosModel? pos)
    {
        var tokens = document.Tokens.AsSpan();
        var atoms = new TokenAtoms[tokens.Length];
        foreach (var sentence in document.Sentences)
        {
            var slice = atoms.AsSpan(sentence.Tokens.Start, sentence.Tokens.Length);
            lexicon.Atomize(new TokenWords(document.Text, tokens.Slice(sentence.Tokens.Start, sentence.Tokens.Length)), slice);
            pos?.FillTagClasses(slice);
        }

        return atoms;
    }
}
