using System.CommandLine;
using Sitrep.Application;
using Sitrep.Cli.Output;
using Sitrep.Core.Documents;
using Sitrep.Evaluation;
using Sitrep.Ingest;
using Sitrep.Store;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval sources --data DIR [--split tune|check] [--details]</c>: contradictions between sources on pairs of real
/// stories with planted conflicts (tools/Sitrep.Tamper --pairs). Each pair is analysed and written into a fresh store,
/// whose cross-article step finds the incidents and the findings between the two; per-kind recall and precision and
/// false findings per 100 untampered pairs.
/// </summary>
internal static class EvalSourcesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "A folder written by tools/Sitrep.Tamper --pairs (manifest.jsonl, pairs/)", Required = true };
        var split = new Option<string>("--split") { Description = "tune (the default) or check (never read while tuning)", DefaultValueFactory = _ => "tune" };
        split.AcceptOnlyFromAmong("tune", "check");
        var details = new Option<bool>("--details") { Description = "Print every miss and false finding (tune split only)" };
        var command = new Command("sources", "Contradictions between sources: per-kind recall and precision on planted pairs, false findings per 100 untampered pairs") { data, split, details };
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(data)!;
            string which = parse.GetValue(split)!;
            string manifest = Path.Combine(dir, "manifest.jsonl");
            if (!File.Exists(manifest))
            {
                error.WriteLine($"sitrep eval sources: '{manifest}' not found (write it with tools/Sitrep.Tamper --pairs)");
                return 2;
            }

            if (parse.GetValue(details) && which == "check")
            {
                error.WriteLine("sitrep eval sources: --details is for the tune split; the check split is scored, never read");
                return 2;
            }

            List<PairEntry> entries;
            try
            {
                // Per pair: the untampered originals first (a tampered pair's inherited findings are theirs), then the rest.
                entries = [.. SourcePairsBenchmark.Load(manifest).Where(e => e.Split == which).OrderBy(e => e.Pair, StringComparer.Ordinal).ThenBy(e => e.Variant == "orig" ? 0 : 1)];
            }
            catch (Exception ex) when (ex is IOException or System.Text.Json.JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                error.WriteLine($"sitrep eval sources: '{manifest}' cannot be read: {ex.Message}");
                return 2;
            }

            var engine = SitrepEngine.Create();
            var score = new SourcePairsBenchmark();
            var progress = new Progress(error, entries.Count);
            string temp = Path.Combine(Path.GetTempPath(), "sitrep-eval-sources-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(temp);
            int failed = 0;
            try
            {
                foreach (var entry in entries)
                {
                    try
                    {
                        var findings = Findings(engine, dir, temp, entry);
                        if (entry.Tampered)
                        {
                            score.AddTampered(entry, findings);
                        }
                        else
                        {
                            score.AddUntampered(entry, findings);
                        }
                    }
                    catch (Exception ex) when (ex is IngestException or StoreException or InvalidOperationException)
                    {
                        error.WriteLine($"sitrep eval sources: {entry.Pair} ({entry.Variant}): {ex.Message}");
                        failed++;
                    }

                    progress.Step();
                }
            }
            finally
            {
                Directory.Delete(temp, recursive: true);
            }

            progress.Done();
            if (parse.GetValue(details))
            {
                foreach (var line in score.Details)
                {
                    output.WriteLine(line);
                }
            }

            if (failed > 0)
            {
                output.WriteLine($"{failed} pairs failed");
            }

            foreach (var line in score.Report(which))
            {
                output.WriteLine(line);
            }

            return 0;
        });
        return command;
    }

    /// <summary>The two stories analysed and written into a fresh store; the findings between them, oriented A → B.</summary>
    private static List<PairFinding> Findings(SitrepEngine engine, string dir, string temp, PairEntry entry)
    {
        var a = engine.Analyze(new ArticleReader(new IngestOptions { Published = entry.PublishedA }).Read(Path.Combine(dir, entry.FileA)));
        var b = engine.Analyze(new ArticleReader(new IngestOptions { Published = entry.PublishedB }).Read(Path.Combine(dir, entry.FileB)));
        if (a.Record is null || b.Record is null)
        {
            throw new InvalidOperationException(a.Error ?? b.Error ?? "analysis failed");
        }

        string path = Path.Combine(temp, Guid.NewGuid().ToString("N") + ".db");
        using var store = SqliteRecordStore.Open(path, forWriting: true);
        store.Write([a.Record, b.Record]);
        var result = store.Query(new StoreQuery(QueryKind.SourceFindings) { Limit = 1000 });
        var list = new List<PairFinding>();
        string idA = a.Record.Document.Id;
        foreach (var r in result.Rows)
        {
            var first = new CharRange(Convert.ToInt32(r[9]), Convert.ToInt32(r[10]));
            var second = new CharRange(Convert.ToInt32(r[11]), Convert.ToInt32(r[12]));
            bool aFirst = (string)r[3]! == idA;
            list.Add(new PairFinding((string)r[0]!, aFirst ? first : second, aFirst ? second : first, (string)r[2]!,
                (string?)(aFirst ? r[5] : r[8]) ?? "", (string?)(aFirst ? r[8] : r[5]) ?? ""));
        }

        return list;
    }
}
