using System.Globalization;
using Sitrep.Core.Record;
using Sitrep.Store.Postgres;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>
/// Writers side by side (the cluster's workers): the same documents written by several shared writers at once, in
/// different orders and overlapping, give the rows of one writer; an identity's name does not depend on the order.
/// </summary>
public sealed class ConcurrentWriterTests
{
    /// <summary>Forty reports naming Anna Kim, every fourth in capitals ("ANNA KIM"): one identity, named "Anna Kim".</summary>
    private static readonly SitrepRecord[] s_reports = [.. Enumerable.Range(0, 40).Select(i =>
    {
        var r = Records.Article($"report-{i}.txt", string.Create(CultureInfo.InvariantCulture, $"Report {i}. Anna Kim said “the army shelled the port at dawn” in Harbourtown."));
        return i % 4 == 0 ? r with { Entities = [.. r.Entities.Select(e => e.Type == "PERSON" ? e with { Name = "ANNA KIM" } : e)] } : r;
    })];

    [Fact]
    public void An_identity_is_named_by_its_most_frequent_name_whatever_the_order()
    {
        foreach (var order in new[] { s_reports, s_reports.Reverse().ToArray() })
        {
            using var t = new TempStore();
            using var s = SqliteRecordStore.Open(t.Path, forWriting: true);
            foreach (var r in order)
            {
                s.Write([r]);
            }

            Assert.Equal("Anna Kim", Person(s));
        }
    }

    [Fact]
    public void A_replaced_document_takes_its_names_out_of_the_count()
    {
        using var t = new TempStore();
        using var s = SqliteRecordStore.Open(t.Path, forWriting: true);
        var upper = s_reports.Where((_, i) => i % 4 == 0).ToArray();
        s.Write([.. upper, s_reports[1]]);
        Assert.Equal("ANNA KIM", Person(s));
        // The capitalised reports change (same sources, other text, the name now as usual): "Anna Kim" wins.
        s.Write([.. upper.Select(r => Records.Article(r.Document.Source, r.Document.Text.Replace("Report", "Update", StringComparison.Ordinal)))]);
        Assert.Equal("Anna Kim", Person(s));
        Assert.Equal(s.Counts()["entities"], Sum(s, "SELECT sum(entities) FROM identity_names"));
    }

    [PostgresFact]
    public void Four_shared_writers_of_overlapping_batches_give_the_rows_of_one_writer()
    {
        using var t = new TempStore();
        using var one = SqliteRecordStore.Open(t.Path, forWriting: true);
        one.Write(s_reports);
        using var db = new TempDatabase();
        using (PostgresRecordStore.Open(db.Url, forWriting: true, shared: true))
        {
            // Created and migrated once; the writers below then open it together.
        }

        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            using var s = PostgresRecordStore.Open(db.Url, forWriting: true, shared: true);
            var mine = w % 2 == 0 ? s_reports : [.. s_reports.Reverse()];
            foreach (var batch in mine.Chunk(5 + w))
            {
                s.Write(batch, [.. batch.Select(r => new MessageReceipt(r.Document.Id, r.Document.Id, 1, "w" + w))]);
            }
        })).ToArray();
        Task.WaitAll(writers);

        using var pg = PostgresRecordStore.Open(db.Url, forWriting: false);
        Assert.Equal(one.Counts(), pg.Counts());
        Assert.Equal("Anna Kim", Person(pg));
        var people = new StoreQuery(QueryKind.People);
        Assert.Equal(one.Query(people).Rows.Select(r => string.Join('|', r)), pg.Query(people).Rows.Select(r => string.Join('|', r)));
        Assert.Equal(s_reports.Length, ((IMessageLedger)pg).Ledger(TimeSpan.FromHours(1)).Total);
        Assert.Equal(s_reports.Length, ((IMessageLedger)pg).Received([.. s_reports.Select(r => r.Document.Id), "unknown"]).Count);
    }

    [PostgresFact]
    public void An_ingest_and_workers_keep_out_of_each_others_way()
    {
        using var db = new TempDatabase();
        using (var worker = PostgresRecordStore.Open(db.Url, forWriting: true, shared: true))
        {
            using var second = PostgresRecordStore.Open(db.Url, forWriting: true, shared: true);
            Assert.Contains("or a worker", Assert.Throws<StoreException>(() => PostgresRecordStore.Open(db.Url, forWriting: true)).Message, StringComparison.Ordinal);
        }

        using var ingest = PostgresRecordStore.Open(db.Url, forWriting: true);
        Assert.Contains("an ingest is writing", Assert.Throws<StoreException>(() => PostgresRecordStore.Open(db.Url, forWriting: true, shared: true)).Message, StringComparison.Ordinal);
    }

    private static string Person(IRecordStore s) => (string)Assert.Single(s.Query(new StoreQuery(QueryKind.People)).Rows)[1]!;

    private static long Sum(SqliteRecordStore s, string sql)
    {
        using var cmd = s.Command(sql, null, 0);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
