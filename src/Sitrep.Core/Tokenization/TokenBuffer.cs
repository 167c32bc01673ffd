using System.Buffers;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Tokenization;

/// <summary>A growable buffer of token rows rented from the array pool; <see cref="ToArray"/> makes the one array kept.</summary>
internal struct TokenBuffer : IDisposable
{
    private Token[] _items;
    private int _count;

    public TokenBuffer(int capacity)
    {
        _items = ArrayPool<Token>.Shared.Rent(Math.Max(16, capacity));
        _count = 0;
    }

    public readonly int Count => _count;

    public void Add(int start, int end, TokenKind kind)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _items[_count++] = new Token(start, end, kind);
    }

    public readonly Token[] ToArray() => _items.AsSpan(0, _count).ToArray();

    public void Dispose()
    {
        if (_items.Length > 0)
        {
            ArrayPool<Token>.Shared.Return(_items);
            _items = [];
            _count = 0;
        }
    }

    private void Grow()
    {
        var bigger = ArrayPool<Token>.Shared.Rent(_items.Length * 2);
        _items.AsSpan(0, _count).CopyTo(bigger);
        ArrayPool<Token>.Shared.Return(_items);
        _items = bigger;
    }
}
