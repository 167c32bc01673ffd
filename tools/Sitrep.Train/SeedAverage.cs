namespace Sitrep.Train;

/// <summary>Averages the final weights of models trained with different seeds (shuffles): a cheap ensemble in one table.</summary>
internal sealed class SeedAverage(int bits, int tags)
{
    private readonly float[] _sum = new float[(1L << bits) * tags];
    private int _models;

    public void Add((int[] Buckets, float[] Rows) model)
    {
        for (int r = 0; r < model.Buckets.Length; r++)
        {
            var row = model.Rows.AsSpan(r * tags, tags);
            var sum = _sum.AsSpan(model.Buckets[r] * tags, tags);
            for (int k = 0; k < tags; k++)
            {
                sum[k] += row[k];
            }
        }

        _models++;
    }

    public (int[] Buckets, float[] Rows) Result()
    {
        var buckets = new List<int>();
        var rows = new List<float>();
        for (int b = 0; b < 1 << bits; b++)
        {
            var row = _sum.AsSpan(b * tags, tags);
            if (row.ContainsAnyExcept(0f))
            {
                buckets.Add(b);
                foreach (float v in row)
                {
                    rows.Add(v / _models);
                }
            }
        }

        return ([.. buckets], [.. rows]);
    }
}
