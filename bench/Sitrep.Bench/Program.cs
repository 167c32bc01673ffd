using BenchmarkDotNet.Running;
using Sitrep.Bench;

// dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*' --job short
// dotnet run -c Release --project bench/Sitrep.Bench -- quick [bbc|reuters]
if (args.Length > 0 && args[0] == "quick")
{
    QuickRun.Run(args.Length > 1 ? args[1] : NewsCorpus.Bbc, Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TokenizationBenchmarks).Assembly).Run(args);
