using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Pipeline;
using Sitrep.Evaluation;
using Sitrep.Models;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval articles --data eval/articles [--split tune|check] [--corpus DIR] [--details]</c>: runs the pipeline on
/// each article a reference reading in DATA/gold/*.json points to and scores the record with the measures of
/// <c>score_article.py</c> (plus places), summed over the articles.
/// </summary>
internal static class EvalArticlesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "A folder with gold/*.json reference readings (e.g. eval/articles)", Required = true };
        var corpus = new Option<string>("--corpus") { Description = "The folder the readings' \"file\" paths are relative to", DefaultValueFactory = _ => "../shared/data" };
        var split = new Option<string>("--split") { Description = "Score only the tune or the check half (the reading's \"split\")", DefaultValueFactory = _ => "all" };
        split.AcceptOnlyFromAmong("all", "tune", "check");
        var details = new Option<bool>("--details") { Description = "Print each article's misses and its score_article.py score line" };
        var command = new Command("articles", "Whole articles read by hand: quotes, speakers, events, places… as score_article.py") { data, corpus, split, details };
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(data)!;
            string root = parse.GetValue(corpus)!;
            string half = parse.GetValue(split)!;
            string goldDir = Path.Combine(dir, "gold");
            if (!Directory.Exists(goldDir))
            {
                error.WriteLine($"sitrep eval articles: {goldDir}: no such folder (expected the reference readings in DATA/gold/*.json)");
                return 2;
            }

            IReadOnlyList<(string Name, JsonElement Gold)> readings;
            try
            {
                readings = ArticleReadings.Load(goldDir, half);
            }
            catch (ArticleReadingException ex)
            {
                error.WriteLine($"sitrep eval articles: {ex.Message}");
                return 2;
            }

            var pipeline = DefaultPipeline.Create(EmbeddedModels.Load());
            var total = ArticleScore.Empty();
            int failed = 0;
            var progress = new Output.Progress(error, readings.Count);
            foreach (var (name, gold) in readings)
            {
                var record = ArticleReadings.Analyze(gold, root, pipeline, out string? problem);
                progress.Step();
                if (record is null)
                {
                    error.WriteLine($"sitrep eval articles: {name}: {problem}");
                    failed++;
                    continue;
                }

                var score = ArticleScorer.Score(gold, record.Value);
                total.Add(score);
                if (parse.GetValue(details))
                {
                    output.WriteLine($"== {name}");
                    foreach (string line in score.Lines)
                    {
                        output.WriteLine(line);
                    }

                    output.WriteLine(ArticleScorer.PythonLine(score));
                }
            }

            progress.Done();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"split: {half}; {readings.Count} reference readings, {failed} failed"));
            foreach (string line in total.MeasureLines())
            {
                output.WriteLine(line);
            }

            output.WriteLine(total.SummaryLine);
            return failed > 0 ? 1 : 0;
        });
        return command;
    }
}
