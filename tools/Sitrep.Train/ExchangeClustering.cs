using System.Diagnostics;
using System.Globalization;

namespace Sitrep.Train;

/// <summary>Which neighbours of a word describe it when clustering.</summary>
internal enum ContextSide
{
    /// <summary>The word after it: the model P(next word | class(word)).</summary>
    Right,

    /// <summary>The word before it: P(previous word | class(word)).</summary>
    Left,

    /// <summary>Both, as two kinds of contexts: the product of the two models.</summary>
    Both,
}

/// <summary>
/// Word pair counts for clustering: how often each clustered word (id 0 … Words − 1, most frequent first) has each
/// context (a neighbouring word id, one id for any word outside the vocabulary, one for the sentence edge; with
/// <see cref="ContextSide.Both"/> left and right neighbours are different contexts). Compressed rows per word.
/// </summary>
internal sealed class ContextCounts
{
    private ContextCounts(int words, int contexts, long[] keys, int[] counts)
    {
        Words = words;
        Contexts = contexts;
        Start = new int[words + 1];
        Context = new int[keys.Length];
        Count = new int[keys.Length];
        Total = new long[words];
        for (int k = 0; k < keys.Length; k++)
        {
            int w = (int)(keys[k] / contexts);
            Start[w + 1]++;
            Context[k] = (int)(keys[k] % contexts);
            Count[k] = counts[k];
            Total[w] += counts[k];
        }

        for (int w = 0; w < words; w++)
        {
            Start[w + 1] += Start[w];
        }
    }

    /// <summary>How many words are clustered.</summary>
    public int Words { get; }

    /// <summary>How many context ids there are.</summary>
    public int Contexts { get; }

    /// <summary>Word w's pairs are Context[Start[w] … Start[w + 1]) with their Count.</summary>
    public int[] Start { get; }

    public int[] Context { get; }

    public int[] Count { get; }

    /// <summary>Each clustered word's pair count (the sum of its row): its token count, twice that for both sides.</summary>
    public long[] Total { get; }

    public int Pairs => Context.Length;

    /// <summary>Counts the pairs (word, neighbour) in sentences of vocabulary ids (−1 for a word outside it).</summary>
    public static ContextCounts Collect(IReadOnlyList<int[]> sentences, int words, ContextSide side)
    {
        var pairs = new Dictionary<long, int>();
        int perSide = words + 2;
        long contexts = side == ContextSide.Both ? 2 * perSide : perSide;
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] < 0)
                {
                    continue;
                }

                if (side != ContextSide.Left)
                {
                    Tally(pairs, (s[i] * contexts) + Neighbour(s, i + 1, words));
                }

                if (side != ContextSide.Right)
                {
                    Tally(pairs, (s[i] * contexts) + Neighbour(s, i - 1, words) + (side == ContextSide.Both ? perSide : 0));
                }
            }
        }

        var keys = pairs.Keys.ToArray();
        Array.Sort(keys);
        return new ContextCounts(words, (int)contexts, keys, keys.Select(k => pairs[k]).ToArray());
    }

    private static void Tally(Dictionary<long, int> pairs, long key) => pairs[key] = pairs.GetValueOrDefault(key) + 1;

    /// <summary>The context id of position j: its word, <c>words</c> for a word outside the vocabulary, <c>words + 1</c> past the edge.</summary>
    private static int Neighbour(int[] s, int j, int words) => j < 0 || j >= s.Length ? words + 1 : s[j] < 0 ? words : s[j];
}

/// <summary>
/// Predictive exchange clustering (Uszkoreit and Brants 2008): words go to the class that maximizes the likelihood
/// of the one-sided class bigram model P(context | class(word)), i.e. the objective
/// Σ_{class, context} N(class, context) log N(class, context) − Σ_class N(class) log N(class).
/// Each pass visits the words, most frequent first, and moves each to its best class. The gain of every class is
/// computed at once from the word's own contexts: with f(x) = x log x, moving n pairs (class, y) to class b changes
/// the objective by f(N(b, y) + n) − f(N(b, y)), which is the constant f(n) when N(b, y) = 0, so only the classes
/// already seen with y need work. The counts N(y, class) are kept per context y: a dense row for contexts with
/// many distinct neighbouring words, a short unsorted list (class, count) for the rest.
/// </summary>
internal sealed class ExchangeClustering
{
    private readonly ContextCounts _pairs;
    private readonly int _classes;
    private readonly int[] _classOf;
    private readonly int[] _members;
    private readonly long[] _classTotal;

    // Per context: dense row offset (or −1) into _dense; otherwise a list at _listStart with _listLength entries.
    private readonly int[] _denseRow;
    private readonly int[] _dense;
    private readonly int[] _listStart;
    private readonly int[] _listLength;
    private readonly int[] _listClass;
    private readonly int[] _listCount;

    // x log x for small counts (every N(y, class) fits: it is at most y's own count).
    private readonly double[] _xLogX;
    private readonly double[] _gain;

    private ExchangeClustering(ContextCounts pairs, int classes, int seed, int[]? coarse, int coarseClasses)
    {
        _pairs = pairs;
        _classes = classes;
        _classOf = new int[pairs.Words];
        _members = new int[classes];
        _classTotal = new long[classes];
        _gain = new double[classes];

        // Distinct clustered neighbours of each context: bounds how many classes its row can hold.
        var degree = new int[pairs.Contexts];
        var contextTotal = new long[pairs.Contexts];
        for (int k = 0; k < pairs.Pairs; k++)
        {
            degree[pairs.Context[k]]++;
            contextTotal[pairs.Context[k]] += pairs.Count[k];
        }

        _denseRow = new int[pairs.Contexts];
        _listStart = new int[pairs.Contexts];
        _listLength = new int[pairs.Contexts];
        int denseRows = 0, listSlots = 0;
        for (int y = 0; y < pairs.Contexts; y++)
        {
            if (degree[y] * 4 >= classes)
            {
                _denseRow[y] = denseRows++ * classes;
            }
            else
            {
                _denseRow[y] = -1;
                _listStart[y] = listSlots;
                listSlots += degree[y];
            }
        }

        _dense = new int[denseRows * classes];
        _listClass = new int[listSlots];
        _listCount = new int[listSlots];
        _xLogX = new double[contextTotal.Max() + 2];
        for (int x = 1; x < _xLogX.Length; x++)
        {
            _xLogX[x] = x * Math.Log(x);
        }

        // Start: the most frequent words one to a class, the rest at random (seeded); or, refining a coarser
        // clustering, each coarse class's words dealt in frequency order to its classes / coarseClasses parts.
        var random = new Random(seed);
        var dealt = new int[Math.Max(coarseClasses, 1)];
        for (int w = 0; w < pairs.Words; w++)
        {
            int c = coarse is not null
                ? (coarse[w] * (classes / coarseClasses)) + (dealt[coarse[w]]++ % (classes / coarseClasses))
                : w < classes ? w : random.Next(classes);
            _classOf[w] = c;
            _members[c]++;
            _classTotal[c] += pairs.Total[w];
            Add(w, c, +1);
        }
    }

    /// <summary>
    /// Clusters the words into <paramref name="classes"/> classes with at most <paramref name="maxPasses"/> passes
    /// (fewer when a pass improves the objective by less than <paramref name="tolerance"/>, relative); prints each
    /// pass's perplexity and time. Starts from a split of <paramref name="coarse"/> (a clustering into
    /// <paramref name="coarseClasses"/> classes, a divisor of <paramref name="classes"/>) when given.
    /// Deterministic for a given seed (one thread).
    /// </summary>
    public static int[] Run(ContextCounts pairs, int classes, int seed, int maxPasses, double tolerance, string label, int[]? coarse = null, int coarseClasses = 0)
    {
        var clock = Stopwatch.StartNew();
        var clustering = new ExchangeClustering(pairs, classes, seed, coarse, coarseClasses);
        double before = clustering.Objective();
        Console.WriteLine(clustering.Report(label, 0, before, 0, clock));
        for (int pass = 1; pass <= maxPasses; pass++)
        {
            int moves = 0;
            for (int w = 0; w < pairs.Words; w++)
            {
                moves += clustering.Visit(w) ? 1 : 0;
            }

            double after = clustering.Objective();
            Console.WriteLine(clustering.Report(label, pass, after, moves, clock));
            if (moves == 0 || after - before < tolerance * Math.Abs(before))
            {
                break;
            }

            before = after;
        }

        return clustering._classOf;
    }

    /// <summary>Moves word w to its best class; returns whether it moved. A class's last word stays.</summary>
    private bool Visit(int w)
    {
        int from = _classOf[w];
        if (_members[from] == 1)
        {
            return false;
        }

        long n = _pairs.Total[w];
        Add(w, from, -1);
        _classTotal[from] -= n;

        // _gain[c] = Σ_y [f(N(y, c) + n_y) − f(N(y, c)) − f(n_y)], summed only where N(y, c) > 0.
        var gain = _gain;
        Array.Clear(gain);
        var xLogX = _xLogX;
        for (int k = _pairs.Start[w]; k < _pairs.Start[w + 1]; k++)
        {
            int y = _pairs.Context[k], m = _pairs.Count[k];
            double alone = xLogX[m];
            int row = _denseRow[y];
            if (row >= 0)
            {
                var counts = _dense.AsSpan(row, _classes);
                for (int c = 0; c < counts.Length; c++)
                {
                    int have = counts[c];
                    if (have != 0)
                    {
                        gain[c] += xLogX[have + m] - xLogX[have] - alone;
                    }
                }
            }
            else
            {
                int start = _listStart[y], end = start + _listLength[y];
                for (int i = start; i < end; i++)
                {
                    int have = _listCount[i];
                    gain[_listClass[i]] += xLogX[have + m] - xLogX[have] - alone;
                }
            }
        }

        int best = from;
        double bestGain = gain[from] - Grow(_classTotal[from], n);
        for (int c = 0; c < _classes; c++)
        {
            double g = gain[c] - Grow(_classTotal[c], n);
            if (g > bestGain + 1e-9)
            {
                bestGain = g;
                best = c;
            }
        }

        Add(w, best, +1);
        _classTotal[best] += n;
        _classOf[w] = best;
        _members[from]--;
        _members[best]++;
        return best != from;
    }

    /// <summary>f(total + n) − f(total) for a class total.</summary>
    private static double Grow(long total, long n) => XLogX(total + n) - XLogX(total);

    private static double XLogX(long x) => x == 0 ? 0 : x * Math.Log(x);

    /// <summary>Adds (sign +1) or removes (−1) word w's context counts to or from class c.</summary>
    private void Add(int w, int c, int sign)
    {
        for (int k = _pairs.Start[w]; k < _pairs.Start[w + 1]; k++)
        {
            int y = _pairs.Context[k], m = sign * _pairs.Count[k];
            int row = _denseRow[y];
            if (row >= 0)
            {
                _dense[row + c] += m;
                continue;
            }

            int start = _listStart[y], end = start + _listLength[y];
            int i = start;
            while (i < end && _listClass[i] != c)
            {
                i++;
            }

            if (i == end)
            {
                // Not listed yet (only when adding): the list has room, it holds at most one entry per neighbour.
                _listClass[i] = c;
                _listCount[i] = m;
                _listLength[y]++;
            }
            else if ((_listCount[i] += m) == 0)
            {
                _listClass[i] = _listClass[end - 1];
                _listCount[i] = _listCount[end - 1];
                _listLength[y]--;
            }
        }
    }

    /// <summary>Σ_{y, c} f(N(y, c)) − Σ_c f(N(c)): the class-dependent part of the log-likelihood.</summary>
    private double Objective()
    {
        double sum = 0;
        foreach (int x in _dense)
        {
            sum += XLogX(x);
        }

        for (int y = 0; y < _pairs.Contexts; y++)
        {
            for (int i = _listStart[y]; i < _listStart[y] + _listLength[y]; i++)
            {
                sum += XLogX(_listCount[i]);
            }
        }

        foreach (long total in _classTotal)
        {
            sum -= XLogX(total);
        }

        return sum;
    }

    /// <summary>One progress line: pass, perplexity of P(context | class) per pair, moves, seconds.</summary>
    private string Report(string label, int pass, double objective, int moves, Stopwatch clock)
    {
        // P(context | class) = N(class, context) / N(class), so the log-likelihood is exactly the objective.
        double perplexity = Math.Exp(-objective / _pairs.Total.Sum());
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{label}: pass {pass} perplexity {perplexity:F1} objective {objective:E6} moves {moves} ({clock.Elapsed.TotalSeconds:F1} s)");
    }
}
