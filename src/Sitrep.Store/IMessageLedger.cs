using Sitrep.Core.Record;

namespace Sitrep.Store;

/// <summary>
/// What a store knows of a work queue's messages (<c>sitrep worker</c>, issue 17): each processed message is recorded
/// in the same transaction that writes its document, so that a redelivered message is recognised and writes nothing twice.
/// </summary>
public interface IMessageLedger
{
    /// <summary>Writes <paramref name="records"/> as an ingest does (stored documents skipped) and records
    /// <paramref name="receipts"/>, in one transaction; a receipt recorded already is left as it is.</summary>
    BatchResult Write(IReadOnlyList<SitrepRecord> records, IReadOnlyList<MessageReceipt> receipts);

    /// <summary>Which of <paramref name="messageIds"/> are recorded as processed.</summary>
    IReadOnlySet<string> Received(IReadOnlyCollection<string> messageIds);

    /// <summary>Messages recorded in all, and in the last <paramref name="window"/> by the store's clock.</summary>
    LedgerCounts Ledger(TimeSpan window);
}

/// <summary>One processed message: its id (the document's content id), the document, its stream sequence and the worker.</summary>
public sealed record MessageReceipt(string MessageId, string DocumentId, long StreamSequence, string Worker);

/// <summary>Messages recorded in all and within <see cref="Window"/>.</summary>
public readonly record struct LedgerCounts(long Total, long Recent, TimeSpan Window)
{
    /// <summary>Messages per second over the window.</summary>
    public double Rate => Window.TotalSeconds > 0 ? Recent / Window.TotalSeconds : 0;
}
