using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using Sitrep.Core.Record;

namespace Sitrep.Store.Sql;

/// <summary>
/// Keeps the stories (<c>story_docs</c>: each original article's story, its headline-and-lead vector, day and named
/// people and organisations; <c>story_links</c>: the pairs <see cref="StoryRule.Links"/> joins) as a cross-article step.
/// A story is a connected part of the links and is named by its lowest content id, so one ingest, a resumed one and any
/// number of concurrent workers give the same stories whatever order documents arrive in: each new article is compared,
/// under the cross-article lock, with every article stored before it (<see cref="StoryIndex"/>), joins the stories it
/// links to (merging them), and a removed article's story is split again into its connected parts. Copies
/// (<c>duplicates</c>) are not compared: they belong to their original's story through <c>duplicate_of</c>.
/// Vectors are computed before the transaction (<see cref="Prepare"/>), so concurrent writers embed in parallel.
/// </summary>
internal sealed class StoryStep(StoryOptions? options, StoryIndex index) : ICrossArticleStep
{
    private readonly SortedDictionary<string, Pending> _added = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _removed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    /// <summary>Embeds the batch's articles (headline and lead) before its transaction starts.</summary>
    public void Prepare(IReadOnlyList<SitrepRecord> records)
    {
        if (options is null || records.Count == 0)
        {
            return;
        }

        var texts = records.Select(r => options.Rule.Text(r.Document.Title, r.Document.Text)).ToList();
        var vectors = options.Embedder.Embed(texts);
        for (int i = 0; i < records.Count; i++)
        {
            _vectors[records[i].Document.Id] = vectors[i];
        }
    }

    public void Added(RecordRows rows)
    {
        if (options is null)
        {
            return;
        }

        var doc = rows.Rows[0].Values;
        var entities = rows.Rows.Where(r => r.Table == "entities" && (string)r.Values[3]! is "PERSON" or "ORG")
            .Select(r => (string)r.Values[2]!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _added[rows.DocumentId] = new Pending((string?)doc[2], (string)doc[7]!, StoryRule.Day((string?)doc[6]), entities);
    }

    /// <summary>A document of the batch was just marked a copy: it joins its original's story and is not compared.</summary>
    public void Copied(RecordRows rows) => _added.Remove(rows.DocumentId);

    /// <summary>A stored original became a copy of a document of the batch: it leaves the stories it was linked into.</summary>
    public void Demoted(string documentId)
    {
        if (!_added.Remove(documentId))
        {
            _removed.Add(documentId);
        }
    }

    public void Removing(SqlRecordStore store, DbTransaction tx, string documentId)
    {
        _removed.Add(documentId);
        _added.Remove(documentId);
        if (options is null)
        {
            return;
        }

        // Its copies stop being copies when it goes: they join the stories as originals.
        using var cmd = store.Command(
            "SELECT d.doc_id, d.title, d.text, d.date FROM duplicates c JOIN documents d ON d.doc_id = c.doc_id WHERE c.duplicate_of = @p0", tx, 1);
        cmd.Parameters[0].Value = documentId;
        var freed = new List<(string Id, string? Title, string Text, string? Date)>();
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                freed.Add((r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));
            }
        }

        foreach (var (id, title, text, date) in freed)
        {
            using var e = store.Command("SELECT DISTINCT identity FROM entities WHERE doc_id = @p0 AND type IN ('PERSON', 'ORG')", tx, 1);
            e.Parameters[0].Value = id;
            var entities = new List<string>();
            using (var r = e.ExecuteReader())
            {
                while (r.Read())
                {
                    entities.Add(r.GetString(0));
                }
            }

            _added[id] = new Pending(title, text, StoryRule.Day(date), [.. entities.Order(StringComparer.Ordinal)]);
        }
    }

    public void Apply(SqlRecordStore store, DbTransaction tx)
    {
        if (_removed.Count > 0)
        {
            Remove(store, tx);
        }

        if (options is null || _added.Count == 0)
        {
            return;
        }

        var missing = _added.Where(kv => !_vectors.ContainsKey(kv.Key)).ToList();
        if (missing.Count > 0)
        {
            var made = options.Embedder.Embed([.. missing.Select(kv => options.Rule.Text(kv.Value.Title, kv.Value.Text))]);
            for (int i = 0; i < missing.Count; i++)
            {
                _vectors[missing[i].Key] = made[i];
            }
        }

        index.Catch(store, tx);
        using var seqCmd = store.Command("SELECT coalesce(max(seq), 0) FROM story_docs", tx, 0);
        long seq = Convert.ToInt64(seqCmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        using var storyOf = store.Command("SELECT story_id FROM story_docs WHERE doc_id = @p0", tx, 1);
        const string Insert = "INSERT INTO story_docs(doc_id, story_id, day, seq, vector, entities) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)";
        const string Link = "INSERT INTO story_links(doc_a, doc_b, similarity) VALUES (@p0, @p1, @p2) ON CONFLICT DO NOTHING";
        const string Merge = "UPDATE story_docs SET story_id = @p0 WHERE story_id = @p1";
        foreach (var (id, pending) in _added)
        {
            var entry = new StoryIndex.Entry(id, pending.Day, _vectors[id], pending.Entities, ++seq);
            var stories = new SortedSet<string>(StringComparer.Ordinal) { id };
            var statements = new List<(string, object?[])>();
            foreach (var (other, similarity) in index.Linked(entry, options.Rule))
            {
                storyOf.Parameters[0].Value = other;
                if (storyOf.ExecuteScalar() is not string story)
                {
                    index.Forget(other); // deleted by another writer since it was read
                    continue;
                }

                stories.Add(story);
                bool first = string.CompareOrdinal(id, other) < 0;
                statements.Add((Link, [first ? id : other, first ? other : id, similarity]));
            }

            string merged = stories.Min!;
            statements.Insert(0, (Insert, [id, merged, pending.Day, seq, Bytes(entry.Vector), string.Join('\n', pending.Entities)]));
            statements.AddRange(stories.Where(s => s != merged && s != id).Select(s => (Merge, new object?[] { merged, s })));
            store.Execute(statements, tx);
            index.Add(entry);
        }
    }

    /// <summary>Takes the removed articles out and splits each story they were in into its connected parts.</summary>
    private void Remove(SqlRecordStore store, DbTransaction tx)
    {
        var touched = new SortedSet<string>(StringComparer.Ordinal);
        using (var storyOf = store.Command("SELECT story_id FROM story_docs WHERE doc_id = @p0", tx, 1))
        {
            foreach (string id in _removed)
            {
                storyOf.Parameters[0].Value = id;
                if (storyOf.ExecuteScalar() is string story)
                {
                    touched.Add(story);
                }

                index.Forget(id);
            }
        }

        store.Execute(
            [.. _removed.Select(id => ("DELETE FROM story_links WHERE doc_a = @p0 OR doc_b = @p0", new object?[] { id })),
             .. _removed.Select(id => ("DELETE FROM story_docs WHERE doc_id = @p0", new object?[] { id }))], tx);
        foreach (string story in touched)
        {
            Split(store, tx, story);
        }
    }

    /// <summary>Renames each connected part of story <paramref name="story"/> by its lowest member.</summary>
    private static void Split(SqlRecordStore store, DbTransaction tx, string story)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        using (var members = store.Command("SELECT doc_id FROM story_docs WHERE story_id = @p0", tx, 1))
        {
            members.Parameters[0].Value = story;
            using var r = members.ExecuteReader();
            while (r.Read())
            {
                parent[r.GetString(0)] = r.GetString(0);
            }
        }

        using (var links = store.Command("SELECT l.doc_a, l.doc_b FROM story_links l JOIN story_docs s ON s.doc_id = l.doc_a WHERE s.story_id = @p0", tx, 1))
        {
            links.Parameters[0].Value = story;
            using var r = links.ExecuteReader();
            while (r.Read())
            {
                if (parent.ContainsKey(r.GetString(0)) && parent.ContainsKey(r.GetString(1)))
                {
                    string a = Find(r.GetString(0)), b = Find(r.GetString(1));
                    if (a != b)
                    {
                        // The root of a part is its lowest id.
                        if (string.CompareOrdinal(a, b) < 0)
                        {
                            parent[b] = a;
                        }
                        else
                        {
                            parent[a] = b;
                        }
                    }
                }
            }
        }

        var renames = parent.Keys.Order(StringComparer.Ordinal).Select(id => (Id: id, Story: Find(id))).Where(x => x.Story != story).ToList();
        store.Execute([.. renames.Select(x => ("UPDATE story_docs SET story_id = @p0 WHERE doc_id = @p1", new object?[] { x.Story, x.Id }))], tx);
    }

    private static byte[] Bytes(float[] vector) => MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

    private sealed record Pending(string? Title, string Text, int? Day, string[] Entities);
}

/// <summary>
/// The stored articles' vectors, days and entities, held in memory by a store between batches and caught up from
/// <c>story_docs</c> (rows with a higher <c>seq</c> than seen) under the cross-article lock, so that each new article
/// is compared with every article committed before it, by this writer or another.
/// </summary>
internal sealed class StoryIndex
{
    private readonly Dictionary<int, List<Entry>> _byDay = [];
    private readonly List<Entry> _undated = [];
    private readonly HashSet<string> _gone = new(StringComparer.Ordinal);
    private long _seen;

    public int Count { get; private set; }

    public void Catch(SqlRecordStore store, DbTransaction tx)
    {
        using var cmd = store.Command("SELECT doc_id, day, seq, vector, entities FROM story_docs WHERE seq > @p0 ORDER BY seq", tx, 1);
        cmd.Parameters[0].Value = _seen;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            byte[] bytes = (byte[])r.GetValue(3);
            string entities = r.GetString(4);
            Add(new Entry(
                r.GetString(0), r.IsDBNull(1) ? null : Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture),
                MemoryMarshal.Cast<byte, float>(bytes).ToArray(), entities.Length == 0 ? [] : entities.Split('\n'),
                Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture)));
        }
    }

    public void Add(Entry entry)
    {
        _gone.Remove(entry.Id);
        if (entry.Day is { } day)
        {
            if (!_byDay.TryGetValue(day, out var list))
            {
                _byDay[day] = list = [];
            }

            list.Add(entry);
        }
        else
        {
            _undated.Add(entry);
        }

        _seen = Math.Max(_seen, entry.Seq);
        Count++;
    }

    /// <summary>An article no longer stored: never linked to again (until it is stored anew).</summary>
    public void Forget(string id) => _gone.Add(id);

    /// <summary>The stored articles <paramref name="entry"/> links to, with their similarity.</summary>
    public IEnumerable<(string Id, double Similarity)> Linked(Entry entry, StoryRule rule)
    {
        IEnumerable<Entry> candidates = entry.Day is { } day
            ? Enumerable.Range(day - rule.Days, (2 * rule.Days) + 1).SelectMany(d => _byDay.TryGetValue(d, out var l) ? l : [])
            : _undated;
        foreach (var other in candidates)
        {
            if (other.Id == entry.Id || _gone.Contains(other.Id))
            {
                continue;
            }

            double similarity = Dot(entry.Vector, other.Vector);
            if (similarity >= Math.Min(rule.Similarity, rule.SimilarityWithEntity)
                && rule.Links(similarity, entry.Day, other.Day, Shares(entry.Entities, other.Entities)))
            {
                yield return (other.Id, similarity);
            }
        }
    }

    public static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        float total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    /// <summary>Whether two ordinal-sorted lists share an item.</summary>
    private static bool Shares(string[] a, string[] b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            int c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0)
            {
                return true;
            }

            if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
    }

    public sealed record Entry(string Id, int? Day, float[] Vector, string[] Entities, long Seq);
}
