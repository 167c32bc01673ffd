using Sitrep.Core.Record;

namespace Sitrep.Store;

/// <summary>
/// Where records live: SQLite (<see cref="Sqlite.SqliteRecordStore"/>) or PostgreSQL behind the same contract. A
/// record is keyed by its content id (<c>document.id</c>); writing is transactional per batch and idempotent.
/// </summary>
public interface IRecordStore : IDisposable
{
    /// <summary>The store's name for messages (the file path or the server).</summary>
    string Name { get; }

    /// <summary>The content ids stored with the pipeline code version that produced them.</summary>
    IReadOnlyDictionary<string, string> StoredDocuments();

    /// <summary>
    /// Writes <paramref name="records"/> in one transaction: a record whose content id is stored already is skipped
    /// (replaced instead when <paramref name="replaceOtherPipelines"/> and another pipeline made the stored one); a
    /// record whose source is stored with other content replaces that document. Nothing is visible until it commits.
    /// </summary>
    BatchResult Write(IReadOnlyList<SitrepRecord> records, bool replaceOtherPipelines = false);

    /// <summary>Row counts per table (documents, entities, mentions, quotes, …).</summary>
    IReadOnlyDictionary<string, long> Counts();

    /// <summary>Runs a query over the stored records.</summary>
    QueryResult Query(StoreQuery query);

    /// <summary>The stored record of a document, or null.</summary>
    SitrepRecord? Record(string documentId);

    /// <summary>Every stored record, in ingest order (for exports).</summary>
    IEnumerable<SitrepRecord> Records();

    /// <summary>
    /// Stores a reviewer's correction of an item of document <paramref name="documentId"/> in its own table, beside the
    /// machine's reading (which is never changed); returns it with its id. Needs a store opened for writing.
    /// </summary>
    RecordCorrection AddCorrection(string documentId, RecordCorrection correction);

    /// <summary>The corrections of a document, oldest first.</summary>
    IReadOnlyList<RecordCorrection> Corrections(string documentId);

    /// <summary>The copies (near-duplicates): document id → the original it copies and the estimated similarity.</summary>
    IReadOnlyDictionary<string, (string Original, double Similarity)> Copies();

    /// <summary>The documents of story <paramref name="story"/> (its id or a unique prefix): originals, then copies, each oldest first; none when no story has that id.</summary>
    IReadOnlyList<string> StoryDocuments(string story);

    /// <summary>The items of feed <paramref name="feed"/> already taken (their guid or link).</summary>
    IReadOnlySet<string> SeenItems(string feed);

    /// <summary>Remembers items of feed <paramref name="feed"/> as taken, with the document each gave (null when none).</summary>
    void MarkSeen(string feed, IEnumerable<(string Item, string? DocumentId)> items);
}

/// <summary>What one batch did: documents added, replaced and skipped, and how many of those written are copies of a stored article (near-duplicates).</summary>
public readonly record struct BatchResult(int Added, int Replaced, int Skipped, int Copies = 0);
