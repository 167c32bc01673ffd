using BenchmarkDotNet.Configs;

namespace Sitrep.Bench;

/// <summary>Adds the Words/s column.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new WordsPerSecondColumn());
    }
}
