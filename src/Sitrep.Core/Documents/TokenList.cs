using System.Collections;

namespace Sitrep.Core.Documents;

/// <summary>The document's tokens: one flat array of rows, read through spans or an indexer.</summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private readonly Token[] _tokens;

    public TokenList(Token[] tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens = tokens;
    }

    public static TokenList Empty { get; } = new([]);

    public int Count => _tokens.Length;

    public Token this[int index] => _tokens[index];

    public ReadOnlySpan<Token> AsSpan() => _tokens;

    public ReadOnlySpan<Token> Slice(TokenRange range) => _tokens.AsSpan(range.Start, range.Length);

    /// <summary>The index of the first token that ends after <paramref name="position"/> (binary search).</summary>
    public int IndexAtOrAfter(int position)
    {
        int lo = 0, hi = _tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_tokens[mid].End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The tokens lying inside <paramref name="chars"/> (partly covered tokens included).</summary>
    public TokenRange Cover(CharRange chars)
    {
        int start = IndexAtOrAfter(chars.Start);
        int end = start;
        while (end < _tokens.Length && _tokens[end].Start < chars.End)
        {
            end++;
        }

        return new TokenRange(start, end);
    }

    public IEnumerator<Token> GetEnumerator() => ((IEnumerable<Token>)_tokens).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _tokens.GetEnumerator();
}
