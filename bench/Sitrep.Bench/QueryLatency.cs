using System.Diagnostics;
using System.Globalization;
using Sitrep.Store;

namespace Sitrep.Bench;

/// <summary>p50 and p95 latency of each store query, in process, over an ingested store (after one warm-up run).</summary>
internal static class QueryLatency
{
    private static readonly (string Name, StoreQuery Query)[] s_queries =
    [
        ("search \"oil prices\"", new StoreQuery(QueryKind.Search) { Text = "oil prices" }),
        ("search minister", new StoreQuery(QueryKind.Search) { Text = "minister" }),
        ("people", new StoreQuery(QueryKind.People)),
        ("orgs", new StoreQuery(QueryKind.Orgs)),
        ("quotes --who Blair", new StoreQuery(QueryKind.Quotes) { Who = "Blair" }),
        ("quotes --about \"interest rates\"", new StoreQuery(QueryKind.Quotes) { About = "interest rates" }),
        ("events --who Bush", new StoreQuery(QueryKind.Events) { Who = "Bush" }),
        ("events --who \"Tony Blair\"", new StoreQuery(QueryKind.Events) { Who = "Tony Blair" }),
        ("events --type ASSAULT", new StoreQuery(QueryKind.Events) { Type = "ASSAULT" }),
        ("events --where Iraq", new StoreQuery(QueryKind.Events) { Where = "Iraq" }),
        ("events --since 1987-03 --until 1987-03", new StoreQuery(QueryKind.Events) { Since = "1987-03", Until = "1987-03" }),
        ("timeline --who Blair", new StoreQuery(QueryKind.Timeline) { Who = "Blair" }),
        ("timeline --where Iraq", new StoreQuery(QueryKind.Timeline) { Where = "Iraq" }),
        ("findings", new StoreQuery(QueryKind.Findings)),
    ];

    public static void Run(string path, int runs, TextWriter output)
    {
        using var store = StoreFactory.Open(path, forWriting: false);
        output.WriteLine($"{"query",-42} {"rows",6} {"p50 ms",8} {"p95 ms",8}");
        foreach (var (name, query) in s_queries)
        {
            int rows = store.Query(query).Rows.Count;
            var times = new double[runs];
            for (int i = 0; i < runs; i++)
            {
                long start = Stopwatch.GetTimestamp();
                store.Query(query);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            Array.Sort(times);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-42} {rows,6} {Percentile(times, 0.50),8:F2} {Percentile(times, 0.95),8:F2}"));
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
