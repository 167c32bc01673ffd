using Sitrep.Core.Record;
using Sitrep.Store.Postgres;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>Near-duplicates on write: a copy is marked with its original and similarity, and item queries and exports count it once.</summary>
public sealed class DuplicateTests
{
    private const string Story =
        "Shelling in Harbourtown. Anna Kim said “the army shelled the port at dawn” on Tuesday. Fishermen who were mending nets on the harbour " +
        "wall ran for cover as the first rounds landed near the customs house. The mayor said the water plant had been hit and that crews " +
        "would need two days to restore supplies. Aid groups asked both sides to let lorries through the northern checkpoint before nightfall.";

    // A syndicated copy: another headline and dateline, a boilerplate line, the last sentence trimmed.
    private static readonly string s_copy =
        "PORT SHELLED AT DAWN\nHARBOURTOWN (Wire) - " + Story[(Story.IndexOf('.', StringComparison.Ordinal) + 2)..Story.LastIndexOf(" Aid", StringComparison.Ordinal)] +
        "\nCopyright 2025 Wire Service. All rights reserved.";

    private const string Other =
        "Talks resume. Anna Kim met envoys in the capital on Wednesday; “we are close to a deal,” she said after four hours of meetings. " +
        "Diplomats said a draft would be circulated to both delegations, and that the question of prisoners remained open. The envoys " +
        "are expected to return next week with answers from their governments on the ceasefire lines and the exchange of prisoners.";

    // A templated daily report: the same words each day, other figures. Not a copy.
    private static string Market(int shortage, int drain, int help) =>
        $"Money market note. The central bank said it forecast a shortage of around {shortage} mln in the money market today. Among the main " +
        $"factors affecting liquidity, bills maturing in official hands and the take-up of treasury bills will drain some {drain} mln, while " +
        $"a rise in the note circulation will take out a further {help} mln. Banks' balances below target will add some 140 mln to the shortage, the bank said in its morning statement.";

    private static SitrepRecord[] Batch() => [Records.Article("a.txt", Story), Records.Article("b.txt", s_copy), Records.Article("c.txt", Other)];

    [Fact]
    public void A_copy_is_marked_and_counted_once_by_the_event_and_quote_queries()
    {
        using var t = new TempStore();
        using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
        Assert.Equal(new BatchResult(3, 0, 0, 1), store.Write(Batch()));
        var (original, similarity) = Assert.Single(store.Copies()).Value;
        Assert.Equal(RecordWriter.DocumentId(Story), original);
        Assert.InRange(similarity, MinHash_Threshold, 1.0);
        Assert.Single(store.Query(new StoreQuery(QueryKind.Events)).Rows);
        Assert.Equal(2, store.Query(new StoreQuery(QueryKind.Quotes) { Who = "Kim" }).Rows.Count);
        var dup = Assert.Single(store.Query(new StoreQuery(QueryKind.Duplicates)).Rows);
        Assert.Equal("b.txt", dup[1]);
        Assert.Equal(1L, store.Counts()["duplicates"]);

        // Rerun: nothing new, still one copy.
        Assert.Equal(new BatchResult(0, 0, 3, 0), store.Write(Batch()));
        Assert.Single(store.Copies());
    }

    [Fact]
    public void A_copy_of_a_copy_points_at_the_original_and_replacing_the_original_releases_its_copies()
    {
        // Of a set of copies, the original is the one with the lowest content id, in each of the six orders they can arrive in.
        (string File, string Text)[] set = [("a.txt", Story), ("b.txt", s_copy), ("d.txt", s_copy + "\nShare this article.")];
        var original = set.MinBy(x => RecordWriter.DocumentId(x.Text), StringComparer.Ordinal);
        IReadOnlyDictionary<string, (string Original, double Similarity)>? first = null;
        foreach (var order in new[] { set, [set[0], set[2], set[1]], [set[1], set[0], set[2]], [set[1], set[2], set[0]], [set[2], set[0], set[1]], set.Reverse().ToArray() })
        {
            using var t = new TempStore();
            using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
            foreach (var (file, text) in order)
            {
                store.Write([Records.Article(file, text)]);
            }

            Assert.All(store.Copies().Values, c => Assert.Equal(RecordWriter.DocumentId(original.Text), c.Original));
            Assert.Equal(2, store.Copies().Count);
            first ??= store.Copies();
            Assert.Equal(first.Keys.Order(StringComparer.Ordinal), store.Copies().Keys.Order(StringComparer.Ordinal)); // every order, one answer

            // The original's file now holds an unrelated text: no copy points at it any more.
            store.Write([Records.Article(original.File, Other)]);
            Assert.DoesNotContain(store.Copies().Values, c => c.Original == RecordWriter.DocumentId(original.Text));
        }
    }

    [Fact]
    public void Distinct_articles_on_one_subject_are_not_copies()
    {
        using var t = new TempStore();
        using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
        Assert.Equal(0, store.Write([Records.Article("a.txt", Story), Records.Article("c.txt", Other)]).Copies);
    }

    [Fact]
    public void Templated_reports_with_other_figures_are_not_copies()
    {
        using var t = new TempStore();
        using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
        var result = store.Write([Records.Article("mon.txt", Market(450, 650, 210)), Records.Article("tue.txt", Market(800, 1610, 95)), Records.Article("tue-wire.txt", "WIRE - " + Market(800, 1610, 95))]);
        Assert.Equal(1, result.Copies);
        Assert.Equal("tue-wire.txt", Assert.Single(store.Query(new StoreQuery(QueryKind.Duplicates)).Rows)[1]);
    }

    [PostgresFact]
    public void Concurrent_writers_mark_exactly_one_original()
    {
        using var db = new TempDatabase();
        using (PostgresRecordStore.Open(db.Url, forWriting: true))
        {
            // creates the schema
        }

        // Eight writers on their own connections, each writing one copy of the story at the same moment.
        var texts = Enumerable.Range(0, 8).Select(i => s_copy + $"\nRelayed by outlet {i}.").ToArray();
        using var go = new Barrier(texts.Length);
        var stores = texts.Select(_ => Writer(db.Url)).ToArray();
        try
        {
            Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = texts.Length }, i =>
            {
                go.SignalAndWait();
                stores[i].Write([Records.Article($"outlet{i}.txt", texts[i])]);
            });
        }
        finally
        {
            foreach (var s in stores)
            {
                s.Dispose();
            }
        }

        using var read = PostgresRecordStore.Open(db.Url, forWriting: false);
        Assert.Equal(8L, read.Counts()["documents"]);
        var copies = read.Copies();
        Assert.Equal(7, copies.Count);
        Assert.Single(copies.Values.Select(c => c.Original).Distinct());
    }

    private const double MinHash_Threshold = Core.Text.MinHash.DefaultThreshold;

    // The writer's session lock refuses a second ingest; workers (as these) write through their own store objects
    // opened for reading the schema, so the test opens them read-only and writes through the shared Write path.
    private static PostgresRecordStore Writer(string url) => PostgresRecordStore.Open(url, forWriting: false);
}
