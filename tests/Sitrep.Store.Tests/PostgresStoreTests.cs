using Sitrep.Core.Record;
using Sitrep.Store.Postgres;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>The PostgreSQL store gives what the SQLite store gives: rows, reruns, replacement, queries, refusals.</summary>
public sealed class PostgresStoreTests
{
    private static readonly SitrepRecord[] s_all =
    [
        Records.Article("a.txt", Records.First),
        Records.Article("b.txt", Records.Second),
        Records.Article("c.txt", Records.Third, published: "2025-04-01"),
        Records.WithPrincipal(Records.Article("d.txt", "Port talks. Anna Kim said “the army will hold the port” for the army."), "e2"),
    ];

    [PostgresFact]
    public void Rows_reruns_and_stored_records_match_the_sqlite_store()
    {
        using var db = new TempDatabase();
        using var t = new TempStore();
        using var pg = PostgresRecordStore.Open(db.Url, forWriting: true);
        using var lite = SqliteRecordStore.Open(t.Path, forWriting: true);
        Assert.Equal(new BatchResult(s_all.Length, 0, 0), pg.Write(s_all));
        lite.Write(s_all);
        Assert.Equal(lite.Counts(), pg.Counts());
        Assert.Equal(new BatchResult(0, 0, s_all.Length), pg.Write(s_all));
        Assert.Equal(lite.Counts(), pg.Counts());
        Assert.Equal(lite.Records().Select(r => RecordWriter.ToJson(r, false)), pg.Records().Select(r => RecordWriter.ToJson(r, false)));
    }

    [PostgresFact]
    public void Queries_answer_as_on_sqlite()
    {
        using var db = new TempDatabase();
        using var t = new TempStore();
        using var pg = PostgresRecordStore.Open(db.Url, forWriting: true);
        using var lite = SqliteRecordStore.Open(t.Path, forWriting: true);
        pg.Write(s_all);
        lite.Write(s_all);
        StoreQuery[] queries =
        [
            new(QueryKind.People), new(QueryKind.Orgs), new(QueryKind.Quotes) { Who = "Kim" }, new(QueryKind.Quotes), new(QueryKind.Events) { Who = "Q42", Where = "MLT" },
            new(QueryKind.Events) { Where = "harbourtown", Since = "2025-03" }, new(QueryKind.Timeline) { Who = "Anna Kim" }, new(QueryKind.Findings) { Type = "date_conflict" },
        ];
        foreach (var q in queries)
        {
            var a = lite.Query(q);
            var b = pg.Query(q);
            Assert.Equal(a.Columns, b.Columns);
            Assert.Equal(a.Rows.Select(r => string.Join('|', r)).Order(), b.Rows.Select(r => string.Join('|', r)).Order());
        }

        var hit = Assert.Single(pg.Query(new StoreQuery(QueryKind.Search) { Text = "shelled port" }).Rows);
        Assert.Contains("[shelled]", (string)hit[3]!, StringComparison.Ordinal);
        Assert.Single(pg.Query(new StoreQuery(QueryKind.Quotes) { About = "deal" }).Rows);
        var quotes = pg.Query(new StoreQuery(QueryKind.Quotes) { Who = "Kim" });
        int principal = quotes.Columns.ToList().IndexOf("speaker_principal_name");
        Assert.Single(quotes.Rows, r => r[principal] as string == "Army");
    }

    [PostgresFact]
    public void A_store_of_an_older_schema_migrates_to_the_rows_of_a_fresh_one()
    {
        using var older = new TempDatabase();
        using var fresh = new TempDatabase();
        OlderStore.Postgres(older.Url, OlderStore.Before("speaker_principal"), s_all);
        using var migrated = PostgresRecordStore.Open(older.Url, forWriting: true);
        using var pg = PostgresRecordStore.Open(fresh.Url, forWriting: true);
        pg.Write(s_all);
        Assert.Equal(pg.Counts(), migrated.Counts());
        foreach (var q in new StoreQuery[] { new(QueryKind.Quotes), new(QueryKind.People), new(QueryKind.Orgs), new(QueryKind.Events) { Who = "Q42" } })
        {
            Assert.Equal(pg.Query(q).Rows.Select(r => string.Join('|', r)), migrated.Query(q).Rows.Select(r => string.Join('|', r)));
        }

        Assert.Equal(new BatchResult(0, 0, s_all.Length), migrated.Write(s_all));
    }

    [PostgresFact]
    public void A_changed_document_replaces_the_old_one_and_a_failed_batch_leaves_nothing()
    {
        using var db = new TempDatabase();
        using var pg = PostgresRecordStore.Open(db.Url, forWriting: true);
        var bad = s_all[1] with { Entities = [.. s_all[1].Entities, s_all[1].Entities[0]] };
        Assert.Throws<StoreException>(() => pg.Write([s_all[0], bad]));
        Assert.All(pg.Counts(), kv => Assert.Equal(0, kv.Value));
        pg.Write([s_all[0]]);
        var changed = Records.Article("a.txt", Records.First.Replace("dawn", "dusk", StringComparison.Ordinal));
        Assert.Equal(new BatchResult(0, 1, 0), pg.Write([changed]));
        Assert.Equal(1, pg.Counts()["documents"]);
        Assert.Empty(pg.Query(new StoreQuery(QueryKind.Search) { Text = "dawn" }).Rows);

        // The per-identity counts follow the replacement as on SQLite.
        var calm = Records.Article("a.txt", "Shelling in Harbourtown at dawn.");
        pg.Write([calm, s_all[3]]);
        using var t = new TempStore();
        using var lite = SqliteRecordStore.Open(t.Path, forWriting: true);
        lite.Write([s_all[0]]);
        lite.Write([changed]);
        lite.Write([calm, s_all[3]]);
        foreach (var q in new StoreQuery[] { new(QueryKind.People), new(QueryKind.Orgs), new(QueryKind.Events) { Who = "Kim" } })
        {
            Assert.Equal(lite.Query(q).Rows.Select(r => string.Join('|', r)), pg.Query(q).Rows.Select(r => string.Join('|', r)));
        }

        var people = pg.Query(new StoreQuery(QueryKind.People));
        Assert.Equal(1L, Assert.Single(people.Rows)[people.Columns.ToList().IndexOf("documents")]);
    }

    [PostgresFact]
    public void A_second_writer_a_foreign_database_and_a_newer_schema_are_refused()
    {
        using var db = new TempDatabase();
        using (var first = PostgresRecordStore.Open(db.Url, forWriting: true))
        {
            var ex = Assert.Throws<StoreException>(() => PostgresRecordStore.Open(db.Url, forWriting: true));
            Assert.Contains("another ingest", ex.Message, StringComparison.Ordinal);
        }

        db.Exec("UPDATE store_meta SET value = '99' WHERE key = 'schema_version'");
        Assert.Contains("newer Sitrep", Assert.Throws<StoreException>(() => PostgresRecordStore.Open(db.Url, forWriting: true)).Message, StringComparison.Ordinal);

        using var other = new TempDatabase();
        other.Exec("CREATE TABLE recipes(name TEXT)");
        Assert.Contains("not a Sitrep store", Assert.Throws<StoreException>(() => PostgresRecordStore.Open(other.Url, forWriting: true)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_server_is_one_line()
    {
        var ex = Assert.Throws<StoreException>(() => PostgresRecordStore.Open("postgres://nobody@127.0.0.1:1/none", forWriting: false));
        Assert.StartsWith("postgres://nobody@127.0.0.1:1/none: cannot use the PostgreSQL store", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Throws<StoreException>(() => PostgresRecordStore.ConnectionString("postgres:/nohost"));
    }
}
