using System.CommandLine;
using System.Globalization;
using Sitrep.Application;
using Sitrep.Ingest;
using Sitrep.Ingest.Web;
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
            Description = "Article files (.txt, .html, .htm, .sgm, optionally .gz), directories of them, or http(s) addresses of pages and RSS/Atom feeds",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = StoreOption.Create();
        var jobs = JobsOption.Create();
        var reanalyze = new Option<bool>("--reanalyze") { Description = "Analyse again the stored documents that another pipeline version produced, and replace them" };
        var queue = QueueIngest.Option();
        var command = new Command("ingest", "Analyze articles into a store; documents already stored are skipped, changed ones replaced") { paths, store, jobs, reanalyze, queue };
        command.SetAction(parse => parse.GetValue(queue) is { } feed ? QueueIngest.Run(feed, parse.GetValue(paths) ?? [], output, error) : StoreOption.Use(parse, store, forWriting: true, error, "sitrep ingest", target =>
        {
            using var fetcher = new WebFetcher();
            var reader = new ArticleReader();
            var ingestion = new Ingestion(SitrepEngine.Create(), target, reader) { Reanalyze = parse.GetValue(reanalyze), Web = new WebSource(fetcher, reader) };
            var summary = Run(ingestion, parse.GetValue(paths) ?? [], parse.GetValue(jobs), error, "sitrep ingest");
            output.WriteLine("sitrep ingest: " + Summary(summary, target.Name));
            return summary.Failed > 0 ? 1 : 0;
        }, StoryEmbedding.Options(error, "sitrep ingest")));
        return command;
    }

    /// <summary>The one-line summary of an ingest or a poll.</summary>
    internal static string Summary(IngestSummary s, string store) => string.Create(
        CultureInfo.InvariantCulture,
        $"{s.Added} added{(s.Copies > 0 ? $" ({s.Copies} copies of stored articles)" : "")}, {s.Replaced} replaced, {s.Skipped} skipped, {s.Failed} failed in {s.Elapsed.TotalSeconds:F1} s ({s.Rate:F1} documents/s) into {store}");

    /// <summary>Runs <paramref name="ingestion"/>, with a progress bar on a terminal; errors go to <paramref name="error"/> after <paramref name="prefix"/>.</summary>
    internal static IngestSummary Run(Ingestion ingestion, string[] paths, int jobs, TextWriter error, string prefix, CancellationToken cancellationToken = default)
    {
        void OnError(string message) => error.WriteLine($"{prefix}: {message}");
        if (Console.IsErrorRedirected || !ReferenceEquals(error, Console.Error))
        {
            return ingestion.Run(paths, jobs, null, OnError, cancellationToken);
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
                }, message => console.MarkupLineInterpolated($"[red]{prefix}: {message}[/]"), cancellationToken);
                task.Value = task.MaxValue;
            });
        return summary!;
    }
}
