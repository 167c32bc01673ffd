using Sitrep.Core.Record;

namespace Sitrep.Export;

/// <summary>
/// A source of records to export: articles analysed now, or a store read back with a query. Records come in the
/// source's order, one at a time; an input that gives no record is reported through <paramref name="onError"/> (one
/// line naming the input and the problem) and the sequence goes on.
/// </summary>
public interface IRecordSource
{
    /// <summary>The records, streamed.</summary>
    IEnumerable<SitrepRecord> Records(Action<string> onError, CancellationToken cancellationToken = default);
}
