namespace Sitrep.Core.Tagging;

/// <summary>The words of a sentence given as strings (CoNLL files, tests).</summary>
public readonly struct StringWords(IReadOnlyList<string> words, int offset = 0) : IWordSource
{
    public ReadOnlySpan<char> Word(int index) => words[offset + index];
}
