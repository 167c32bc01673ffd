using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

// Usage: dotnet run -c Release --project bench/Sitrep.LoadLoop -- URL DIR [--clients N] [--seconds S] [--warmup S]
// Posts the .txt articles under DIR (in name order, round robin) to URL/api/analyze from N concurrent clients for S
// seconds after a warm-up, and prints articles/s, words/s and the p50/p95/max latency of the measured requests.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Sitrep.LoadLoop URL DIR [--clients N] [--seconds S] [--warmup S]");
    return 2;
}

string url = args[0].TrimEnd('/');
string dir = args[1];
int clients = Option("--clients", 1);
int seconds = Option("--seconds", 30);
int warmup = Option("--warmup", 5);
if (!Directory.Exists(dir))
{
    Console.Error.WriteLine($"Sitrep.LoadLoop: {dir}: no such directory");
    return 2;
}

string[] texts = [.. Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
if (texts.Length == 0)
{
    Console.Error.WriteLine($"Sitrep.LoadLoop: {dir}: no .txt articles");
    return 2;
}

using var http = new HttpClient { BaseAddress = new Uri(url + "/"), Timeout = TimeSpan.FromMinutes(2) };
int next = -1;
var latencies = new List<double>[clients];
long words = 0, failures = 0;
var clock = Stopwatch.StartNew();
double measureFrom = warmup, measureTo = warmup + seconds;

async Task Client(int c)
{
    latencies[c] = [];
    while (clock.Elapsed.TotalSeconds < measureTo)
    {
        string text = texts[(int)((uint)Interlocked.Increment(ref next) % (uint)texts.Length)];
        double start = clock.Elapsed.TotalSeconds;
        using var response = await http.PostAsJsonAsync("api/analyze", new { text });
        await response.Content.CopyToAsync(Stream.Null);
        double end = clock.Elapsed.TotalSeconds;
        if (start < measureFrom || end > measureTo)
        {
            continue;
        }

        if (!response.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref failures);
            continue;
        }

        latencies[c].Add((end - start) * 1000);
        Interlocked.Add(ref words, text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
    }
}

await Task.WhenAll(Enumerable.Range(0, clients).Select(Client));
var all = latencies.SelectMany(l => l).Order().ToArray();
double Pct(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)];
var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv,
    $"clients {clients}: {all.Length} articles in {seconds} s = {all.Length / (double)seconds:0.0} articles/s, {words / (double)seconds:0} words/s; latency p50 {Pct(0.5):0} ms, p95 {Pct(0.95):0} ms, max {(all.Length > 0 ? all[^1] : double.NaN):0} ms; failures {failures}; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
return failures > 0 ? 1 : 0;

int Option(string name, int fallback)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v > 0 ? v : fallback;
}
