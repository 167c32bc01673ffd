using Sitrep.Core.Tagging;

namespace Sitrep.Core.Tests.Tagging;

/// <summary>Every row layout of the read-only weight table scores a feature set as the sum of its rows.</summary>
public sealed class WeightTableTests
{
    [Theory]
    [InlineData(16, 3)]   // dense index, 16-wide rows
    [InlineData(20, 17)]  // dense index, 32-wide rows (POS, NER)
    [InlineData(20, 50)]  // dense index, wide rows (parser labels)
    [InlineData(24, 3)]   // sparse index holding the weights (parser moves)
    [InlineData(24, 17)]  // sparse index
    [InlineData(24, 50)]  // sparse index, wide rows
    public void Scores_are_the_sums_of_the_features_rows(int bits, int labels)
    {
        var random = new Random(bits * 100 + labels);
        var buckets = Enumerable.Range(0, 2000).Select(_ => random.Next(1 << bits)).Distinct().Order().ToArray();
        var rows = new float[buckets.Length * labels];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = random.Next(-1000, 1000) / 10f;
        }

        var table = new WeightTable(bits, labels, buckets, rows);
        Assert.Equal(buckets.Length, table.RowCount);
        Assert.True(table.Stride >= labels);

        // Features: some with rows (one twice), some without (their buckets hold nothing).
        var features = new List<ulong> { (ulong)buckets[3], (ulong)buckets[3], (ulong)(uint)buckets[700] | (1UL << 40) };
        var expected = new double[labels];
        foreach (int r in new[] { 3, 3, 700 })
        {
            for (int k = 0; k < labels; k++)
            {
                expected[k] += rows[(r * labels) + k];
            }
        }

        int empty = Enumerable.Range(0, 1 << bits).First(b => Array.BinarySearch(buckets, b) < 0);
        features.Add((ulong)empty);
        var scores = new float[table.Stride];
        table.Score(features.ToArray(), scores);
        for (int k = 0; k < labels; k++)
        {
            Assert.Equal(expected[k], scores[k], 0.05);
        }
    }
}
