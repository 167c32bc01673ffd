using System.CommandLine;
using System.Globalization;
using Sitrep.Application;
using Sitrep.Ingest;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ingest PATH... [--store FILE.db|postgres://…] [--jobs N] [--reanalyze]</c>: analyse articles into a store;
/// with <c>--queue nats://…</c>, publish them to a feed for <c>sitrep worker</c>s instead (<see cref="QueueIngest"/>).</summary>
internal static class IngestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Article files (.txt, .html, .htm, .sgm, optionally .gz) or directories of them",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = StoreOption.Create();
        var jobs = JobsOption.Create();
        var reanalyze = new Option<bool>("--reanalyze") { Description = "Analyse again the stored documents that another pipeline version produced, and replace them" };
        var queue = QueueIngest.Option();
        var command = new Command("ingest", "Analyze articles into a store; documents already stored are skipped, changed ones replaced") { paths, store, jobs, reanalyze, queue };
        command.SetAction(parse => parse.GetValue(queue) is { } feed ? QueueIngest.Run(feed, parse.GetValue(paths) ?? [], output, error) : StoreOption.Use(parse, store, forWriting: true, error, "sitrep ingest", target =>
        {
            var ingestion = new Ingestion(SitrepEngine.Create(), target, new ArticleReader()) { Reanalyze = parse.GetValue(reanalyze) };
            var summary = Run(ingestion, parse.GetValue(paths) ?? [], parse.GetValue(jobs), error);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"sitrep ingest: {summary.Added} added, {summary.Replaced} replaced, {summary.Skipped} skipped, {summary.Failed} failed in {summary.Elapsed.TotalSeconds:F1} s ({summary.Rate:F1} documents/s) into {target.Name}"));
            return summary.Failed > 0 ? 1 : 0;
        }));
        return command;
    }

    private static IngestSummary Run(Ingestion ingestion, string[] paths, int jobs, TextWriter error)
    {
        void OnError(string message) => error.WriteLine($"sitrep ingest: {message}");
        if (Console.IsErrorRedirected || !ReferenceEquals(error, Console.Error))
        {
            return ingestion.Run(paths, jobs, null, OnError);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestSummary? summary = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("ingest", maxValue: 1);
                long started = System.Diagnostics.Stopwatch.GetTimestamp();
                summary = ingestion.Run(paths, jobs, p =>
                {
                    task.MaxValue = Math.Max(1, p.BytesTotal);
                    task.Value = p.BytesDone;
                    double seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Stored} stored, {p.Skipped} skipped, {p.Failed} failed, {(seconds > 0 ? p.Analyzed / seconds : 0):F0} docs/s");
                }, message => console.MarkupLineInterpolated($"[red]sitrep ingest: {message}[/]"));
                task.Value = task.MaxValue;
            });
        return summary!;
    }
}
