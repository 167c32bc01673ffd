using Sitrep.Core.Documents;

namespace Sitrep.Core.Tagging;

/// <summary>The words of a run of document tokens.</summary>
public readonly ref struct TokenWords(string text, ReadOnlySpan<Token> tokens) : IWordSource
{
    private readonly ReadOnlySpan<Token> _tokens = tokens;

    public ReadOnlySpan<char> Word(int index)
    {
        var t = _tokens[index];
        return text.AsSpan(t.Start, t.End - t.Start);
    }
}
