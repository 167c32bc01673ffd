using System.CommandLine;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Evaluation;
using Sitrep.Models;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval events --data FILE</c>: PLOVER categories and actors on the PLOVER gold records or PETRARCH validation records.</summary>
internal static class EvalEventsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data")
        {
            Description = "PLOVER gold records (.json, e.g. ../shared/data/plover-gsr/PLOVER_GSR_CAMEO.dev.json) or PETRARCH validation records (.xml, CAMEO codes mapped to PLOVER)",
            Required = true,
        };
        var details = new Option<bool>("--details") { Description = "Also list every record the events missed" };
        var command = new Command("events", "Event category accuracy, macro-F1 of the first event and actor agreement, as score_events.py") { data, details };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(data)!;
            IReadOnlyList<EventGoldRecord> gold;
            try
            {
                gold = EventGold.Load(path);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                error.WriteLine($"sitrep eval events: {ex.Message}");
                return 2;
            }

            var pipeline = DefaultPipeline.Create(EmbeddedModels.Load());
            var score = EventScorer.Score(gold, record =>
            {
                try
                {
                    var doc = pipeline.Process(new ArticleInput(record.Text, record.Id));
                    return (doc.GetOrDefault(Layers.Events, []), doc.GetOrDefault(Layers.Entities, []), doc.Text);
                }
                catch (PipelineComponentException ex)
                {
                    error.WriteLine($"sitrep eval events: {record.Id}: {ex.Message}");
                    return null;
                }
            });
            foreach (var line in score.Report(parse.GetValue(details)))
            {
                output.WriteLine(line);
            }
            return 0;
        });
        return command;
    }
}
