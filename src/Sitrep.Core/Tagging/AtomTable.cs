namespace Sitrep.Core.Tagging;

/// <summary>
/// An open-addressing map from a 64-bit hash to an int, built once and then read-only (thread-safe for readers).
/// Keys are <see cref="StableHash"/> values; key 0 is reserved as the empty slot. A table read from a
/// <see cref="ModelImage"/> reads its slots where the image is mapped and cannot be changed.
/// </summary>
public sealed unsafe class AtomTable
{
    private ulong[] _keys;
    private int[] _values;
    private int _mask;

    /// <summary>The slots in a mapped image (null: the arrays above hold them).</summary>
    private readonly ulong* _mappedKeys;
    private readonly int* _mappedValues;
    private readonly object? _image;

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

    private AtomTable(ulong* keys, int* values, int size, int count, object image)
    {
        _keys = [];
        _values = [];
        _mask = size - 1;
        _mappedKeys = keys;
        _mappedValues = values;
        _image = image;
        Count = count;
    }

    public int Count { get; private set; }

    /// <summary>The value for <paramref name="key"/>, or <paramref name="missing"/>.</summary>
    public int Get(ulong key, int missing = 0)
    {
        key = key == 0 ? 1 : key;
        int i = (int)key & _mask;
        if (_mappedKeys is not null)
        {
            while (true)
            {
                ulong k = _mappedKeys[i];
                if (k == key)
                {
                    return _mappedValues[i];
                }

                if (k == 0)
                {
                    return missing;
                }

                i = (i + 1) & _mask;
            }
        }

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
        if (_image is not null)
        {
            throw new InvalidOperationException("A table read from a model image is read-only.");
        }

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
        for (int i = 0; i <= _mask; i++)
        {
            var (key, value) = Slot(i);
            if (key != 0)
            {
                yield return (key, value);
            }
        }
    }

    /// <summary>Writes the slots as they lie in memory (<see cref="ModelImage"/>).</summary>
    internal void WriteImage(ImageWriter w)
    {
        w.Int(Count);
        if (_mappedKeys is null)
        {
            w.Array<ulong>(_keys);
            w.Array<int>(_values);
        }
        else
        {
            w.Array(new ReadOnlySpan<ulong>(_mappedKeys, _mask + 1));
            w.Array(new ReadOnlySpan<int>(_mappedValues, _mask + 1));
        }
    }

    /// <summary>A read-only table over the slots in a mapped image.</summary>
    internal static AtomTable ReadImage(ImageReader r)
    {
        int count = r.Int();
        var keys = r.Array<ulong>(out int size);
        var values = r.Array<int>(out int valueCount);
        if (size < 16 || (size & (size - 1)) != 0 || valueCount != size || count >= size)
        {
            throw new InvalidDataException("The model image has a malformed table.");
        }

        return new AtomTable(keys, values, size, count, r.Owner);
    }

    private (ulong Key, int Value) Slot(int i) => _mappedKeys is null ? (_keys[i], _values[i]) : (_mappedKeys[i], _mappedValues[i]);

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
