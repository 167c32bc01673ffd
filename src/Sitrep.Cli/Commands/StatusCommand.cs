using System.CommandLine;
using System.Globalization;
using Sitrep.Cluster;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep status --queue nats://… [--store postgres://…] [--format text|json]</c>: a feed's pending, in-flight, done and failed counts and its rate (<see cref="QueueStatus"/>).</summary>
internal static class StatusCommand
{
    private const string Prefix = "sitrep status";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var queue = QueueOption.Create("The feed: nats://host[:port][/name]", required: true);
        var store = new Option<string>("--store", "-s") { Description = "The workers' store: done and the rate are then its committed messages" };
        var format = new Option<string>("--format", "-f") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("status", "A feed's pending, in-flight, done and failed documents and its rate") { queue, store, format };
        command.SetAction(parse =>
        {
            try
            {
                var address = QueueAddress.Parse(parse.GetValue(queue));
                QueueStatus s;
                if (parse.GetValue(store) is { Length: > 0 } where)
                {
                    using var opened = StoreFactory.Open(where, forWriting: false);
                    s = QueueStatus.ReadAsync(address, opened as IMessageLedger).GetAwaiter().GetResult();
                }
                else
                {
                    s = QueueStatus.ReadAsync(address, null).GetAwaiter().GetResult();
                }

                output.WriteLine(parse.GetValue(format) == "json"
                    ? string.Create(CultureInfo.InvariantCulture, $$"""{"queue":"{{address}}","published":{{s.Published}},"pending":{{s.Pending}},"in_flight":{{s.InFlight}},"done":{{s.Done}},"failed":{{s.Failed}},"rate":{{s.Rate:F2}}}""")
                    : string.Create(CultureInfo.InvariantCulture, $"{address}: {s.Pending} pending, {s.InFlight} in flight, {s.Done} done, {s.Failed} failed (dead letters), {s.Rate:F1} documents/s ({s.RateBasis}); {s.Published} published"));
                return 0;
            }
            catch (Exception ex) when (ex is QueueException or StoreException)
            {
                error.WriteLine($"{Prefix}: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
