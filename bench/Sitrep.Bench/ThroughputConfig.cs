using BenchmarkDotNet.Configs;

namespace Sitrep.Bench;

/// <summary>Adds the Words/s column; allows a slow build of the generated project (2 shared cores).</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new WordsPerSecondColumn());
        WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}
