using Microsoft.Data.Sqlite;
using Sitrep.Core.Record;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>The SQLite store: idempotent, transactional batches, replacement, and one-line refusals of bad stores.</summary>
public sealed class SqliteStoreTests
{
    private static readonly SitrepRecord[] s_all =
    [
        Records.Article("a.txt", Records.First),
        Records.Article("b.txt", Records.Second),
        Records.Article("c.txt", Records.Third, published: null),
    ];

    private static string Dump(SqliteRecordStore store)
        => string.Join('\n', store.Records().Select(r => RecordWriter.ToJson(r, indented: false)))
           + string.Join(',', store.Counts().Select(kv => $"{kv.Key}={kv.Value}"));

    [Fact]
    public void A_rerun_adds_nothing()
    {
        using var t = new TempStore();
        using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
        Assert.Equal(new BatchResult(3, 0, 0), store.Write(s_all));
        var counts = store.Counts();
        Assert.Equal(3, counts["documents"]);
        Assert.Equal(2, counts["quotes"]);
        Assert.Equal(new BatchResult(0, 0, 3), store.Write(s_all));
        Assert.Equal(counts, store.Counts());
        Assert.Equal(s_all.Select(r => r.Document.Id).Order(), store.StoredDocuments().Keys.Order());
    }

    [Fact]
    public void The_stored_record_is_the_written_one()
    {
        using var t = new TempStore();
        using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
        store.Write(s_all);
        foreach (var r in s_all)
        {
            Assert.Equal(RecordWriter.ToJson(r, indented: false), RecordWriter.ToJson(store.Record(r.Document.Id)!, indented: false));
        }

        Assert.Null(store.Record("0000000000000000"));
    }

    [Fact]
    public void A_killed_ingest_resumed_gives_the_rows_of_a_clean_run()
    {
        using var t = new TempStore();
        string clean;
        using (var store = SqliteRecordStore.Open(t.Path, forWriting: true))
        {
            store.Write(s_all);
            clean = Dump(store);
        }

        string resumed = Path.Combine(t.Dir, "resumed.db");
        using (var store = SqliteRecordStore.Open(resumed, forWriting: true))
        {
            store.Write(s_all[..1]);
        }

        // The first batch was committed; the "killed" process is gone. A rerun of everything completes the store.
        using (var store = SqliteRecordStore.Open(resumed, forWriting: true))
        {
            Assert.Equal(new BatchResult(2, 0, 1), store.Write(s_all));
            Assert.Equal(clean, Dump(store));
        }
    }

    [Fact]
    public void A_failed_batch_leaves_nothing_behind()
    {
        using var t = new TempStore();
        using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
        var good = s_all[0];
        var bad = s_all[1] with { Entities = [.. s_all[1].Entities, s_all[1].Entities[0]] }; // the same entity id twice
        Assert.Throws<StoreException>(() => store.Write([good, bad]));
        Assert.All(store.Counts(), kv => Assert.Equal(0, kv.Value));
        Assert.Equal(new BatchResult(1, 0, 0), store.Write([good]));
    }

    [Fact]
    public void A_changed_document_replaces_the_old_one_and_its_search_entries()
    {
        using var t = new TempStore();
        using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
        store.Write([Records.Article("a.txt", Records.First)]);
        var changed = Records.Article("a.txt", Records.First.Replace("dawn", "dusk", StringComparison.Ordinal));
        Assert.Equal(new BatchResult(0, 1, 0), store.Write([changed]));
        Assert.Equal(1, store.Counts()["documents"]);
        Assert.Equal(1, store.Counts()["quotes"]);
        Assert.Single(store.Query(new StoreQuery(QueryKind.Search) { Text = "dusk" }).Rows);
        Assert.Empty(store.Query(new StoreQuery(QueryKind.Search) { Text = "dawn" }).Rows);
        Assert.Empty(store.Query(new StoreQuery(QueryKind.Quotes) { About = "dawn" }).Rows);
    }

    [Fact]
    public void The_counts_kept_at_ingest_equal_the_rows_after_adds_replacements_and_reruns()
    {
        const string Kept = """
            SELECT 'e' || type || identity || ':' || documents || ':' || mentions FROM entity_counts
            UNION ALL SELECT 's' || identity || ':' || quotes FROM speaker_counts ORDER BY 1
            """;
        const string FromRows = """
            SELECT 'e' || type || identity || ':' || count(*) || ':' || sum(mention_count) FROM entities GROUP BY type, identity
            UNION ALL SELECT 's' || speaker_identity || ':' || count(*) FROM quotes WHERE speaker_identity IS NOT NULL GROUP BY speaker_identity ORDER BY 1
            """;
        using var t = new TempStore();
        using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
        store.Write(s_all);
        store.Write([Records.Article("d.txt", "Army news. Anna Kim and the army met in Harbourtown; “fine,” she said.")]);
        Assert.Equal(Column(t.Path, FromRows), Column(t.Path, Kept));
        Assert.Contains("ePERSONPERSON:anna kim:3:3", Column(t.Path, Kept));

        // Anna Kim leaves b.txt; the army leaves a.txt: one count falls, the other row goes.
        store.Write([Records.Article("b.txt", "Talks resume. Envoys met; “we are close to a deal,” one said."), Records.Article("a.txt", "Shelling in Harbourtown at dawn.")]);
        store.Write([.. s_all.Skip(2)]);
        Assert.Equal(Column(t.Path, FromRows), Column(t.Path, Kept));
        Assert.Contains("ePERSONPERSON:anna kim:1:1", Column(t.Path, Kept));
        var person = Assert.Single(store.Query(new StoreQuery(QueryKind.People)).Rows);
        Assert.Equal(new object?[] { "PERSON:anna kim", "Anna Kim", null, "Anna Kim", 1L, 1L, 1L }, person); // identity, name, kb id, aliases, documents, mentions, quotes
    }

    private static List<string> Column(string path, string sql)
    {
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        return OlderStore.Strings(c, sql);
    }

    [Fact]
    public void A_record_from_another_pipeline_is_skipped_or_on_request_replaces_the_stored_one()
    {
        using var t = new TempStore();
        using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
        store.Write(s_all);
        var counts = store.Counts();
        var newer = s_all[0] with { Pipeline = Records.Pipeline with { Code = "c2" } };
        Assert.Equal(new BatchResult(0, 0, 1), store.Write([newer]));
        Assert.Equal("c1", store.Record(newer.Document.Id)!.Pipeline!.Code);
        Assert.Equal(new BatchResult(0, 1, 0), store.Write([newer], replaceOtherPipelines: true));
        Assert.Equal(counts, store.Counts());
        Assert.Equal("c2", store.Record(newer.Document.Id)!.Pipeline!.Code);
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_refused_and_left_alone()
    {
        using var t = new TempStore();
        File.WriteAllText(t.Path, "just some notes, not a database\n");
        var ex = Assert.Throws<StoreException>(() => SqliteRecordStore.Open(t.Path, forWriting: true));
        Assert.Contains("not a Sitrep store", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Equal("just some notes, not a database\n", File.ReadAllText(t.Path));
    }

    [Fact]
    public void Another_sqlite_database_is_refused()
    {
        using var t = new TempStore();
        using (var c = new SqliteConnection($"Data Source={t.Path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE recipes(name TEXT)";
            cmd.ExecuteNonQuery();
        }

        var ex = Assert.Throws<StoreException>(() => SqliteRecordStore.Open(t.Path, forWriting: true));
        Assert.Contains("not a Sitrep store", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_from_a_newer_schema_is_refused()
    {
        using var t = new TempStore();
        SqliteRecordStore.Open(t.Path, forWriting: true).Dispose();
        using (var c = new SqliteConnection($"Data Source={t.Path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE store_meta SET value = '99' WHERE key = 'schema_version'";
            cmd.ExecuteNonQuery();
        }

        var ex = Assert.Throws<StoreException>(() => SqliteRecordStore.Open(t.Path, forWriting: true));
        Assert.Contains("newer Sitrep (store schema 99", ex.Message, StringComparison.Ordinal);
        Assert.Throws<StoreException>(() => SqliteRecordStore.Open(t.Path, forWriting: false));
    }

    [Fact]
    public void A_corrupt_store_is_refused_with_one_line()
    {
        using var t = new TempStore();
        using (var store = SqliteRecordStore.Open(t.Path, forWriting: true))
        {
            store.Write(s_all);
        }

        var bytes = File.ReadAllBytes(t.Path);
        for (int i = 100; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 31);
        }

        File.WriteAllBytes(t.Path, bytes);
        var ex = Assert.Throws<StoreException>(() =>
        {
            using var s = SqliteRecordStore.Open(t.Path, forWriting: false);
            s.Counts();
        });
        Assert.Contains(t.Path, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void A_missing_directory_or_store_is_one_line()
    {
        using var t = new TempStore();
        var ex = Assert.Throws<StoreException>(() => SqliteRecordStore.Open(Path.Combine(t.Dir, "no", "such", "x.db"), forWriting: true));
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
        var read = Assert.Throws<StoreException>(() => SqliteRecordStore.Open(t.Path, forWriting: false));
        Assert.Contains("no such store", read.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(t.Path));
    }

    [Fact]
    public void A_second_writer_is_refused_while_the_first_writes()
    {
        using var t = new TempStore();
        using (var first = SqliteRecordStore.Open(t.Path, forWriting: true))
        {
            var ex = Assert.Throws<StoreException>(() => SqliteRecordStore.Open(t.Path, forWriting: true));
            Assert.Contains("another ingest", ex.Message, StringComparison.Ordinal);
            using var reader = SqliteRecordStore.Open(t.Path, forWriting: false);
            first.Write(s_all);
            Assert.Equal(3, reader.Counts()["documents"]);
        }

        using var again = SqliteRecordStore.Open(t.Path, forWriting: true);
        Assert.Equal(new BatchResult(0, 0, 3), again.Write(s_all));
    }
}
