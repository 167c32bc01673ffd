using System.CommandLine;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Evaluation;
using Sitrep.Ingest;
using Sitrep.Models;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval quotes --data DIR [--partial]</c>: direct quotes and speakers on PolNeAR-style brat data.</summary>
internal static class EvalQuotesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "A folder with text/NAME.txt and attributions/NAME*.ann (e.g. ../shared/data/polnear/dev)", Required = true };
        var partial = new Option<bool>("--partial") { Description = "Quoted stretches inside indirect content are gold too" };
        var command = new Command("quotes", "Direct quotes: span F1 (overlap and exact) and speaker accuracy, as score_quotes.py") { data, partial };
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(data)!;
            IReadOnlyList<GoldText> gold;
            try
            {
                gold = QuoteGold.Load(dir, parse.GetValue(partial));
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                error.WriteLine($"sitrep eval quotes: {ex.Message}");
                return 2;
            }

            var pipeline = DefaultPipeline.Create(EmbeddedModels.Load());
            var reader = new ArticleReader();
            int failed = 0;
            var score = QuoteScorer.Score(gold, g =>
            {
                try
                {
                    var doc = pipeline.Process(reader.Read(Path.Combine(dir, "text", g.Name + ".txt")));
                    return (doc.Text, QuoteScorer.FromQuotes(doc.Text, doc.GetOrDefault(Layers.Quotes, []), doc.GetOrDefault(Layers.Entities, [])));
                }
                catch (Exception ex) when (ex is IngestException or PipelineComponentException)
                {
                    error.WriteLine($"sitrep eval quotes: {ex.Message}");
                    failed++;
                    return null;
                }
            });
            foreach (var line in score.Report(failed))
            {
                output.WriteLine(line);
            }
            return 0;
        });
        return command;
    }
}
