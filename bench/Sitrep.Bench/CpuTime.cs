using System.Diagnostics;
using System.Globalization;

namespace Sitrep.Bench;

/// <summary>
/// <c>Sitrep.Bench --cpu [rounds]</c>: runs the benchmarks' loops on this thread and divides the tokens by the
/// process CPU time, not wall time, so the figure holds on a machine shared with other jobs; also reports the
/// bytes this thread allocated per token. Parse is the parser alone (atoms and parse over tags computed beforehand).
/// </summary>
internal static class CpuTime
{
    public static void Run(int rounds)
    {
        var bench = new TaggingBenchmarks();
        bench.Setup();
        const int tokens = 51362;
        foreach (var (name, action) in new (string, Func<int>)[] { ("Pos", bench.Pos), ("PosAndNer", bench.PosAndNer), ("Parse", bench.Parse) })
        {
            action();
            action();
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var wall = Stopwatch.StartNew();
            for (int r = 0; r < rounds; r++)
            {
                action();
            }

            wall.Stop();
            process.Refresh();
            double seconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            double bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)(rounds * tokens);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: {rounds * tokens / seconds:N0} tokens per CPU-second ({rounds * tokens / wall.Elapsed.TotalSeconds:N0} per wall-second), {bytes:F2} B/token allocated"));
        }
    }
}
