using NATS.Client.Core;
using NATS.Client.JetStream;
using Sitrep.Store;

namespace Sitrep.Cluster;

/// <summary>
/// A feed's state (<c>sitrep status</c>): <see cref="Pending"/> messages not yet delivered, <see cref="InFlight"/>
/// delivered and not yet acknowledged, <see cref="Done"/> processed, <see cref="Failed"/> in the dead-letter stream, and
/// <see cref="Rate"/> in documents per second. With a store, done and the rate are the store's ledger (messages
/// committed in all and over the last minute); without one they come from the stream (acknowledged messages, which a
/// work queue removes, less the dead letters) and the rate from two readings <see cref="SampleTime"/> apart.
/// </summary>
public sealed record QueueStatus(long Published, long Pending, long InFlight, long Done, long Failed, double Rate, string RateBasis)
{
    public static readonly TimeSpan SampleTime = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan LedgerWindow = TimeSpan.FromMinutes(1);

    public static async Task<QueueStatus> ReadAsync(QueueAddress address, IMessageLedger? ledger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        await using var queue = await FeedQueue.ConnectAsync(address, "sitrep-status", cancellationToken).ConfigureAwait(false);
        var first = await Read(queue, cancellationToken).ConfigureAwait(false);
        if (ledger is not null)
        {
            var counts = ledger.Ledger(LedgerWindow);
            return new QueueStatus(first.Published, first.Pending, first.InFlight, counts.Total, first.Dead, counts.Rate, $"committed in the last {LedgerWindow.TotalSeconds:F0} s");
        }

        await Task.Delay(SampleTime, cancellationToken).ConfigureAwait(false);
        var second = await Read(queue, cancellationToken).ConfigureAwait(false);
        double rate = Math.Max(0, second.Removed - first.Removed) / SampleTime.TotalSeconds;
        return new QueueStatus(second.Published, second.Pending, second.InFlight, Math.Max(0, second.Removed - second.Dead), second.Dead, rate, $"acknowledged over {SampleTime.TotalSeconds:F0} s");
    }

    private static async Task<(long Published, long Pending, long InFlight, long Removed, long Dead)> Read(FeedQueue queue, CancellationToken cancellationToken)
    {
        var a = queue.Address;
        try
        {
            var stream = await queue.JetStream.GetStreamAsync(a.Stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            var state = stream.Info.State;
            long published = (long)state.LastSeq, messages = (long)state.Messages;
            long pending = messages, inFlight = 0;
            try
            {
                var consumer = await queue.JetStream.GetConsumerAsync(a.Stream, a.Consumer, cancellationToken).ConfigureAwait(false);
                pending = (long)consumer.Info.NumPending;
                inFlight = consumer.Info.NumAckPending;
            }
            catch (NatsJSApiException ex) when (ex.Error.Code == 404)
            {
                // No worker has started yet: everything stored is pending.
            }

            long dead = 0;
            try
            {
                var deadStream = await queue.JetStream.GetStreamAsync(a.DeadStream, cancellationToken: cancellationToken).ConfigureAwait(false);
                dead = (long)deadStream.Info.State.Messages;
            }
            catch (NatsJSApiException ex) when (ex.Error.Code == 404)
            {
                // Nothing has failed.
            }

            return (published, pending, inFlight, published - messages, dead);
        }
        catch (NatsJSApiException ex) when (ex.Error.Code == 404)
        {
            throw new QueueException($"{a}: no such feed (stream '{a.Stream}'); publish to it with 'sitrep ingest … --queue {a}'", ex);
        }
        catch (NatsException ex)
        {
            throw new QueueException($"{a}: {ex.Message.TrimEnd('.')}", ex);
        }
    }
}
