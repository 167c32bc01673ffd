using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Sitrep.Application;
using Sitrep.Cluster;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep worker --queue nats://… --store postgres://… [--jobs N] [--max-deliver N] [--exit-when-idle]</c>: analyse a
/// feed's documents into a shared store (<see cref="Worker"/>). The first SIGTERM or Ctrl-C finishes the batch in hand
/// and stops; a second one gives back what is not committed. Prints its counts every 10 s and a summary line at the end.
/// </summary>
internal static class WorkerCommand
{
    private const string Prefix = "sitrep worker";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var queue = QueueOption.Create("The feed: nats://host[:port][/name]", required: true);
        var store = new Option<string>("--store", "-s") { Description = "The shared store: a postgres:// URL (an SQLite file admits one worker)", Required = true };
        var jobs = JobsOption.Create();
        var maxDeliver = new Option<int>("--max-deliver") { Description = "Deliveries of a failing document before it goes to the dead-letter subject", DefaultValueFactory = _ => 5 };
        var batch = new Option<int>("--batch") { Description = "Documents per transaction (default 8 per job, at least 16)" };
        var ackWait = new Option<int>("--ack-wait") { Description = "Seconds the server waits for a worker's ack before delivering a document again", DefaultValueFactory = _ => 120 };
        var idle = new Option<bool>("--exit-when-idle") { Description = "Stop when the feed is empty and nothing is in flight" };
        var name = new Option<string>("--name") { Description = "The worker's name in the store's ledger (default HOST-PID)" };
        foreach (var o in new[] { maxDeliver, ackWait })
        {
            o.Validators.Add(r =>
            {
                if (r.GetValue(o) < 1)
                {
                    r.AddError($"{o.Name} must be at least 1");
                }
            });
        }

        var command = new Command("worker", "Analyse the documents of a NATS JetStream feed into a shared store (acknowledged after commit)")
        {
            queue, store, jobs, maxDeliver, batch, ackWait, idle, name,
        };
        command.SetAction(parse =>
        {
            SitrepEngine.Preload();
            var options = new WorkerOptions
            {
                Jobs = parse.GetValue(jobs),
                MaxDeliver = parse.GetValue(maxDeliver),
                BatchSize = Math.Max(0, parse.GetValue(batch)),
                AckWait = TimeSpan.FromSeconds(parse.GetValue(ackWait)),
                ExitWhenIdle = parse.GetValue(idle),
                Stories = StoryEmbedding.Options(error, "sitrep worker"),
            };
            if (parse.GetValue(name) is { Length: > 0 } n)
            {
                options = options with { Name = n };
            }

            return Run(parse.GetValue(queue)!, parse.GetValue(store)!, options, output, error);
        });
        return command;
    }

    private static int Run(string queue, string store, WorkerOptions options, TextWriter output, TextWriter error)
    {
        QueueAddress address;
        try
        {
            address = QueueAddress.Parse(queue);
        }
        catch (QueueException ex)
        {
            error.WriteLine($"{Prefix}: {ex.Message}");
            return 1;
        }

        using var stop = new CancellationTokenSource();
        using var abort = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            if (stop.IsCancellationRequested)
            {
                abort.Cancel();
            }
            else
            {
                error.WriteLine($"{Prefix}: stopping after the batch in hand (signal again to give it back)");
                stop.Cancel();
            }
        }

        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        var worker = new Worker(SitrepEngine.Create(), address, store, options);
        var gate = new Lock();
        void Log(string message)
        {
            lock (gate)
            {
                error.WriteLine($"{Prefix}: {message}");
            }
        }

        using var timer = new Timer(_ => Log(Line(worker.Progress)), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        try
        {
            var done = worker.RunAsync(Log, stop.Token, abort.Token).GetAwaiter().GetResult();
            timer.Change(Timeout.Infinite, Timeout.Infinite);
            output.WriteLine($"{Prefix}: {Line(done)} from {address} into {StoreFactory.Redact(store)}");
            return 0;
        }
        catch (Exception ex) when (ex is QueueException or StoreException)
        {
            error.WriteLine($"{Prefix}: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine($"{Prefix}: stopped before it started");
            return 1;
        }
    }

    private static string Line(WorkerProgress p) => string.Create(
        CultureInfo.InvariantCulture,
        $"{p.Stored} stored, {p.Skipped} skipped (stored already), {p.DeadLettered} dead letters, {p.Retried} store retries in {p.Elapsed.TotalSeconds:F1} s ({p.Rate:F1} documents/s; store writes {p.StoreTime.TotalSeconds:F1} s)");
}
