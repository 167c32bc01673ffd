using System.CommandLine;
using System.Globalization;
using Sitrep.Evaluation;
using Sitrep.Core.Text;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval duplicates --data DIR --split tune|check [--threshold T] [--sweep] [--details]</c>: near-duplicate precision and recall on the planted set.</summary>
internal static class EvalDuplicatesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "The planted set made by tools/Sitrep.DupeSet (a folder with tune/ and check/)", Required = true };
        var split = new Option<string>("--split") { Description = "tune (to choose the threshold) or check (to report; never tuned on)", DefaultValueFactory = _ => "tune" };
        split.AcceptOnlyFromAmong("tune", "check");
        var threshold = new Option<double>("--threshold") { Description = "Similarity from which a document is a copy", DefaultValueFactory = _ => MinHash.DefaultThreshold };
        var sweep = new Option<bool>("--sweep") { Description = "Also print precision and recall at thresholds 0.20–0.90" };
        var details = new Option<bool>("--details") { Description = "List every missed copy and false mark" };
        var command = new Command("duplicates", "Near-duplicate (MinHash + LSH) precision and recall on the planted set") { data, split, threshold, sweep, details };
        command.SetAction(parse =>
        {
            string dir = Path.Combine(parse.GetValue(data)!, parse.GetValue(split)!);
            IReadOnlyList<DuplicateEvaluation.Item> items;
            try
            {
                items = DuplicateEvaluation.Load(dir);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                error.WriteLine($"sitrep eval duplicates: {ex.Message}");
                return 2;
            }

            var signatures = items.Select(i => MinHash.Signature(i.Text)).ToList();
            if (parse.GetValue(sweep))
            {
                for (int t = 20; t <= 90; t += 5)
                {
                    var s = DuplicateEvaluation.Run(items, t / 100.0, signatures);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  threshold {s.Threshold:F2}: precision {s.Precision:F3} recall {s.Recall:F3} F1 {s.F1:F3} ({s.Right}/{s.Marked} marked, {s.Expected} to find)"));
                }
            }

            var score = DuplicateEvaluation.Run(items, parse.GetValue(threshold), signatures);
            int show = parse.GetValue(details) ? int.MaxValue : 5;
            foreach (string miss in score.Misses.Take(show))
            {
                output.WriteLine("missed: " + miss);
            }

            foreach (string mark in score.FalseMarks.Take(show))
            {
                output.WriteLine("false: " + mark);
            }

            output.WriteLine(score.SummaryLine);
            return 0;
        });
        return command;
    }
}
