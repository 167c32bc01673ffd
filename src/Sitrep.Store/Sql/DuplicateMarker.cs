using System.Data.Common;
using System.Globalization;
using System.Text;
using Sitrep.Core.Text;

namespace Sitrep.Store.Sql;

/// <summary>
/// Marks near-duplicates as documents are written: a document's MinHash signature (<see cref="MinHash"/>) and its
/// LSH buckets are stored, the documents sharing a bucket are compared with it, and the most similar at or above
/// <see cref="MinHash.DefaultThreshold"/> whose figures agree with it (<see cref="MinHash.FiguresAgree"/>) makes it a copy (<c>duplicates.duplicate_of</c> = that document's original,
/// with the similarity). A copy is another source of one article: the store's event queries and exports leave its
/// items out. Safe with several writers: the batch write calls it under the cross-article lock (a transaction-scoped
/// advisory lock in PostgreSQL, SQLite's single writer), after the batch's rows, so that of two copies written at once
/// one sees the other; <c>duplicates.doc_id</c> is the primary key, so a document is marked at most once.
/// </summary>
internal sealed class DuplicateMarker : IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly double _threshold;
    private readonly DbCommand _candidates;
    private readonly DbCommand _insertSignature;
    private readonly DbCommand _insertBuckets;
    private readonly DbCommand _insertDuplicate;
    private readonly DbCommand _text;
    private readonly DbCommand _repoint;

    public DuplicateMarker(DbConnection connection, DbTransaction transaction, double threshold = MinHash.DefaultThreshold)
    {
        _connection = connection;
        _transaction = transaction;
        _threshold = threshold;
        string buckets = string.Join(", ", Enumerable.Range(0, MinHash.Bands).Select(Bucket));
        _candidates = Command(
            $"""
            SELECT s.doc_id, s.signature, d.duplicate_of FROM doc_signatures s LEFT JOIN duplicates d ON d.doc_id = s.doc_id
            WHERE s.doc_id IN (SELECT doc_id FROM doc_buckets WHERE bucket IN ({buckets})) AND s.doc_id <> @doc
            """,
            ["@doc", .. Enumerable.Range(0, MinHash.Bands).Select(Bucket)]);
        _insertSignature = Command("INSERT INTO doc_signatures(doc_id, signature) VALUES (@doc, @sig) ON CONFLICT DO NOTHING", ["@doc", "@sig"]);
        var values = new StringBuilder();
        values.AppendJoin(", ", Enumerable.Range(0, MinHash.Bands).Select(b => $"({Bucket(b)}, @doc)"));
        _insertBuckets = Command($"INSERT INTO doc_buckets(bucket, doc_id) VALUES {values} ON CONFLICT DO NOTHING", ["@doc", .. Enumerable.Range(0, MinHash.Bands).Select(Bucket)]);
        _text = Command("SELECT text FROM documents WHERE doc_id = @doc", ["@doc"]);
        _insertDuplicate = Command("INSERT INTO duplicates(doc_id, duplicate_of, similarity) VALUES (@doc, @of, @sim) ON CONFLICT DO NOTHING", ["@doc", "@of", "@sim"]);
        _repoint = Command("UPDATE duplicates SET duplicate_of = @doc WHERE duplicate_of = @of", ["@doc", "@of"]);
    }

    /// <summary>
    /// Stores the signature of document <paramref name="documentId"/> and links it to the groups of copies it is similar
    /// to; returns null when it is like nothing stored, else its group's original, the best similarity, whether the
    /// document is itself that original, and the stored originals that became copies (<c>Demoted</c>). Which of a group
    /// is the original does not depend on the order documents arrive in (so that several workers, or a resumed ingest,
    /// give one ingest's store): it is the one with the lowest content id, and a document similar to two groups merges them.
    /// </summary>
    public (string Original, double Similarity, bool IsOriginal, IReadOnlyList<string> Demoted)? Mark(string documentId, string text)
    {
        if (MinHash.Signature(text) is not { } signature)
        {
            return null;
        }

        _candidates.Parameters[0].Value = documentId;
        _insertBuckets.Parameters[0].Value = documentId;
        for (int b = 0; b < MinHash.Bands; b++)
        {
            long bucket = MinHash.Bucket(signature, b);
            _candidates.Parameters[b + 1].Value = bucket;
            _insertBuckets.Parameters[b + 1].Value = bucket;
        }

        var similar = new List<DuplicateLinking.Candidate>();
        using (var r = _candidates.ExecuteReader())
        {
            while (r.Read())
            {
                double s = MinHash.Similarity(signature, MinHash.FromBytes((byte[])r.GetValue(1)));
                if (s >= _threshold)
                {
                    similar.Add(new(r.GetString(0), r.IsDBNull(2) ? r.GetString(0) : r.GetString(2), s));
                }
            }
        }

        long[]? figures = null;
        var link = DuplicateLinking.Decide(documentId, similar, candidate =>
        {
            figures ??= MinHash.Figures(text);
            _text.Parameters[0].Value = candidate;
            return _text.ExecuteScalar() is string other && MinHash.FiguresAgree(figures, MinHash.Figures(other));
        });

        _insertSignature.Parameters[0].Value = documentId;
        _insertSignature.Parameters[1].Value = MinHash.ToBytes(signature);
        _insertSignature.ExecuteNonQuery();
        _insertBuckets.ExecuteNonQuery();
        if (link is null)
        {
            return null;
        }

        foreach (var (group, similarity) in link.Demoted)
        {
            // The group's original and its copies become copies of the lower one.
            _repoint.Parameters[0].Value = link.Original;
            _repoint.Parameters[1].Value = group;
            _repoint.ExecuteNonQuery();
            Insert(group, link.Original, similarity);
        }

        if (!link.IsOriginal)
        {
            Insert(documentId, link.Original, link.OwnSimilarity);
        }

        return (link.Original, link.Similarity, link.IsOriginal, [.. link.Demoted.Select(d => d.Group)]);
    }

    private void Insert(string copy, string original, double similarity)
    {
        _insertDuplicate.Parameters[0].Value = copy;
        _insertDuplicate.Parameters[1].Value = original;
        _insertDuplicate.Parameters[2].Value = similarity;
        _insertDuplicate.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _candidates.Dispose();
        _insertSignature.Dispose();
        _insertBuckets.Dispose();
        _insertDuplicate.Dispose();
        _text.Dispose();
        _repoint.Dispose();
    }

    private static string Bucket(int band) => "@b" + band.ToString(CultureInfo.InvariantCulture);

    private DbCommand Command(string sql, IEnumerable<string> parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = _transaction;
        foreach (string name in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = DBNull.Value;
            cmd.Parameters.Add(p);
        }

        return cmd;
    }
}
