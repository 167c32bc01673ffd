using Sitrep.Core.Tagging;

namespace Sitrep.Train;

/// <summary>
/// A hashed averaged perceptron for training: dense weights per bucket, lazy averaging (keep w and u += c·Δ,
/// final w − u/c). Exports the non-zero averaged rows as a <see cref="ModelData"/>.
/// </summary>
internal sealed class AveragedPerceptron : IFeatureScorer, Sitrep.Core.Parsing.IMoveLearner
{
    private readonly float[] _w;
    private readonly float[] _u;
    private readonly ulong _mask;
    private readonly int _tags;
    private float _c = 1;

    public AveragedPerceptron(int bits, int tags)
    {
        Bits = bits;
        _tags = tags;
        _mask = (1UL << bits) - 1;
        _w = new float[(1L << bits) * tags];
        _u = new float[(1L << bits) * tags];
    }

    public int Bits { get; }

    public int Stride => _tags;

    /// <summary>Advances the example counter by the tokens of one sentence (averaging at sentence granularity).</summary>
    public void Tick(int tokens) => _c += tokens;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[.._tags].Clear();
        foreach (ulong f in features)
        {
            var row = _w.AsSpan((int)(f & _mask) * _tags, _tags);
            for (int k = 0; k < _tags; k++)
            {
                scores[k] += row[k];
            }
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int gold, int guess)
    {
        foreach (ulong f in features)
        {
            int row = (int)(f & _mask) * _tags;
            _w[row + gold] += 1;
            _u[row + gold] += _c;
            _w[row + guess] -= 1;
            _u[row + guess] -= _c;
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weights of <paramref name="label"/> for each feature (a global update's one side).</summary>
    public void Add(ReadOnlySpan<ulong> features, int label, float delta)
    {
        foreach (ulong f in features)
        {
            int row = (int)(f & _mask) * _tags;
            _w[row + label] += delta;
            _u[row + label] += _c * delta;
        }
    }

    /// <summary>The averaged weights as a read-only table (for dev scoring and export).</summary>
    public (int[] Buckets, float[] Rows) Averaged(float threshold = 1e-3f)
    {
        var buckets = new List<int>();
        var rows = new List<float>();
        var row = new float[_tags];
        int n = 1 << Bits;
        for (int b = 0; b < n; b++)
        {
            bool any = false;
            for (int k = 0; k < _tags; k++)
            {
                float v = _w[(b * _tags) + k] - (_u[(b * _tags) + k] / _c);
                row[k] = v;
                any |= Math.Abs(v) > threshold;
            }

            if (any)
            {
                buckets.Add(b);
                rows.AddRange(row);
            }
        }

        return ([.. buckets], [.. rows]);
    }
}
