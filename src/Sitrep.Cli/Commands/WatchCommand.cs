using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Application;
using Sitrep.Ingest;
using Sitrep.Ingest.Web;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep watch FEED... --every 10m [--store S] [--polls N]</c>: polls RSS/Atom feeds and ingests the items not
/// taken before (the store remembers each feed's items); a feed that fails is reported on its poll and tried again on
/// the next, and the others go on. Ctrl+C stops after the poll in flight.
/// </summary>
internal static partial class WatchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var feeds = new Argument<string[]>("feed") { Description = "http(s) addresses of RSS, Atom or JSON feeds", Arity = ArgumentArity.OneOrMore };
        var every = new Option<string>("--every") { Description = "Time between polls: 30s, 10m, 1h", DefaultValueFactory = _ => "10m" };
        var polls = new Option<int>("--polls") { Description = "Stop after this many polls (0: until stopped)", DefaultValueFactory = _ => 0 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds a fetch may take", DefaultValueFactory = _ => 20 };
        var store = StoreOption.Create();
        var jobs = JobsOption.Create();
        var command = new Command("watch", "Poll feeds and ingest their new items into a store") { feeds, every, polls, timeout, store, jobs };
        command.SetAction(parse =>
        {
            if (Interval(parse.GetValue(every)!) is not { } interval)
            {
                error.WriteLine($"sitrep watch: --every '{parse.GetValue(every)}' is not a time such as 30s, 10m or 1h");
                return 2;
            }

            string[] urls = parse.GetValue(feeds) ?? [];
            if (urls.FirstOrDefault(u => !WebFetcher.IsUrl(u)) is { } bad)
            {
                error.WriteLine($"sitrep watch: {bad}: not an http:// or https:// feed address");
                return 2;
            }

            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                return StoreOption.Use(parse, store, forWriting: true, error, "sitrep watch", target =>
                {
                    using var fetcher = new WebFetcher(new WebOptions { Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))) });
                    var reader = new ArticleReader();
                    var ingestion = new Ingestion(SitrepEngine.Create(), target, reader) { Web = new WebSource(fetcher, reader), FeedsOnly = true };
                    int limit = parse.GetValue(polls), failedPolls = 0;
                    for (int poll = 1; limit == 0 || poll <= limit; poll++)
                    {
                        IngestSummary summary;
                        try
                        {
                            summary = IngestCommand.Run(ingestion, urls, parse.GetValue(jobs), error, "sitrep watch", stop.Token);
                        }
                        catch (OperationCanceledException)
                        {
                            break;
                        }

                        failedPolls += summary.Failed > 0 ? 1 : 0;
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sitrep watch: poll {poll} at {DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}: ") + IngestCommand.Summary(summary, target.Name));
                        output.Flush();
                        if ((limit > 0 && poll == limit) || stop.Token.WaitHandle.WaitOne(interval))
                        {
                            break;
                        }
                    }

                    return failedPolls > 0 ? 1 : 0;
                }, StoryEmbedding.Options(error, "sitrep watch"));
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        });
        return command;
    }

    /// <summary>"30s", "10m", "1h", "1h30m" or a TimeSpan ("00:10:00"); null when it is none of these or not positive.</summary>
    internal static TimeSpan? Interval(string text)
    {
        var m = IntervalRegex().Match(text.Trim());
        if (m.Success && m.Length > 0)
        {
            double seconds = 0;
            for (int i = 0; i < m.Groups["n"].Captures.Count; i++)
            {
                double n = double.Parse(m.Groups["n"].Captures[i].Value, CultureInfo.InvariantCulture);
                seconds += n * (m.Groups["u"].Captures[i].Value switch { "s" => 1, "m" => 60, "h" => 3600, _ => 86400 });
            }

            return seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var t) && t > TimeSpan.Zero ? t : null;
    }

    [GeneratedRegex(@"^(?:(?<n>\d+(?:\.\d+)?)(?<u>[smhd]))+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntervalRegex();
}
