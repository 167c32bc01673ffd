using System.Globalization;
using BenchmarkDotNet.Running;
using Sitrep.Bench;

// dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*' --job short   (all BenchmarkDotNet benchmarks)
// dotnet run -c Release --project bench/Sitrep.Bench -- quick [bbc|reuters]        (ingest + tokens + sentences, stopwatch passes)
// dotnet run -c Release --project bench/Sitrep.Bench -- --cpu [N]                   (POS, POS + NER, parser: tokens per CPU second)
// dotnet run -c Release --project bench/Sitrep.Bench -- --load                      (model load time)
// dotnet run -c Release --project bench/Sitrep.Bench -- --store-queries STORE [N]   (p50/p95 of each store query; FILE.db or postgres://…)
// dotnet run -c Release --project bench/Sitrep.Bench -- --feed [N] [JOBS]           (ingest of a local feed of N BBC items, default 1000, then a second poll)
if (args.Length > 0 && args[0] == "quick")
{
    QuickRun.Run(args.Length > 1 ? args[1] : NewsCorpus.Bbc, Console.Out);
    return;
}

if (args.Length > 0 && args[0] == "--cpu")
{
    CpuTime.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10);
    return;
}

if (args.Length > 1 && args[0] == "--store-queries")
{
    QueryLatency.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40, Console.Out);
    return;
}

if (args.Length > 0 && args[0] == "--feed")
{
    FeedIngest.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0, Console.Out);
    return;
}

if (args.Length > 0 && args[0] == "--load")
{
    LoadTime.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(TokenizationBenchmarks).Assembly).Run(args);
