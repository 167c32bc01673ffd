namespace Sitrep.Core.Parsing;

/// <summary>
/// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) over one sentence of n words, with
/// the artificial root as the last buffer item (index n), and its dynamic oracle (Goldberg and Nivre 2013):
/// <list type="bullet">
/// <item>SHIFT moves the first buffer item b0 onto the stack (never the root);</item>
/// <item>LEFT pops the stack top s0 and makes b0 its head (b0 = root only when s0 is the last stack item, so the
/// tree has exactly one root word);</item>
/// <item>RIGHT pops s0 and makes the item below it, s1, its head.</item>
/// </list>
/// Trees are projective; on a non-projective gold tree the oracle's cheapest moves reach a projective tree that
/// loses as few gold arcs as it can. The state also keeps what the feature templates read: each word's two
/// outermost children on each side, child counts and the set of child labels per side.
/// A state is reused sentence after sentence (<see cref="Reset"/>); it allocates only when a longer sentence comes.
/// </summary>
public sealed class ArcHybrid
{
    public const int Shift = 0;
    public const int Left = 1;
    public const int Right = 2;

    /// <summary>The number of (unlabeled) moves.</summary>
    public const int MoveCount = 3;

    /// <summary>"No word" in the head and child arrays.</summary>
    public const int None = -1;

    private int[] _stack = new int[64];
    private int[] _heads = new int[65];
    private byte[] _labels = new byte[65];
    private int[] _left1 = new int[65];
    private int[] _left2 = new int[65];
    private int[] _right1 = new int[65];
    private int[] _right2 = new int[65];
    private byte[] _leftCount = new byte[65];
    private byte[] _rightCount = new byte[65];
    private ulong[] _leftLabels = new ulong[65];
    private ulong[] _rightLabels = new ulong[65];
    private ulong[] _marks = new ulong[66];

    /// <summary>The sentence length; the root is word <see cref="Length"/>.</summary>
    public int Length { get; private set; }

    /// <summary>How many words are on the stack.</summary>
    public int Depth { get; private set; }

    /// <summary>The first buffer item (<see cref="Length"/> once only the root is left).</summary>
    public int Next { get; private set; }

    /// <summary>Whether the tree is complete (every word has its head).</summary>
    public bool IsTerminal => Depth == 0 && Next == Length;

    /// <summary>Starts a sentence of <paramref name="length"/> words.</summary>
    public void Reset(int length)
    {
        Grow(length);
        Length = length;
        Depth = 0;
        Next = 0;
        int n = length + 1;
        _heads.AsSpan(0, n).Fill(None);
        _labels.AsSpan(0, n).Clear();
        _left1.AsSpan(0, n).Fill(None);
        _left2.AsSpan(0, n).Fill(None);
        _right1.AsSpan(0, n).Fill(None);
        _right2.AsSpan(0, n).Fill(None);
        _leftCount.AsSpan(0, n).Clear();
        _rightCount.AsSpan(0, n).Clear();
        _leftLabels.AsSpan(0, n).Clear();
        _rightLabels.AsSpan(0, n).Clear();
    }

    /// <summary>Makes room for a sentence of <paramref name="length"/> words.</summary>
    private void Grow(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (length + 1 > _heads.Length)
        {
            int size = Math.Max(length + 1, _heads.Length * 2);
            _stack = new int[size];
            _heads = new int[size];
            _labels = new byte[size];
            _left1 = new int[size];
            _left2 = new int[size];
            _right1 = new int[size];
            _right2 = new int[size];
            _leftCount = new byte[size];
            _rightCount = new byte[size];
            _leftLabels = new ulong[size];
            _rightLabels = new ulong[size];
            _marks = new ulong[size + 1];
        }
    }

    /// <summary>Makes this state a copy of <paramref name="other"/> (a beam's states are copied, never shared).</summary>
    public void CopyFrom(ArcHybrid other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Grow(other.Length);
        Length = other.Length;
        Depth = other.Depth;
        Next = other.Next;
        int n = other.Length + 1;
        other._stack.AsSpan(0, other.Depth).CopyTo(_stack);
        other._heads.AsSpan(0, n).CopyTo(_heads);
        other._labels.AsSpan(0, n).CopyTo(_labels);
        other._left1.AsSpan(0, n).CopyTo(_left1);
        other._left2.AsSpan(0, n).CopyTo(_left2);
        other._right1.AsSpan(0, n).CopyTo(_right1);
        other._right2.AsSpan(0, n).CopyTo(_right2);
        other._leftCount.AsSpan(0, n).CopyTo(_leftCount);
        other._rightCount.AsSpan(0, n).CopyTo(_rightCount);
        other._leftLabels.AsSpan(0, n).CopyTo(_leftLabels);
        other._rightLabels.AsSpan(0, n).CopyTo(_rightLabels);
        other._marks.AsSpan(0, n + 1).CopyTo(_marks);
    }

    /// <summary>
    /// Counts, for the words before each position, the verbs (VERB, AUX), punctuation and coordinating conjunctions
    /// among <paramref name="tags"/> (UPOS), so that <see cref="Between"/> is one subtraction. Called after <see cref="Reset"/>.
    /// </summary>
    public void CountMarks(ReadOnlySpan<byte> tags)
    {
        int n = Math.Min(tags.Length, Length);
        ulong sum = 0;
        _marks[0] = 0;
        for (int i = 0; i < n; i++)
        {
            sum += tags[i] switch
            {
                (byte)Tagging.UposTag.Verb or (byte)Tagging.UposTag.Aux => 1UL,
                (byte)Tagging.UposTag.Punct => 1UL << 21,
                (byte)Tagging.UposTag.Cconj => 1UL << 42,
                _ => 0UL,
            };
            _marks[i + 1] = sum;
        }

        for (int i = n + 1; i <= Length + 1; i++)
        {
            _marks[i] = sum;
        }
    }

    /// <summary>
    /// How many verbs, punctuation marks and coordinating conjunctions lie strictly between words <paramref name="a"/>
    /// and <paramref name="b"/> (a &lt; b), each capped at 2 and packed into one value (0 when either is <see cref="None"/>).
    /// </summary>
    public ulong Between(int a, int b)
    {
        if (a < 0 || b <= a + 1)
        {
            return 0;
        }

        ulong c = _marks[b] - _marks[a + 1];
        ulong verbs = Math.Min(c & 0x1FFFFF, 2), punct = Math.Min((c >> 21) & 0x1FFFFF, 2), cconj = Math.Min(c >> 42, 2);
        return 1 + verbs + (punct * 3) + (cconj * 9);
    }

    /// <summary>The word at stack position <paramref name="i"/> (0 = top), or <see cref="None"/>.</summary>
    public int Stack(int i) => i < Depth ? _stack[Depth - 1 - i] : None;

    /// <summary>The buffer item <paramref name="i"/> words after <see cref="Next"/> (the root is <see cref="Length"/>), or <see cref="None"/> past it.</summary>
    public int Buffer(int i) => Next + i <= Length ? Next + i : None;

    /// <summary>The head of word <paramref name="w"/> (<see cref="Length"/> for the root), or <see cref="None"/> while it has none.</summary>
    public int Head(int w) => _heads[w];

    /// <summary>The label of the arc into word <paramref name="w"/>.</summary>
    public int Label(int w) => _labels[w];

    /// <summary>The leftmost (<paramref name="second"/>: second leftmost) child of <paramref name="w"/>, or <see cref="None"/>.</summary>
    public int LeftChild(int w, bool second = false) => w < 0 ? None : second ? _left2[w] : _left1[w];

    /// <summary>The rightmost (<paramref name="second"/>: second rightmost) child of <paramref name="w"/>, or <see cref="None"/>.</summary>
    public int RightChild(int w, bool second = false) => w < 0 ? None : second ? _right2[w] : _right1[w];

    public int LeftCount(int w) => w < 0 ? 0 : _leftCount[w];

    public int RightCount(int w) => w < 0 ? 0 : _rightCount[w];

    /// <summary>The labels of the children left of <paramref name="w"/>, one bit per label (labels ≥ 63 share bit 63).</summary>
    public ulong LeftLabels(int w) => w < 0 ? 0 : _leftLabels[w];

    public ulong RightLabels(int w) => w < 0 ? 0 : _rightLabels[w];

    public bool IsValid(int move) => move switch
    {
        Shift => Next < Length,
        Left => Depth > 0 && (Next < Length || Depth == 1),
        Right => Depth > 1,
        _ => false,
    };

    /// <summary>The move when only one is valid (no choice to score or learn), else −1.</summary>
    public int ForcedMove()
    {
        int only = -1;
        for (int m = 0; m < MoveCount; m++)
        {
            if (IsValid(m))
            {
                if (only >= 0)
                {
                    return -1;
                }

                only = m;
            }
        }

        return only;
    }

    /// <summary>The word that <paramref name="move"/> attaches and its new head (both <see cref="None"/> for SHIFT).</summary>
    public (int Head, int Dependent) ArcOf(int move) => move switch
    {
        Left => (Next, _stack[Depth - 1]),
        Right => (_stack[Depth - 2], _stack[Depth - 1]),
        _ => (None, None),
    };

    /// <summary>Applies a valid move; <paramref name="label"/> labels the arc LEFT or RIGHT adds.</summary>
    public void Apply(int move, int label)
    {
        if (!IsValid(move))
        {
            throw new InvalidOperationException($"move {move} is not valid here");
        }

        if (move == Shift)
        {
            _stack[Depth++] = Next++;
            return;
        }

        var (head, dependent) = ArcOf(move);
        Depth--;
        _heads[dependent] = head;
        _labels[dependent] = (byte)label;
        ulong bit = 1UL << Math.Min(label, 63);
        if (dependent < head)
        {
            _leftCount[head]++;
            _leftLabels[head] |= bit;
            Outer(_left1, _left2, head, dependent, -1);
        }
        else
        {
            _rightCount[head]++;
            _rightLabels[head] |= bit;
            Outer(_right1, _right2, head, dependent, 1);
        }
    }

    /// <summary>
    /// The dynamic oracle: how many gold arcs each move makes unreachable (int.MaxValue when the move is not valid).
    /// <paramref name="gold"/> holds each word's gold head (n for the root).
    /// </summary>
    public void Costs(ReadOnlySpan<int> gold, Span<int> costs)
    {
        costs[Shift] = IsValid(Shift) ? ShiftCost(gold) : int.MaxValue;
        costs[Left] = IsValid(Left) ? PopCost(gold, Left) : int.MaxValue;
        costs[Right] = IsValid(Right) ? PopCost(gold, Right) : int.MaxValue;
    }

    /// <summary>SHIFT loses b0's dependents on the stack, a head of b0 below s0, and b0's root arc over a non-empty stack.</summary>
    private int ShiftCost(ReadOnlySpan<int> gold)
    {
        int b = Next;
        int cost = 0;
        for (int i = 0; i < Depth; i++)
        {
            int k = _stack[i];
            if (gold[k] == b && _heads[k] == None)
            {
                cost++;
            }

            if (gold[b] == k && i < Depth - 1)
            {
                cost++;
            }
        }

        if (gold[b] == Length && Depth > 0)
        {
            cost++;
        }

        return cost;
    }

    /// <summary>Popping s0 loses its gold dependents still in the buffer, and its gold head unless the move makes that arc.</summary>
    private int PopCost(ReadOnlySpan<int> gold, int move)
    {
        int s0 = _stack[Depth - 1];
        int cost = 0;
        for (int k = Next; k < Length; k++)
        {
            if (gold[k] == s0)
            {
                cost++;
            }
        }

        int head = gold[s0];
        int made = move == Left ? Next : _stack[Depth - 2];
        if (head != made)
        {
            bool reachable = head >= Next || (Depth > 1 && head == _stack[Depth - 2]);
            cost += reachable ? 1 : 0;
        }

        return cost;
    }

    /// <summary>Keeps the two outermost children on one side (<paramref name="side"/> −1 left, +1 right).</summary>
    private static void Outer(int[] first, int[] second, int head, int dependent, int side)
    {
        if (first[head] == None || (dependent - first[head]) * side > 0)
        {
            second[head] = first[head];
            first[head] = dependent;
        }
        else if (second[head] == None || (dependent - second[head]) * side > 0)
        {
            second[head] = dependent;
        }
    }
}
