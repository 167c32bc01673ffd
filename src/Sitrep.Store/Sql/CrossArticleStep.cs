using System.Data.Common;

namespace Sitrep.Store.Sql;

/// <summary>
/// Work over the whole corpus rather than one document (today: identities; next: near-duplicates, incidents,
/// stories). A step is told which documents a batch adds and which stored ones it removes, and then applies its
/// change inside the batch's transaction, after the batch's own rows, while the store holds its cross-article lock
/// (PostgreSQL: a transaction-scoped advisory lock, released by the commit). Concurrent writers therefore apply their
/// steps one at a time, each over every earlier commit, and a step is applied exactly when its documents commit.
/// </summary>
internal interface ICrossArticleStep
{
    /// <summary>A document the batch adds (its rows are being inserted).</summary>
    void Added(RecordRows rows);

    /// <summary>A stored document the batch is about to delete (replaced); its rows are still readable.</summary>
    void Removing(SqlRecordStore store, DbTransaction tx, string documentId);

    /// <summary>Applies the batch's change; the cross-article lock is held.</summary>
    void Apply(SqlRecordStore store, DbTransaction tx);
}

/// <summary>
/// Pairs of strings in ordinal order, first then second: the one key order every cross-article step writes its rows in,
/// so that no two writers wait on each other's rows in opposite orders.
/// </summary>
internal sealed class OrdinalPairOrder : IComparer<(string, string)>
{
    public static readonly OrdinalPairOrder Instance = new();

    public int Compare((string, string) x, (string, string) y)
    {
        int c = string.CompareOrdinal(x.Item1, y.Item1);
        return c != 0 ? c : string.CompareOrdinal(x.Item2, y.Item2);
    }
}
