using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Sitrep.Bench;

/// <summary>Words per second: the corpus' white-space words over the mean time of one operation (one pass over the corpus).</summary>
internal sealed class WordsPerSecondColumn : IColumn
{
    public string Id => nameof(WordsPerSecondColumn);

    public string ColumnName => "Words/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "White-space separated words of the corpus processed per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats || benchmarkCase.Parameters["Corpus"] is not string corpus)
        {
            return "NA";
        }

        double seconds = stats.Mean / 1e9;
        return (NewsCorpus.Load(corpus).Words / seconds).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
