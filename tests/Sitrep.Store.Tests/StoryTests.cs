using Sitrep.Core.Record;
using Sitrep.Core.Text;
using Sitrep.Store.Postgres;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>Stories kept on write: linked articles share a story named by their lowest content id, whatever the order; copies join their original's.</summary>
public sealed class StoryTests
{
    // Word sets: an article made of two sets is as like another sharing one of them as cosine 0.5, and unlike one sharing none.
    private static readonly string[] s_sets =
    [
        "harbour shelling fishermen customs wharf cranes",
        "mayor water plant crews supplies restore pumping",
        "lorries checkpoint convoy northern nightfall drivers",
        "envoys capital ceasefire prisoners delegations draft",
        "orchestra violin concert festival premiere audience",
    ];

    private static readonly StoryOptions s_options = new(new WordEmbedder()) { Rule = new StoryRule { Similarity = 0.4, SimilarityWithEntity = 0.3, Days = 3, LeadWords = 60 } };

    private static string Text(string title, params int[] sets) => title + ". " + string.Join(" and ", sets.Select(i => s_sets[i])) + " were reported on Tuesday.";

    private static SitrepRecord Article(string source, string title, params int[] sets) => Records.Article(source, Text(title, sets));

    private static Dictionary<string, string> StoryOf(SqliteRecordStore store)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in store.Query(new StoreQuery(QueryKind.Stories) { Limit = 1000 }).Rows)
        {
            foreach (string doc in store.StoryDocuments((string)row[0]!))
            {
                result[doc] = (string)row[0]!;
            }
        }

        return result;
    }

    [Fact]
    public void Linked_articles_share_a_story_and_a_copy_joins_its_original()
    {
        using var t = new TempStore();
        using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
        store.Stories = s_options;
        string story = DuplicateStory;
        var original = Records.Article("a.txt", story);
        var copy = Records.Article("b.txt", "PORT SHELLED\n" + story + "\nCopyright Wire Service.");
        var other = Article("c.txt", "Concert", 4);
        var related = Records.Article("d.txt", "Harbour shelled. Anna Kim said “the army hit the water plant” as fishermen at the harbour wall and the mayor of " +
            "Harbourtown counted damage to the customs house; crews, lorries and aid groups waited at the northern checkpoint.");
        Assert.Equal(1, store.Write([original, copy, other, related]).Copies);

        var stories = store.Query(new StoreQuery(QueryKind.Stories)).Rows;
        Assert.Equal(2, stories.Count);
        var big = stories[0];
        string expected = new[] { original.Document.Id, related.Document.Id }.Min(StringComparer.Ordinal)!;
        Assert.Equal(expected, big[0]);
        Assert.Equal(2L, big[2]); // articles
        Assert.Equal(1L, big[3]); // copies
        Assert.Equal(3, store.StoryDocuments(expected).Count);
        Assert.Equal(other.Document.Id, stories[1][0]);

        // The timeline reads the originals' events and quotes, not the copy's.
        var timeline = store.Query(new StoreQuery(QueryKind.Story) { Story = expected[..6] }).Rows;
        Assert.Equal(2, timeline.Count(r => (string)r[1]! == "event"));
        Assert.Equal(2, timeline.Count(r => (string)r[1]! == "quote"));
        Assert.DoesNotContain(timeline, r => (string)r[8]! == copy.Document.Id);
        Assert.Throws<StoreException>(() => store.Query(new StoreQuery(QueryKind.Story) { Story = "zz" }));
    }

    [Fact]
    public void Stories_do_not_depend_on_arrival_order_and_removing_a_bridge_splits_one()
    {
        // x–y and y–z are linked, x and z are not: one story through y. w is alone.
        var docs = new[] { Article("x.txt", "X", 0, 1), Article("y.txt", "Y", 1, 2), Article("z.txt", "Z", 2, 3), Article("w.txt", "W", 4) };
        Dictionary<string, string>? first = null;
        foreach (var order in Permutations(docs))
        {
            using var t = new TempStore();
            using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
            store.Stories = s_options;
            foreach (var d in order)
            {
                store.Write([d]); // one batch each: the stories grow and merge as articles arrive
            }

            var now = StoryOf(store);
            Assert.Equal(4, now.Count);
            Assert.Single(now.Where(kv => kv.Key != docs[3].Document.Id).Select(kv => kv.Value).Distinct());
            Assert.Equal(docs.Take(3).Select(d => d.Document.Id).Min(StringComparer.Ordinal), now[docs[0].Document.Id]);
            if (first is null)
            {
                first = now;
            }
            else
            {
                Assert.Equal(first, now);
            }
        }

        // y's source changes to a text like nothing stored: x and z are no longer linked, each is its own story.
        using var s = new TempStore();
        using var again = SqliteRecordStore.Open(s.Path, forWriting: true);
        again.Stories = s_options;
        again.Write(docs);
        again.Write([Records.Article("y.txt", Text("Y2", 4) + " Replaced.")]);
        var after = StoryOf(again);
        Assert.Equal(docs[0].Document.Id, after[docs[0].Document.Id]);
        Assert.Equal(docs[2].Document.Id, after[docs[2].Document.Id]);
    }

    [Fact]
    public void Only_mutual_nearest_neighbours_link_whatever_the_order_and_a_removal_frees_a_place()
    {
        // All three are related; y and z are each other's nearest, x's nearest is y but y's is z: with one neighbour
        // only y–z is linked (with no bound, all three would be one story).
        var docs = new[] { Article("x.txt", "X", 0, 1), Article("y.txt", "Y", 1, 2), Article("z.txt", "Z", 1, 2, 3) };
        var options = s_options with { Rule = s_options.Rule with { Neighbours = 1 } };
        foreach (var order in Permutations(docs))
        {
            using var t = new TempStore();
            using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
            store.Stories = options;
            foreach (var d in order)
            {
                store.Write([d]);
            }

            var now = StoryOf(store);
            Assert.Equal(docs[0].Document.Id, now[docs[0].Document.Id]);
            Assert.Equal(new[] { docs[1].Document.Id, docs[2].Document.Id }.Min(StringComparer.Ordinal), now[docs[1].Document.Id]);
            Assert.Equal(now[docs[1].Document.Id], now[docs[2].Document.Id]);
        }

        using (var u = new TempStore())
        using (var unbounded = SqliteRecordStore.Open(u.Path, forWriting: true))
        {
            unbounded.Stories = s_options with { Rule = s_options.Rule with { Neighbours = 0 } };
            unbounded.Write(docs);
            Assert.Single(StoryOf(unbounded).Values.Distinct());
        }

        // z's source changes to an unrelated text: y's nearest is now x, and x–y is linked.
        using var s = new TempStore();
        using var again = SqliteRecordStore.Open(s.Path, forWriting: true);
        again.Stories = options;
        again.Write(docs);
        again.Write([Records.Article("z.txt", Text("Z2", 4) + " Replaced.")]);
        var after = StoryOf(again);
        Assert.Equal(after[docs[0].Document.Id], after[docs[1].Document.Id]);
        Assert.Equal(3, after.Count);
        Assert.Equal(2, after.Values.Distinct().Count());
    }

    [Fact]
    public void Templated_reports_whose_figures_disagree_are_not_linked()
    {
        // Results tables of two companies: alike in words (and in the test embedding), unlike in figures.
        var acme = Records.Article("acme.txt", "Harbour Acme Corp fourth quarter result. Share profit 12 cents against 10 cents. Net profit 1,234,000 against 987,000. Revenue 12.3 million against 10.1 million.");
        var bolt = Records.Article("bolt.txt", "Harbour Bolt Corp fourth quarter result. Share profit 31 cents against 22 cents. Net profit 4,567,000 against 3,210,000. Revenue 45.6 million against 40.2 million.");
        using (var t = new TempStore())
        using (var store = SqliteRecordStore.Open(t.Path, forWriting: true))
        {
            store.Stories = s_options;
            store.Write([acme, bolt]);
            Assert.Equal(2, StoryOf(store).Values.Distinct().Count());
        }

        using var u = new TempStore();
        using var never = SqliteRecordStore.Open(u.Path, forWriting: true);
        never.Stories = s_options with { Rule = s_options.Rule with { TemplateSimilarity = 2 } };
        never.Write([acme, bolt]);
        Assert.Single(StoryOf(never).Values.Distinct());
    }

    [Fact]
    public void Without_an_embedder_articles_join_no_story_and_dates_far_apart_are_not_linked()
    {
        using var t = new TempStore();
        using (var plain = SqliteRecordStore.Open(t.Path, forWriting: true))
        {
            plain.Write([Article("x.txt", "X", 0, 1)]);
            Assert.Empty(plain.Query(new StoreQuery(QueryKind.Stories)).Rows);
        }

        using var u = new TempStore();
        using var store = SqliteRecordStore.Open(u.Path, forWriting: true);
        store.Stories = s_options;
        store.Write([Records.Article("a.txt", Text("A", 0, 1), "2025-03-01"), Records.Article("b.txt", Text("B", 0, 1) + " Later.", "2025-03-20")]);
        Assert.Equal(2, store.Query(new StoreQuery(QueryKind.Stories)).Rows.Count);
    }

    [PostgresFact]
    public void Writers_taking_turns_on_one_store_keep_the_links_and_stories_one_writer_keeps()
    {
        // Each writer keeps its own index of the stored articles and catches it up with what the others committed. Random
        // runs of writes, with sources written again (the earlier article is replaced, so it leaves the stories), dealt to
        // three writers: the links and stories must be those of one writer doing the same writes.
        var options = s_options with { Rule = s_options.Rule with { Neighbours = 2 } };
        for (int seed = 1; seed <= 4; seed++)
        {
            var random = new Random(seed);
            var writes = new List<(int Writer, SitrepRecord Record)>();
            for (int i = 0; i < 30; i++)
            {
                int[] sets = [.. Enumerable.Range(0, s_sets.Length).OrderBy(_ => random.Next()).Take(random.Next(1, 4))];
                writes.Add((random.Next(3), Article($"s{random.Next(8)}.txt", $"Note {i}", sets)));
            }

            using var one = new TempDatabase();
            using var three = new TempDatabase();
            foreach (string url in new[] { one.Url, three.Url })
            {
                using (PostgresRecordStore.Open(url, forWriting: true))
                {
                    // creates the schema; writers that share a store open it as workers do
                }
            }

            var writers = Enumerable.Range(0, 4).Select(i => PostgresRecordStore.Open(i == 0 ? one.Url : three.Url, forWriting: false)).ToArray();
            try
            {
                foreach (var writer in writers)
                {
                    writer.Stories = options;
                }

                foreach (var (w, record) in writes)
                {
                    writers[0].Write([record]);
                    writers[1 + w].Write([record]);
                }

                Assert.True(Rows(writers[0]) == Rows(writers[1]), $"seed {seed}: one writer\n{Rows(writers[0])}\nthree writers\n{Rows(writers[1])}");
            }
            finally
            {
                foreach (var writer in writers)
                {
                    writer.Dispose();
                }
            }
        }

        static string Rows(PostgresRecordStore store)
        {
            using var cmd = store.Command("SELECT 'link ' || doc_a || ' ' || doc_b FROM story_links UNION ALL SELECT 'doc ' || doc_id || ' ' || story_id FROM story_docs ORDER BY 1", null, 0);
            using var r = cmd.ExecuteReader();
            var lines = new List<string>();
            while (r.Read())
            {
                lines.Add(r.GetString(0));
            }

            return string.Join('\n', lines);
        }
    }

    [PostgresFact]
    public void Concurrent_writers_build_the_stories_one_writer_would()
    {
        using var db = new TempDatabase();
        using (PostgresRecordStore.Open(db.Url, forWriting: true))
        {
            // creates the schema
        }

        var docs = Enumerable.Range(0, 6).Select(i => Records.Article($"outlet{i}.txt", Text($"Report {i}", 0, 1) + $" Outlet {i} filed it.")).ToArray();
        using var go = new Barrier(docs.Length);
        var stores = docs.Select(_ => PostgresRecordStore.Open(db.Url, forWriting: false)).ToArray();
        try
        {
            Parallel.For(0, docs.Length, new ParallelOptions { MaxDegreeOfParallelism = docs.Length }, i =>
            {
                stores[i].Stories = s_options;
                go.SignalAndWait();
                stores[i].Write([docs[i]]);
            });
        }
        finally
        {
            foreach (var s in stores)
            {
                s.Dispose();
            }
        }

        // The six are equally alike, so each one's two nearest are the two lowest ids among the others: the three lowest
        // are each other's nearest (one story), each of the other three is nobody's (alone), whichever writer came first.
        using var read = PostgresRecordStore.Open(db.Url, forWriting: false);
        var stories = read.Query(new StoreQuery(QueryKind.Stories)).Rows;
        var ids = docs.Select(d => d.Document.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, stories.Count);
        Assert.Equal(ids[0], stories[0][0]);
        Assert.Equal(3L, stories[0][2]);
        Assert.Equal(ids.Skip(3), stories.Skip(1).Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
    }

    private const string DuplicateStory =
        "Shelling in Harbourtown. Anna Kim said “the army shelled the port at dawn” on Tuesday. Fishermen who were mending nets on the harbour " +
        "wall ran for cover as the first rounds landed near the customs house. The mayor said the water plant had been hit and that crews " +
        "would need two days to restore supplies. Aid groups asked both sides to let lorries through the northern checkpoint before nightfall.";

    private static IEnumerable<T[]> Permutations<T>(T[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (int i = 0; i < items.Length; i++)
        {
            foreach (var rest in Permutations([.. items[..i], .. items[(i + 1)..]]))
            {
                yield return [items[i], .. rest];
            }
        }
    }

    /// <summary>A bag of words of four letters or more, hashed into 1024 dimensions and normalised: texts sharing words are alike.</summary>
    private sealed class WordEmbedder : ITextEmbedder
    {
        public string Name => "test words";

        public int Dimensions => 1024;

        public float[][] Embed(IReadOnlyList<string> texts) => [.. texts.Select(One)];

        private static float[] One(string text)
        {
            var v = new float[1024];
            foreach (string w in text.ToLowerInvariant().Split([' ', '.', ',', '“', '”', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).Distinct())
            {
                uint h = 2166136261; // FNV-1a: the same dimensions in every run
                foreach (char c in w)
                {
                    h = (h ^ c) * 16777619;
                }

                v[(int)(h % 1024)] += 1;
            }

            float norm = MathF.Sqrt(v.Sum(x => x * x));
            return [.. v.Select(x => norm > 0 ? x / norm : 0)];
        }
    }
}
