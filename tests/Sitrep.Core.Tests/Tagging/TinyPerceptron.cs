using Sitrep.Core.Tagging;

namespace Sitrep.Core.Tests.Tagging;

/// <summary>A plain (non-averaged) hashed perceptron for tests: enough to train a tiny model in a test.</summary>
internal sealed class TinyPerceptron(int bits, int labels) : IFeatureScorer, Sitrep.Core.Parsing.IMoveLearner
{
    private readonly float[] _w = new float[(1 << bits) * labels];
    private readonly ulong _mask = (1UL << bits) - 1;

    public int Stride => labels;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..labels].Clear();
        foreach (ulong f in features)
        {
            for (int k = 0; k < labels; k++)
            {
                scores[k] += _w[((int)(f & _mask) * labels) + k];
            }
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int gold, int guess)
    {
        foreach (ulong f in features)
        {
            _w[((int)(f & _mask) * labels) + gold] += 1;
            _w[((int)(f & _mask) * labels) + guess] -= 1;
        }
    }

    public void Add(ReadOnlySpan<ulong> features, int label, float delta)
    {
        foreach (ulong f in features)
        {
            _w[((int)(f & _mask) * labels) + label] += delta;
        }
    }

    public ModelData Export(string kind, uint fingerprint, IReadOnlyList<string> names)
    {
        var buckets = new List<int>();
        var rows = new List<float>();
        for (int b = 0; b < 1 << bits; b++)
        {
            var row = _w.AsSpan(b * labels, labels);
            if (row.ContainsAnyExcept(0f))
            {
                buckets.Add(b);
                rows.AddRange(row.ToArray());
            }
        }

        return new ModelData { Kind = kind, Fingerprint = fingerprint, Bits = bits, Labels = names, Buckets = [.. buckets], Rows = [.. rows] };
    }
}
