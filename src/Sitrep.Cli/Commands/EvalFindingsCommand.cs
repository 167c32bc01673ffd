using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Evaluation;
using Sitrep.Ingest;
using Sitrep.Models;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval findings --data DIR [--split tune|check]</c>: recall and precision on planted contradictions (tools/Sitrep.Tamper).</summary>
internal static class EvalFindingsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "A folder written by tools/Sitrep.Tamper (manifest.jsonl, copies/, originals/)", Required = true };
        var split = new Option<string>("--split") { Description = "tune (the default) or check (never read while tuning)", DefaultValueFactory = _ => "tune" };
        split.AcceptOnlyFromAmong("tune", "check");
        var details = new Option<bool>("--details") { Description = "Print every miss and false finding (tune split only)" };
        var command = new Command("findings", "Findings: per-kind recall and precision on planted contradictions, false findings per 100 untampered articles") { data, split, details };
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(data)!;
            string which = parse.GetValue(split)!;
            string manifest = Path.Combine(dir, "manifest.jsonl");
            if (!File.Exists(manifest))
            {
                error.WriteLine($"sitrep eval findings: '{manifest}' not found (write it with tools/Sitrep.Tamper)");
                return 2;
            }

            if (parse.GetValue(details) && which == "check")
            {
                error.WriteLine("sitrep eval findings: --details is for the tune split; the check split is scored, never read");
                return 2;
            }

            List<BenchmarkEntry> entries;
            try
            {
                entries = FindingsBenchmark.Load(manifest).Where(e => e.Split == which).OrderBy(e => e.Tampered).ToList();
            }
            catch (Exception ex) when (ex is IOException or System.Text.Json.JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                error.WriteLine($"sitrep eval findings: '{manifest}' cannot be read: {ex.Message}");
                return 2;
            }

            var pipeline = DefaultPipeline.Create(EmbeddedModels.Load());
            var score = new FindingsBenchmark();
            var progress = new Progress(error, entries.Count);
            int failed = 0;
            foreach (var entry in entries)
            {
                try
                {
                    var reader = new ArticleReader(new IngestOptions { Published = entry.Published });
                    var doc = pipeline.Process(reader.Read(Path.Combine(dir, entry.File)));
                    var findings = doc.GetOrDefault(Layers.Findings, []);
                    if (entry.Tampered)
                    {
                        score.AddCopy(entry, doc.Text, findings);
                    }
                    else
                    {
                        score.AddOriginal(entry, doc.Text, findings);
                    }
                }
                catch (Exception ex) when (ex is IngestException or PipelineComponentException)
                {
                    error.WriteLine($"sitrep eval findings: {ex.Message}");
                    failed++;
                }

                progress.Step();
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
                output.WriteLine($"{failed} files failed");
            }

            foreach (var line in score.Report(which))
            {
                output.WriteLine(line);
            }

            return 0;
        });
        return command;
    }
}
