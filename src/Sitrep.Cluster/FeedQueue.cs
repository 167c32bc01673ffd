using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Sitrep.Cluster;

/// <summary>
/// The one place that knows how the feed sits on JetStream: a connection that reconnects for ever, the durable
/// work-queue stream (file storage; a message is removed once acknowledged; duplicates within
/// <see cref="DuplicateWindow"/> dropped by message id), the dead-letter stream (limits retention, kept for reading) and
/// the workers' durable pull consumer (explicit acks; delivery attempts are counted by the worker, not capped by the server).
/// </summary>
internal sealed class FeedQueue : IAsyncDisposable
{
    /// <summary>How long JetStream remembers a message id to drop a second publish of it.</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(24);

    private FeedQueue(QueueAddress address, NatsConnection connection)
    {
        Address = address;
        Connection = connection;
        JetStream = new NatsJSContext(connection);
    }

    public QueueAddress Address { get; }

    public NatsConnection Connection { get; }

    public NatsJSContext JetStream { get; }

    /// <summary>Connects to the server; throws <see cref="QueueException"/> with one line when it cannot.</summary>
    public static async Task<FeedQueue> ConnectAsync(QueueAddress address, string clientName, CancellationToken cancellationToken)
    {
        var connection = new NatsConnection(new NatsOpts
        {
            Url = address.Url,
            Name = clientName,
            MaxReconnectRetry = -1,
            ReconnectWaitMin = TimeSpan.FromMilliseconds(200),
            ReconnectWaitMax = TimeSpan.FromSeconds(2),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        });
        try
        {
            await connection.ConnectAsync().AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
            return new FeedQueue(address, connection);
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new QueueException($"{address}: cannot reach the NATS server ({ex.Message.TrimEnd('.')})", ex);
        }
    }

    /// <summary>Creates the work-queue and dead-letter streams, or leaves them as they are.</summary>
    public async Task EnsureStreamsAsync(CancellationToken cancellationToken)
    {
        await Stream(Address.Stream, Address.Subject, StreamConfigRetention.Workqueue, "Sitrep documents to analyse (sitrep ingest --queue; sitrep worker)", cancellationToken).ConfigureAwait(false);
        await Stream(Address.DeadStream, Address.DeadSubject, StreamConfigRetention.Limits, "Sitrep documents that failed too often, with their error (header Sitrep-Error)", cancellationToken).ConfigureAwait(false);
    }

    private Task<INatsJSStream> Stream(string name, string subject, StreamConfigRetention retention, string description, CancellationToken cancellationToken)
        => Guard(() => JetStream.CreateOrUpdateStreamAsync(
            new StreamConfig(name, [subject]) { Retention = retention, Storage = StreamConfigStorage.File, DuplicateWindow = DuplicateWindow, Description = description },
            cancellationToken).AsTask());

    /// <summary>The workers' durable pull consumer, created when missing.</summary>
    public Task<INatsJSConsumer> ConsumerAsync(TimeSpan ackWait, CancellationToken cancellationToken)
        => Guard(() => JetStream.CreateOrUpdateConsumerAsync(
            Address.Stream,
            new ConsumerConfig(Address.Consumer)
            {
                AckPolicy = ConsumerConfigAckPolicy.Explicit,
                AckWait = ackWait,
                MaxDeliver = -1,
                MaxAckPending = 20_000,
                Description = "Sitrep workers",
            },
            cancellationToken).AsTask());

    private async Task<T> Guard<T>(Func<Task<T>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (NatsJSApiException ex)
        {
            throw new QueueException($"{Address}: {ex.Error.Description} (JetStream error {ex.Error.ErrCode})", ex);
        }
        catch (NatsJSException ex)
        {
            throw new QueueException($"{Address}: {ex.Message.TrimEnd('.')} (is JetStream enabled? start nats-server with -js)", ex);
        }
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
