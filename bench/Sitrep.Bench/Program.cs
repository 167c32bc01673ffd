using System.Globalization;
using BenchmarkDotNet.Running;
using Sitrep.Bench;

if (args.Length > 0 && args[0] == "--cpu")
{
    CpuTime.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10);
    return;
}

if (args.Length > 0 && args[0] == "--load")
{
    LoadTime.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TaggingBenchmarks).Assembly).Run(args);
