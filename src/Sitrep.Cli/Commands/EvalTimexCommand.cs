using System.CommandLine;
using System.Text;
using Sitrep.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval timex --gold DIR</c>: strips the TIMEX3s from gold TimeML files, tags the text anchored on the DCT
/// and scores it with the TempEval-3 metric (as <c>score_timex.py</c>); the last line is the scorer's.
/// </summary>
internal static class EvalTimexCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var gold = new Option<DirectoryInfo>("--gold") { Description = "A folder of gold TimeML files (searched recursively)", Required = true };
        var split = new Option<string>("--split")
        {
            Description = "all files, or the scorecard's split of them: dev = every 5th file in sorted order, train = the rest",
            DefaultValueFactory = _ => "all",
        };
        split.AcceptOnlyFromAmong("all", "dev", "train");
        var errors = new Option<int>("--errors") { Description = "Print this many disagreements (misses, false hits, wrong values)", DefaultValueFactory = _ => 0 };
        var command = new Command("timex", "TempEval-3 TIMEX3 extent, type and value F1 on TimeML files") { gold, split, errors };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(gold)!;
            if (!dir.Exists)
            {
                error.WriteLine($"sitrep eval timex: {dir.FullName}: no such folder");
                return 2;
            }

            var scorer = new TimexScorer();
            var files = TimexEvaluation.Files(dir.FullName, parse.GetValue(split)!);
            foreach (var path in files)
            {
                try
                {
                    var doc = TimeMlDocument.Parse(File.ReadAllText(path, Encoding.UTF8));
                    scorer.Add(Path.GetFileName(path), doc.Text, doc.Timexes, TimexEvaluation.Spans(TimexEvaluation.Tag(doc)));
                }
                catch (Exception ex) when (ex is FormatException or IOException)
                {
                    error.WriteLine($"sitrep eval timex: {path}: {ex.Message}");
                    return 2;
                }
            }

            int show = parse.GetValue(errors);
            foreach (var line in scorer.Errors.Take(show))
            {
                output.WriteLine(line);
            }

            foreach (var line in scorer.Report(files.Count))
            {
                output.WriteLine(line);
            }
            return 0;
        });
        return command;
    }
}
