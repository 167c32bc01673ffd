using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Tagging;
using Sitrep.Models;

namespace Sitrep.Bench;

/// <summary><c>Sitrep.Bench --load</c>: time to decompress and load every shipped model (first use in a fresh process).</summary>
internal static class LoadTime
{
    public static void Run()
    {
        if (Environment.GetEnvironmentVariable("SITREP_BENCH_WARM") is not null)
        {
            var warm = new ModelSet(() => EmbeddedModels.Open(EmbeddedModels.LexiconResource), () => EmbeddedModels.Open(EmbeddedModels.PosResource), () => EmbeddedModels.Open(EmbeddedModels.NerResource));
            _ = warm.Pos.RowCount + warm.Ner.RowCount;
        }

        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var models = EmbeddedModels.Load();
        var lexicon = models.Lexicon;
        var afterLexicon = clock.Elapsed;
        var pos = models.Pos;
        var afterPos = clock.Elapsed;
        var ner = models.Ner;
        var afterNer = clock.Elapsed;
        var parser = models.Parser;
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"load: lexicon {afterLexicon.TotalMilliseconds:F0} ms, pos {(afterPos - afterLexicon).TotalMilliseconds:F0} ms, ner {(afterNer - afterPos).TotalMilliseconds:F0} ms, parser {(clock.Elapsed - afterNer).TotalMilliseconds:F0} ms, total {clock.Elapsed.TotalMilliseconds:F0} ms wall, {cpu.TotalMilliseconds:F0} ms CPU ({lexicon.Gazetteer.Count} phrases, {pos.RowCount} + {ner.RowCount} + {parser.RowCount} rows)"));
    }
}
