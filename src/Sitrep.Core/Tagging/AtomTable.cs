namespace Sitrep.Core.Tagging;

/// <summary>
/// An open-addressing map from a 64-bit hash to an int, built once and then read-only (thread-safe for readers).
/// Keys are <see cref="StableHash"/> values; key 0 is reserved as the empty slot.
/// </summary>
public sealed class AtomTable
{
    private ulong[] _keys;
    private int[] _values;
    private int _mask;

    public AtomTable(int capacity = 16)
    {
        int size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _values = new int[size];
        _mask = size - 1;
    }

    public int Count { get; private set; }

    /// <summary>The value for <paramref name="key"/>, or <paramref name="missing"/>.</summary>
    public int Get(ulong key, int missing = 0)
    {
        key = key == 0 ? 1 : key;
        int i = (int)key & _mask;
        while (true)
        {
            ulong k = _keys[i];
            if (k == key)
            {
                return _values[i];
            }

            if (k == 0)
            {
                return missing;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Sets the value of <paramref name="key"/>.</summary>
    public void Set(ulong key, int value)
    {
        key = key == 0 ? 1 : key;
        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        int i = (int)key & _mask;
        while (_keys[i] != 0 && _keys[i] != key)
        {
            i = (i + 1) & _mask;
        }

        if (_keys[i] == 0)
        {
            Count++;
            _keys[i] = key;
        }

        _values[i] = value;
    }

    /// <summary>ORs <paramref name="bits"/> into the value of <paramref name="key"/>.</summary>
    public void Or(ulong key, int bits) => Set(key, Get(key) | bits);

    /// <summary>Every (key, value) pair, in slot order.</summary>
    public IEnumerable<(ulong Key, int Value)> Entries()
    {
        for (int i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                yield return (_keys[i], _values[i]);
            }
        }
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = new ulong[keys.Length * 2];
        _values = new int[keys.Length * 2];
        _mask = _keys.Length - 1;
        Count = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                Set(keys[i], values[i]);
            }
        }
    }
}
