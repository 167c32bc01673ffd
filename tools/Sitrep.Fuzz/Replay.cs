using System.Diagnostics;

namespace Sitrep.Fuzz;

/// <summary>Runs a target over saved inputs in process: the seed corpus and crash regressions, without afl-fuzz.</summary>
internal static class Replay
{
    /// <summary>An input slower than this is reported as a hang (afl-fuzz's own limit in tools/fuzz/run.sh).</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(5);

    public static int Run(string name, Action<ReadOnlySpan<byte>> target, IEnumerable<string> paths)
    {
        int count = 0, failed = 0;
        var clock = Stopwatch.StartNew();
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                Console.Error.WriteLine($"{path}: no such file or directory");
                failed++;
                continue;
            }

            var files = File.Exists(path) ? [path] : Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
            foreach (var file in files)
            {
                count++;
                var bytes = File.ReadAllBytes(file);
                var one = Stopwatch.StartNew();
                try
                {
                    target(bytes);
                    if (one.Elapsed > HangLimit)
                    {
                        failed++;
                        Console.Error.WriteLine($"{file}: hang ({one.Elapsed.TotalSeconds:0.0} s)");
                    }
                }
#pragma warning disable CA1031 // every failure of the target is reported, whatever its type
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failed++;
                    Console.Error.WriteLine($"{file}: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
                }
            }
        }

        Console.WriteLine($"{name}: {count} inputs replayed in {clock.Elapsed.TotalSeconds:0.0} s, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
