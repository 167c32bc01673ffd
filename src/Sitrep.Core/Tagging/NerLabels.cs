namespace Sitrep.Core.Tagging;

/// <summary>
/// The recognizer's BILOU label set over the four CoNLL types (PER, LOC, ORG, MISC): label 0 is O, then for type t
/// (0..3) B = 1 + 4t, I = 2 + 4t, L = 3 + 4t, U = 4 + 4t. Converts from and to IOB2 strings.
/// </summary>
public static class NerLabels
{
    public const int Count = 17;
    public const int Outside = 0;
    public const int Begin = 0;
    public const int Inside = 1;
    public const int Last = 2;
    public const int Unit = 3;

    /// <summary>The type indexes (see <see cref="TypeNames"/>).</summary>
    public const int Person = 0;
    public const int Location = 1;
    public const int Organization = 2;
    public const int Misc = 3;

    private static readonly string[] Types = ["PER", "LOC", "ORG", "MISC"];
    private static readonly string[] BeginTags = ["B-PER", "B-LOC", "B-ORG", "B-MISC"];
    private static readonly string[] InsideTags = ["I-PER", "I-LOC", "I-ORG", "I-MISC"];
    private static readonly bool[] Allowed = BuildAllowed();

    /// <summary>The CoNLL type names, indexed by type.</summary>
    public static IReadOnlyList<string> TypeNames => Types;

    public static int Label(int type, int position) => 1 + (4 * type) + position;

    /// <summary>The type (0..3) of a non-O label, -1 for O.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) >> 2;

    /// <summary>B, I, L or U of a non-O label.</summary>
    public static int PositionOf(int label) => (label - 1) & 3;

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> (-1 = sentence start).</summary>
    public static bool IsAllowed(int previous, int label) => Allowed[((previous + 1) * Count) + label];

    /// <summary>The type index of "PER"/"LOC"/"ORG"/"MISC", -1 otherwise.</summary>
    public static int ParseType(ReadOnlySpan<char> type)
    {
        for (int t = 0; t < Types.Length; t++)
        {
            if (type.SequenceEqual(Types[t]))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>Converts one sentence of IOB2 (or IOB1) tags to BILOU labels; unknown types become O.</summary>
    public static void FromIob(IReadOnlyList<string> tags, Span<byte> labels)
    {
        ArgumentNullException.ThrowIfNull(tags);
        int n = tags.Count;
        Span<int> types = n <= 256 ? stackalloc int[n] : new int[n];
        Span<bool> starts = n <= 256 ? stackalloc bool[n] : new bool[n];
        for (int i = 0; i < n; i++)
        {
            string tag = tags[i];
            int type = tag.Length > 2 ? ParseType(tag.AsSpan(2)) : -1;
            types[i] = type;
            starts[i] = type >= 0 && (tag[0] == 'B' || i == 0 || types[i - 1] != type);
        }

        for (int i = 0; i < n; i++)
        {
            int type = types[i];
            if (type < 0)
            {
                labels[i] = Outside;
                continue;
            }

            bool ends = i + 1 == n || types[i + 1] != type || starts[i + 1];
            int position = starts[i] ? (ends ? Unit : Begin) : (ends ? Last : Inside);
            labels[i] = (byte)Label(type, position);
        }
    }

    /// <summary>The IOB2 tag of a BILOU label ("O", "B-PER", "I-PER").</summary>
    public static string ToIob2(int label)
    {
        if (label == Outside)
        {
            return "O";
        }

        int type = TypeOf(label);
        int position = PositionOf(label);
        return position is Begin or Unit ? BeginTags[type] : InsideTags[type];
    }

    /// <summary>Mends a decoded sentence so every mention is closed: a B or I at the end becomes U or L.</summary>
    public static void CloseLast(Span<byte> labels)
    {
        if (!labels.IsEmpty)
        {
            labels[^1] = (byte)Closed(labels[^1]);
        }
    }

    /// <summary>Labels [start, end) of <paramref name="labels"/> as one mention of <paramref name="type"/> (U, or B I… L).</summary>
    public static void Mark(Span<byte> labels, int start, int end, int type)
    {
        for (int i = start; i < end; i++)
        {
            int position = end - start == 1 ? Unit : i == start ? Begin : i == end - 1 ? Last : Inside;
            labels[i] = (byte)Label(type, position);
        }
    }

    /// <summary>Whether a mention is open after <paramref name="label"/> (B or I): only I or L of its type may follow.</summary>
    public static bool IsOpen(int label) => label > 0 && PositionOf(label) is Begin or Inside;

    /// <summary>The label that ends a mention here instead of continuing it: B becomes U, I becomes L, others stay.</summary>
    public static int Closed(int label) => !IsOpen(label) ? label : Label(TypeOf(label), PositionOf(label) == Begin ? Unit : Last);

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[(Count + 1) * Count];
        for (int prev = -1; prev < Count; prev++)
        {
            bool open = prev > 0 && PositionOf(prev) is Begin or Inside;
            for (int label = 0; label < Count; label++)
            {
                bool ok = open
                    ? label != Outside && TypeOf(label) == TypeOf(prev) && PositionOf(label) is Inside or Last
                    : label == Outside || PositionOf(label) is Begin or Unit;
                allowed[((prev + 1) * Count) + label] = ok;
            }
        }

        return allowed;
    }

    /// <summary>
    /// Adds to <paramref name="chunks"/> every entity chunk (start, exclusive end, type) of a sentence's BILOU labels, read
    /// as conlleval reads them: a chunk starts at B or U, at a change of type, or at I/L after O.
    /// </summary>
    public static void Chunks(ReadOnlySpan<byte> labels, ICollection<(int Start, int End, int Type)> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        int start = -1, type = -1;
        for (int i = 0; i <= labels.Length; i++)
        {
            int label = i < labels.Length ? labels[i] : Outside;
            int t = TypeOf(label);
            bool begins = label != Outside && (PositionOf(label) is Begin or Unit || t != type || start < 0);
            if (start >= 0 && (label == Outside || begins))
            {
                chunks.Add((start, i, type));
                start = -1;
                type = -1;
            }

            if (begins)
            {
                start = i;
                type = t;
            }
        }
    }
}
