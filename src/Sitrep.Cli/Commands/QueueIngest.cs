using System.CommandLine;
using System.Globalization;
using Sitrep.Cluster;
using Sitrep.Ingest;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ingest PATH... --queue nats://host[:port][/name]</c>: publish the articles to a feed (<see cref="FeedPublisher"/>).</summary>
internal static class QueueIngest
{
    public static Option<string> Option()
        => QueueOption.Create("Publish the articles to a NATS JetStream feed (nats://host[:port][/name]) for 'sitrep worker' instead of analysing them here", required: false);

    public static int Run(string feed, string[] paths, TextWriter output, TextWriter error)
    {
        const string Prefix = "sitrep ingest";
        try
        {
            var address = QueueAddress.Parse(feed);
            var publisher = new FeedPublisher(address, new ArticleReader());
            void OnError(string message) => error.WriteLine($"{Prefix}: {message}");
            PublishSummary summary;
            if (Console.IsErrorRedirected || !ReferenceEquals(error, Console.Error))
            {
                summary = publisher.RunAsync(paths, null, OnError).GetAwaiter().GetResult();
            }
            else
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                PublishSummary? s = null;
                console.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("publish", maxValue: 1);
                        s = publisher.RunAsync(paths, p =>
                        {
                            task.MaxValue = Math.Max(1, p.BytesTotal);
                            task.Value = p.BytesDone;
                            task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Published} published, {p.Duplicates} duplicates, {p.Failed} failed");
                        }, message => console.MarkupLineInterpolated($"[red]{Prefix}: {message}[/]")).GetAwaiter().GetResult();
                        task.Value = task.MaxValue;
                    });
                summary = s!;
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{Prefix}: {summary.Published} published, {summary.Duplicates} duplicates (already queued), {summary.Failed} failed in {summary.Elapsed.TotalSeconds:F1} s ({summary.Rate:F1} documents/s) to {address}"));
            return summary.Failed > 0 ? 1 : 0;
        }
        catch (QueueException ex)
        {
            error.WriteLine($"{Prefix}: {ex.Message}");
            return 1;
        }
    }
}
