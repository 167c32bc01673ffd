using System.Data.Common;
using System.Globalization;
using System.Text;
using Sitrep.Core.Record;

namespace Sitrep.Store.Sql;

/// <summary>
/// What the SQL backends share: the batch write (skip, replace, insert every row of <see cref="RecordRows"/> in one
/// transaction, then the cross-article steps), deletes, counts, stored records, the queue ledger and the queries. A
/// backend opens the connection, checks and migrates the schema, says how its full-text index is kept
/// (<see cref="AfterInsert"/>, <see cref="BeforeDelete"/>) and how concurrent writers are kept apart
/// (<see cref="LockDocuments"/>, <see cref="LockCrossArticle"/>).
/// </summary>
public abstract class SqlRecordStore : IRecordStore, IMessageLedger
{
    private protected SqlRecordStore(string name, DbConnection connection)
    {
        Name = name;
        Connection = connection;
    }

    public string Name { get; }

    /// <summary>Stories are kept as documents are written when set (<see cref="StoryStep"/>); without it new documents join no story.</summary>
    public StoryOptions? Stories { get; set; }

    private protected DbConnection Connection { get; }

    /// <summary>The stored articles' story vectors, kept between batches.</summary>
    private readonly StoryIndex _storyIndex = new();

    private protected abstract SqlDialect Dialect { get; }

    /// <summary>SQL run after a row of <paramref name="table"/> is inserted with parameters @p0…; "" when none.</summary>
    private protected virtual string AfterInsert(string table) => "";

    /// <summary>SQL run before the rows of document @p0 are deleted; "" when none.</summary>
    private protected virtual string BeforeDelete => "";

    /// <summary>The one-line message of a database error.</summary>
    private protected abstract string Describe(DbException ex);

    /// <summary>
    /// Called at the start of a batch's transaction with the content ids and sources it writes: a backend with
    /// concurrent writers makes a second writer of the same document wait here until the first commits (so that it
    /// then finds the document stored and skips it). Nothing to do for a single writer.
    /// </summary>
    private protected virtual void LockDocuments(DbTransaction tx, IReadOnlyCollection<string> keys)
    {
    }

    /// <summary>Called before the cross-article steps: a backend with concurrent writers serialises the steps here until commit.</summary>
    private protected virtual void LockCrossArticle(DbTransaction tx)
    {
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> StoredDocuments()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var cmd = Command("SELECT doc_id, pipeline FROM documents", null, 0);
        using var r = Guard(cmd.ExecuteReader);
        while (r.Read())
        {
            result[r.GetString(0)] = r.GetString(1);
        }

        return result;
    }

    /// <inheritdoc/>
    public BatchResult Write(IReadOnlyList<SitrepRecord> records, bool replaceOtherPipelines = false) => Write(records, replaceOtherPipelines, []);

    /// <inheritdoc/>
    public BatchResult Write(IReadOnlyList<SitrepRecord> records, IReadOnlyList<MessageReceipt> receipts) => Write(records, false, receipts);

    private BatchResult Write(IReadOnlyList<SitrepRecord> records, bool replaceOtherPipelines, IReadOnlyList<MessageReceipt> receipts)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(receipts);
        int added = 0, replaced = 0, skipped = 0, copies = 0;
        var inserts = new Dictionary<string, DbCommand>(StringComparer.Ordinal);
        var counts = new CountStep();
        var stories = new StoryStep(Stories, _storyIndex);
        var incidents = new IncidentStep();
        ICrossArticleStep[] steps = [new IdentityStep(Dialect), counts, stories, incidents];
        bool committed = false;
        try
        {
            if (Connection.State != System.Data.ConnectionState.Open)
            {
                throw new StoreException($"{Name}: the connection to the store is closed (lost)");
            }

            var all = records.Select(r => new RecordRows(r)).ToList();
            stories.Prepare(records);
            using var tx = Connection.BeginTransaction();
            LockDocuments(tx, [.. all.Select(r => "doc:" + r.DocumentId).Concat(all.Select(r => "source:" + r.Source))]);
            using var find = Command("SELECT pipeline FROM documents WHERE doc_id = @p0", tx, 1);
            using var bySource = Command("SELECT doc_id FROM documents WHERE source = @p0 AND doc_id <> @p1", tx, 2);
            using var delete = Command(BeforeDelete + string.Concat(StoreSchema.ItemTables.Select(t => $"DELETE FROM {t} WHERE doc_id = @p0;")) + "DELETE FROM duplicates WHERE duplicate_of = @p0;DELETE FROM documents WHERE doc_id = @p0;", tx, 1);
            var written = new List<int>();
            for (int k = 0; k < all.Count; k++)
            {
                var rows = all[k];
                find.Parameters[0].Value = rows.DocumentId;
                bool replace = false;
                if (find.ExecuteScalar() is string stored)
                {
                    if (stored == rows.Pipeline || !replaceOtherPipelines)
                    {
                        skipped++;
                        continue;
                    }

                    replace = true;
                }

                var stale = new List<string>();
                bySource.Parameters[0].Value = rows.Source;
                bySource.Parameters[1].Value = rows.DocumentId;
                using (var r = bySource.ExecuteReader())
                {
                    while (r.Read())
                    {
                        stale.Add(r.GetString(0));
                    }
                }

                if (replace)
                {
                    stale.Add(rows.DocumentId);
                }

                foreach (string old in stale)
                {
                    foreach (var step in steps)
                    {
                        step.Removing(this, tx, old);
                    }

                    delete.Parameters[0].Value = old;
                    delete.ExecuteNonQuery();
                }

                if (stale.Count > 0)
                {
                    replaced++;
                }
                else
                {
                    added++;
                }

                foreach (var step in steps)
                {
                    step.Added(rows);
                }

                if (Connection.CanCreateBatch)
                {
                    InsertBatch(rows, tx);
                }
                else
                {
                    foreach (var (table, values) in rows.Rows.Where(r => !CrossArticle(r.Table)))
                    {
                        if (!inserts.TryGetValue(table, out var insert))
                        {
                            insert = Command(InsertSql(table), tx, RecordRows.Columns[table].Length);
                            inserts[table] = insert;
                        }

                        for (int i = 0; i < values.Length; i++)
                        {
                            insert.Parameters[i].Value = values[i] ?? DBNull.Value;
                        }

                        insert.ExecuteNonQuery();
                    }
                }

                written.Add(k);
            }

            string receipt = $"INSERT INTO queue_messages(msg_id, doc_id, stream_seq, worker, processed_at) VALUES (@p0, @p1, @p2, @p3, {Dialect.NowMillis}) ON CONFLICT DO NOTHING";
            Execute([.. receipts.Select(m => (receipt, new object?[] { m.MessageId, m.DocumentId, m.StreamSequence, m.Worker }))], tx);

            if (added + replaced > 0)
            {
                // Near-duplicates are cross-article work too: marked under the same lock, after the batch's rows, so
                // that a writer holds the lock only for the marking and the steps, not while it inserts.
                LockCrossArticle(tx);
                using var marker = new DuplicateMarker(Connection, tx);
                foreach (int k in written)
                {
                    if (marker.Mark(all[k].DocumentId, records[k].Document.Text) is { } mark)
                    {
                        foreach (string demoted in mark.Demoted)
                        {
                            copies++;
                            counts.Demoted(this, tx, demoted); // a stored original became a copy of a lower one
                            stories.Demoted(demoted);
                            incidents.Demoted(demoted);
                        }

                        if (!mark.IsOriginal)
                        {
                            copies++;
                            counts.Copied(all[k]);
                            stories.Copied(all[k]);
                        }
                    }
                }

                foreach (var step in steps)
                {
                    step.Apply(this, tx);
                }
            }

            tx.Commit();
            committed = true;
        }
        catch (DbException ex)
        {
            throw new StoreException(Describe(ex), ex);
        }
        finally
        {
            if (!committed)
            {
                _storyIndex.Reset(); // it may hold the batch's articles and removals: read it again from what is committed
            }

            foreach (var c in inserts.Values)
            {
                c.Dispose();
            }
        }

        return new BatchResult(added, replaced, skipped, copies);
    }

    /// <summary>Rows the cross-article steps write under the cross-article lock (<see cref="IdentityStep"/>, <see cref="CountStep"/>).</summary>
    private static bool CrossArticle(string table) => table is "identities" or "entity_counts" or "speaker_counts";

    /// <summary>Every row of one document in one round trip (where the provider batches, as Npgsql does), but those of the cross-article steps.</summary>
    private void InsertBatch(RecordRows rows, DbTransaction tx)
        => Execute([.. rows.Rows.Where(r => !CrossArticle(r.Table)).Select(r => (InsertSql(r.Table), r.Values))], tx);

    /// <summary>Runs statements with parameters @p0… in one round trip where the provider batches (Npgsql), else one by one.</summary>
    internal void Execute(IReadOnlyList<(string Sql, object?[] Values)> statements, DbTransaction tx)
    {
        if (statements.Count == 0)
        {
            return;
        }

        if (!Connection.CanCreateBatch)
        {
            foreach (var (sql, values) in statements)
            {
                using var one = Command(sql, tx, values.Length);
                for (int i = 0; i < values.Length; i++)
                {
                    one.Parameters[i].Value = values[i] ?? DBNull.Value;
                }

                one.ExecuteNonQuery();
            }

            return;
        }

        using var batch = Connection.CreateBatch();
        batch.Transaction = tx;
        foreach (var (sql, values) in statements)
        {
            var cmd = batch.CreateBatchCommand();
            cmd.CommandText = sql;
            for (int i = 0; i < values.Length; i++)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
                p.Value = values[i] ?? DBNull.Value;
                cmd.Parameters.Add(p);
            }

            batch.BatchCommands.Add(cmd);
        }

        batch.ExecuteNonQuery();
    }

    private string InsertSql(string table)
    {
        string[] cols = RecordRows.Columns[table];
        var sql = new StringBuilder("INSERT INTO ").Append(table).Append('(').AppendJoin(", ", cols).Append(") VALUES (");
        sql.AppendJoin(", ", cols.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture))).Append(')');
        sql.Append(AfterInsert(table));
        return sql.ToString();
    }

    /// <inheritdoc/>
    public RecordCorrection AddCorrection(string documentId, RecordCorrection correction)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(correction);
        using var cmd = Command(
            "INSERT INTO corrections(doc_id, item, item_id, action, field, machine, value, note, created) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8) RETURNING id",
            null, 9);
        object?[] values = [documentId, correction.Item, correction.ItemId, correction.Action, correction.Field, correction.Machine, correction.Value, correction.Note, correction.Created];
        for (int i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        long id = Convert.ToInt64(Guard(cmd.ExecuteScalar), CultureInfo.InvariantCulture);
        return correction with { Id = id };
    }

    /// <inheritdoc/>
    public IReadOnlyList<RecordCorrection> Corrections(string documentId)
    {
        using var cmd = Command("SELECT id, item, item_id, action, field, machine, value, note, created FROM corrections WHERE doc_id = @p0 ORDER BY id", null, 1);
        cmd.Parameters[0].Value = documentId;
        using var r = Guard(cmd.ExecuteReader);
        var list = new List<RecordCorrection>();
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        while (r.Read())
        {
            list.Add(new RecordCorrection
            {
                Id = r.GetInt64(0), Item = r.GetString(1), ItemId = r.GetString(2), Action = r.GetString(3), Field = Text(4),
                Machine = Text(5), Value = Text(6), Note = Text(7), Created = r.GetString(8),
            });
        }

        return list;
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, (string Original, double Similarity)> Copies()
    {
        var result = new Dictionary<string, (string, double)>(StringComparer.Ordinal);
        using var cmd = Command("SELECT doc_id, duplicate_of, similarity FROM duplicates", null, 0);
        using var r = Guard(cmd.ExecuteReader);
        while (r.Read())
        {
            result[r.GetString(0)] = (r.GetString(1), r.GetDouble(2));
        }

        return result;
    }

    /// <summary>The stories the stored articles make under <paramref name="rule"/>, largest first, without embedding again (<see cref="StoryIndex.Replay"/>).</summary>
    public IReadOnlyList<IReadOnlyList<string>> ReplayStories(StoryRule rule) => StoryIndex.Replay(this, rule);

    /// <summary>The stored headline and date of each of <paramref name="documentIds"/> (null when not stored).</summary>
    public IReadOnlyList<(string? Title, string? Date)> Headings(IReadOnlyList<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        using var cmd = Command("SELECT title, date FROM documents WHERE doc_id = @p0", null, 1);
        var result = new List<(string?, string?)>(documentIds.Count);
        foreach (string id in documentIds)
        {
            cmd.Parameters[0].Value = id;
            using var r = Guard(cmd.ExecuteReader);
            result.Add(r.Read() ? (r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)) : (null, null));
        }

        return result;
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> StoryDocuments(string story)
    {
        try
        {
            return StoryQueries.Documents(Connection, story);
        }
        catch (DbException ex)
        {
            throw new StoreException(Describe(ex), ex);
        }
    }

    /// <inheritdoc/>
    public IReadOnlySet<string> SeenItems(string feed)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Command("SELECT item FROM feed_items WHERE feed = @p0", null, 1);
        cmd.Parameters[0].Value = feed;
        using var r = Guard(cmd.ExecuteReader);
        while (r.Read())
        {
            result.Add(r.GetString(0));
        }

        return result;
    }

    /// <inheritdoc/>
    public void MarkSeen(string feed, IEnumerable<(string Item, string? DocumentId)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        try
        {
            using var tx = Connection.BeginTransaction();
            using var insert = Command("INSERT INTO feed_items(feed, item, doc_id, seen) VALUES (@p0, @p1, @p2, @p3) ON CONFLICT DO NOTHING", tx, 4);
            insert.Parameters[0].Value = feed;
            insert.Parameters[3].Value = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            foreach (var (item, doc) in items)
            {
                insert.Parameters[1].Value = item;
                insert.Parameters[2].Value = (object?)doc ?? DBNull.Value;
                insert.ExecuteNonQuery();
            }

            tx.Commit();
        }
        catch (DbException ex)
        {
            throw new StoreException(Describe(ex), ex);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, long> Counts()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string t in StoreSchema.CountedTables)
        {
            using var cmd = Command($"SELECT count(*) FROM {t}", null, 0);
            counts[t] = Convert.ToInt64(Guard(cmd.ExecuteScalar), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <inheritdoc/>
    public IReadOnlySet<string> Received(IReadOnlyCollection<string> messageIds)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var found = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Command("SELECT 1 FROM queue_messages WHERE msg_id = @p0", null, 1);
        foreach (string id in messageIds)
        {
            cmd.Parameters[0].Value = id;
            if (Guard(cmd.ExecuteScalar) is not null)
            {
                found.Add(id);
            }
        }

        return found;
    }

    /// <inheritdoc/>
    public LedgerCounts Ledger(TimeSpan window)
    {
        using var cmd = Command(
            $"SELECT count(*), coalesce(sum(CASE WHEN processed_at >= {Dialect.NowMillis} - @p0 THEN 1 ELSE 0 END), 0) FROM queue_messages", null, 1);
        cmd.Parameters[0].Value = (long)window.TotalMilliseconds;
        using var r = Guard(cmd.ExecuteReader);
        r.Read();
        return new LedgerCounts(Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(r.GetValue(1), CultureInfo.InvariantCulture), window);
    }

    /// <inheritdoc/>
    public SitrepRecord? Record(string documentId)
    {
        using var cmd = Command("SELECT record, text FROM documents WHERE doc_id = @p0", null, 1);
        cmd.Parameters[0].Value = documentId;
        using var r = Guard(cmd.ExecuteReader);
        return r.Read() ? RecordRows.Restore(r.GetString(0), r.GetString(1)) : null;
    }

    /// <inheritdoc/>
    public IEnumerable<SitrepRecord> Records()
    {
        using var cmd = Command("SELECT record, text FROM documents ORDER BY id", null, 0);
        using var r = Guard(cmd.ExecuteReader);
        while (r.Read())
        {
            yield return RecordRows.Restore(r.GetString(0), r.GetString(1));
        }
    }

    /// <inheritdoc/>
    public QueryResult Query(StoreQuery query) => StoreQueries.Run(Connection, Dialect, query);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Connection.Dispose();
        }
    }

    internal DbCommand Command(string sql, DbTransaction? tx, int parameters)
    {
        var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        for (int i = 0; i < parameters; i++)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            p.Value = DBNull.Value;
            cmd.Parameters.Add(p);
        }

        return cmd;
    }

    private T Guard<T>(Func<T> run)
    {
        try
        {
            return run();
        }
        catch (DbException ex)
        {
            throw new StoreException(Describe(ex), ex);
        }
    }
}
