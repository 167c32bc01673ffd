using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using Sitrep.Core.Record;
using Sitrep.Core.Text;

namespace Sitrep.Store.Sql;

/// <summary>
/// Keeps the stories (<c>story_docs</c>: each original article's story, its headline-and-lead vector, day and named
/// people and organisations, template and figures; <c>story_links</c>: the pairs linked by <see cref="StoryRule"/>: related
/// and each among the other's nearest) as a cross-article step. A story is a connected part of the links and is named by
/// its lowest content id, so one ingest, a resumed one and any number of concurrent workers give the same stories
/// whatever order documents arrive in: each new article is compared, under the cross-article lock, with every article
/// stored before it (<see cref="StoryIndex"/>), joins the stories it links to (merging them), a story whose link it
/// broke (it took a place among an article's nearest) is split again into its connected parts, and so is a removed
/// article's story (whose going may restore links elsewhere). Copies
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
        if (options is not null && (_removed.Count > 0 || _added.Count > 0))
        {
            // First what other writers committed since this writer last looked: their articles and their removals.
            index.Catch(store, tx, options.Rule);
        }

        using var seqCmd = store.Command("SELECT max(s) FROM (SELECT coalesce(max(seq), 0) AS s FROM story_docs UNION ALL SELECT coalesce(max(seq), 0) FROM story_removals) m", tx, 0);
        long seq = Convert.ToInt64(seqCmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (_removed.Count > 0)
        {
            Remove(store, tx, ref seq);
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

        using var storyOf = store.Command("SELECT story_id FROM story_docs WHERE doc_id = @p0", tx, 1);
        const string Insert = "INSERT INTO story_docs(doc_id, story_id, day, seq, vector, entities, template, figures) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)";
        const string Merge = "UPDATE story_docs SET story_id = @p0 WHERE story_id = @p1";
        var broken = new List<(string A, string B)>();
        foreach (var (id, pending) in _added)
        {
            var template = MinHash.TemplateSignature(pending.Text);
            var entry = new StoryIndex.Entry(id, pending.Day, _vectors[id], pending.Entities, ++seq, template, MinHash.Figures(pending.Text));
            var change = index.Add(entry, options.Rule);
            broken.AddRange(change.Broken);
            var stories = new SortedSet<string>(StringComparer.Ordinal) { id };
            var statements = new List<(string, object?[])>();
            foreach (var (other, similarity) in change.Linked)
            {
                storyOf.Parameters[0].Value = other;
                if (storyOf.ExecuteScalar() is not string story)
                {
                    index.Forget(other, options.Rule); // deleted by another writer since it was read
                    continue;
                }

                stories.Add(story);
                statements.Add(LinkRow(id, other, similarity));
            }

            string merged = stories.Min!;
            statements.Insert(0, (Insert, [id, merged, pending.Day, seq, Bytes(entry.Vector), string.Join('\n', pending.Entities),
                template is null ? null : MinHash.ToBytes(template), MemoryMarshal.AsBytes(entry.Figures.AsSpan()).ToArray()]));
            statements.AddRange(stories.Where(s => s != merged && s != id).Select(s => (Merge, new object?[] { merged, s })));
            store.Execute(statements, tx);
        }

        // Links the batch's articles pushed out of an earlier article's nearest: their stories are split again.
        if (broken.Count > 0)
        {
            var touched = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var (a, b) in broken)
            {
                storyOf.Parameters[0].Value = a;
                if (storyOf.ExecuteScalar() is string story)
                {
                    touched.Add(story);
                }
            }

            store.Execute([.. broken.Select(p => ("DELETE FROM story_links WHERE doc_a = @p0 AND doc_b = @p1", Ordered(p.A, p.B)))], tx);
            foreach (string story in touched)
            {
                Split(store, tx, story);
            }
        }
    }

    /// <summary>
    /// Takes the removed articles out and splits each story they were in into its connected parts; links their going
    /// restores join their stories. Each removal is logged in <c>story_removals</c> with the next sequence number, so that
    /// other writers' indexes forget the article in the order it went (<see cref="StoryIndex.Catch"/>).
    /// </summary>
    private void Remove(SqlRecordStore store, DbTransaction tx, ref long seq)
    {
        var touched = new SortedSet<string>(StringComparer.Ordinal);
        var restored = new List<(string A, string B, double Similarity)>();
        using (var storyOf = store.Command("SELECT story_id FROM story_docs WHERE doc_id = @p0", tx, 1))
        {
            foreach (string id in _removed)
            {
                storyOf.Parameters[0].Value = id;
                if (storyOf.ExecuteScalar() is string story)
                {
                    touched.Add(story);
                }

                if (options is not null)
                {
                    restored.AddRange(index.Forget(id, options.Rule));
                }
            }
        }

        long first = seq;
        seq += _removed.Count;
        store.Execute(
            [.. _removed.Select(id => ("DELETE FROM story_links WHERE doc_a = @p0 OR doc_b = @p0", new object?[] { id })),
             .. _removed.Select(id => ("DELETE FROM story_docs WHERE doc_id = @p0", new object?[] { id })),
             .. _removed.Select((id, i) => ("INSERT INTO story_removals(seq, doc_id) VALUES (@p0, @p1)", new object?[] { first + 1 + i, id }))], tx);
        index.Seen(seq);
        foreach (string story in touched)
        {
            Split(store, tx, story);
        }

        // A removed article frees a place among its neighbours' nearest: pairs it kept apart may now be linked.
        using var storyOfLinked = store.Command("SELECT story_id FROM story_docs WHERE doc_id = @p0", tx, 1);
        foreach (var (a, b, similarity) in restored.Where(l => !_removed.Contains(l.A) && !_removed.Contains(l.B)))
        {
            storyOfLinked.Parameters[0].Value = a;
            string? storyA = storyOfLinked.ExecuteScalar() as string;
            storyOfLinked.Parameters[0].Value = b;
            string? storyB = storyOfLinked.ExecuteScalar() as string;
            if (storyA is null || storyB is null)
            {
                continue;
            }

            var statements = new List<(string, object?[])> { LinkRow(a, b, similarity) };
            if (storyA != storyB)
            {
                bool aFirst = string.CompareOrdinal(storyA, storyB) < 0;
                statements.Add(("UPDATE story_docs SET story_id = @p0 WHERE story_id = @p1", [aFirst ? storyA : storyB, aFirst ? storyB : storyA]));
            }

            store.Execute(statements, tx);
        }
    }

    private static (string, object?[]) LinkRow(string a, string b, double similarity)
        => ("INSERT INTO story_links(doc_a, doc_b, similarity) VALUES (@p0, @p1, @p2) ON CONFLICT DO NOTHING", [.. Ordered(a, b), similarity]);

    private static object?[] Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? [a, b] : [b, a];

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
/// The stored articles' vectors, days, entities, templates and figures, held in memory by a store between batches and
/// caught up from <c>story_docs</c> (rows with a higher <c>seq</c> than seen) under the cross-article lock, so that each
/// new article is compared with every article committed before it, by this writer or another. Each article's nearest
/// related articles (<see cref="StoryRule.Neighbours"/>) are worked out on first need and kept up to date as articles
/// arrive and go; a link is a pair each in the other's nearest. The nearest of an article are the best of a set (by
/// similarity, then content id), so the links depend on which articles are stored, not on the order they came in.
/// </summary>
internal sealed class StoryIndex
{
    private readonly Dictionary<int, List<Entry>> _byDay = [];
    private readonly List<Entry> _undated = [];
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private long _seen;

    /// <summary>
    /// Brings the index up to what is committed: the articles stored and removed (<c>story_removals</c>) since it last
    /// looked, in the order they were written (their <c>seq</c>), by this writer or another.
    /// </summary>
    public void Catch(SqlRecordStore store, DbTransaction tx, StoryRule rule)
    {
        var removals = new List<(long Seq, string Id)>();
        using (var cmd = store.Command("SELECT seq, doc_id FROM story_removals WHERE seq > @p0 ORDER BY seq", tx, 1))
        {
            cmd.Parameters[0].Value = _seen;
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                removals.Add((Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), r.GetString(1)));
            }
        }

        int next = 0;
        void ForgetUpTo(long seq)
        {
            for (; next < removals.Count && removals[next].Seq < seq; next++)
            {
                Forget(removals[next].Id, rule);
                Seen(removals[next].Seq);
            }
        }

        foreach (var entry in Read(store, tx, _seen).ToList())
        {
            ForgetUpTo(entry.Seq);
            Add(entry, rule);
        }

        ForgetUpTo(long.MaxValue);
    }

    /// <summary>The writes up to <paramref name="seq"/> are in the index.</summary>
    public void Seen(long seq) => _seen = Math.Max(_seen, seq);

    /// <summary>
    /// Empties the index, to be read again from the store on next need: after a batch that did not commit, whose
    /// articles and removals the index may already hold.
    /// </summary>
    public void Reset()
    {
        _byDay.Clear();
        _undated.Clear();
        _byId.Clear();
        _seen = 0;
    }

    /// <summary>
    /// The stories the stored articles would make under <paramref name="rule"/> (each a list of content ids, largest
    /// first), from their stored vectors, days, entities, templates and figures, in the order they were written: what
    /// a fresh ingest with that rule keeps, without analysing or embedding again.
    /// </summary>
    public static List<List<string>> Replay(SqlRecordStore store, StoryRule rule)
    {
        var index = new StoryIndex();
        var links = new HashSet<(string, string)>();
        foreach (var entry in Read(store, null, 0).ToList())
        {
            var (linked, broken) = index.Add(entry, rule);
            links.UnionWith(linked.Select(l => Pair(entry.Id, l.Id)));
            links.ExceptWith(broken.Select(b => Pair(b.A, b.B)));
        }

        var parent = index._byId.Keys.ToDictionary(id => id, id => id, StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        foreach (var (a, b) in links)
        {
            string ra = Find(a), rb = Find(b);
            if (ra != rb)
            {
                parent[string.CompareOrdinal(ra, rb) < 0 ? rb : ra] = string.CompareOrdinal(ra, rb) < 0 ? ra : rb;
            }
        }

        return [.. parent.Keys.GroupBy(Find, StringComparer.Ordinal).Select(g => g.Order(StringComparer.Ordinal).ToList())
            .OrderByDescending(g => g.Count).ThenBy(g => g[0], StringComparer.Ordinal)];

        static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
    }

    private static IEnumerable<Entry> Read(SqlRecordStore store, DbTransaction? tx, long after)
    {
        using var cmd = store.Command("SELECT doc_id, day, seq, vector, entities, template, figures FROM story_docs WHERE seq > @p0 ORDER BY seq", tx, 1);
        cmd.Parameters[0].Value = after;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string entities = r.GetString(4);
            yield return new Entry(
                r.GetString(0), r.IsDBNull(1) ? null : Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture),
                MemoryMarshal.Cast<byte, float>((byte[])r.GetValue(3)).ToArray(), entities.Length == 0 ? [] : entities.Split('\n'),
                Convert.ToInt64(r.GetValue(2), CultureInfo.InvariantCulture),
                r.IsDBNull(5) ? null : MinHash.FromBytes((byte[])r.GetValue(5)),
                r.IsDBNull(6) ? [] : MemoryMarshal.Cast<byte, long>((byte[])r.GetValue(6)).ToArray());
        }
    }

    /// <summary>
    /// Stores <paramref name="entry"/>: the articles it is linked to (with their similarity) and the links between
    /// stored articles it breaks (it took a place among one's nearest).
    /// </summary>
    public (List<(string Id, double Similarity)> Linked, List<(string A, string B)> Broken) Add(Entry entry, StoryRule rule)
    {
        if (_byId.ContainsKey(entry.Id))
        {
            Forget(entry.Id, rule);
        }

        var related = Related(entry, rule);

        // The links the new article can break, as they are before it: those of the articles whose nearest it may enter.
        var before = new List<(Entry A, Entry B)>();
        var relatedSet = related.Select(n => n.Entry).ToHashSet();
        foreach (var n in related)
        {
            foreach (var m in Nearest(n.Entry, rule))
            {
                if (string.CompareOrdinal(n.Entry.Id, m.Entry.Id) < 0 || !relatedSet.Contains(m.Entry))
                {
                    if (Contains(Nearest(m.Entry, rule), n.Entry))
                    {
                        before.Add((n.Entry, m.Entry));
                    }
                }
            }
        }

        Register(entry);
        entry.Nearest = Top(related, rule.Neighbours);
        foreach (var n in related)
        {
            Offer(n.Entry, new Neighbour(entry, n.Similarity), rule.Neighbours);
        }

        var broken = before.Where(p => !Contains(p.A.Nearest!, p.B) || !Contains(p.B.Nearest!, p.A)).Select(p => (p.A.Id, p.B.Id)).ToList();
        var linked = entry.Nearest.Where(n => Contains(n.Entry.Nearest!, entry)).Select(n => (n.Entry.Id, n.Similarity)).ToList();
        return (linked, broken);
    }

    /// <summary>
    /// An article no longer stored: never linked to again (until it is stored anew). Returns the links between stored
    /// articles that its going makes (it freed a place among their nearest).
    /// </summary>
    public List<(string A, string B, double Similarity)> Forget(string id, StoryRule rule)
    {
        if (!_byId.TryGetValue(id, out var gone))
        {
            return [];
        }

        // The articles that have it among their nearest, and their nearest's nearest, as they are with it.
        var affected = Related(gone, rule).Select(n => n.Entry).Where(e => Contains(Nearest(e, rule), gone)).ToList();
        var previous = affected.ToDictionary(e => e, e => e.Nearest!);
        foreach (var n in affected.SelectMany(e => e.Nearest!))
        {
            Nearest(n.Entry, rule);
        }

        _byId.Remove(id);
        (gone.Day is { } day ? _byDay[day] : _undated).Remove(gone);
        gone.Nearest = null;
        foreach (var e in affected)
        {
            e.Nearest = Top(Related(e, rule), rule.Neighbours);
        }

        var restored = new List<(string A, string B, double Similarity)>();
        foreach (var e in affected)
        {
            foreach (var n in e.Nearest!)
            {
                var b = n.Entry;
                bool was = Contains(previous[e], b) && Contains(previous.TryGetValue(b, out var theirs) ? theirs : b.Nearest!, e);
                if (!was && Contains(Nearest(b, rule), e) && !restored.Exists(l => l.A == b.Id && l.B == e.Id))
                {
                    restored.Add((e.Id, b.Id, n.Similarity));
                }
            }
        }

        return restored;
    }

    /// <summary>The stored articles related to <paramref name="entry"/> (<see cref="StoryRule.Links"/> and not templated apart), most similar first.</summary>
    private List<Neighbour> Related(Entry entry, StoryRule rule)
    {
        var result = new List<Neighbour>();
        double floor = Math.Min(rule.Similarity, rule.SimilarityWithEntity);
        foreach (var other in Window(entry, rule))
        {
            if (other == entry)
            {
                continue;
            }

            double similarity = Dot(entry.Vector, other.Vector);
            if (similarity >= floor
                && rule.Links(similarity, entry.Day, other.Day, Shares(entry.Entities, other.Entities))
                && !MinHash.TemplatedApart(entry.Template, entry.Figures, other.Template, other.Figures, rule.TemplateSimilarity))
            {
                result.Add(new Neighbour(other, similarity));
            }
        }

        result.Sort(Neighbour.BestFirst);
        return result;
    }

    /// <summary>The stored articles dated within the rule's days of <paramref name="entry"/> (the undated ones when it is undated).</summary>
    private IEnumerable<Entry> Window(Entry entry, StoryRule rule)
    {
        if (entry.Day is not { } day)
        {
            foreach (var e in _undated)
            {
                yield return e;
            }

            yield break;
        }

        for (int d = day - rule.Days; d <= day + rule.Days; d++)
        {
            if (_byDay.TryGetValue(d, out var list))
            {
                foreach (var e in list)
                {
                    yield return e;
                }
            }
        }
    }

    private List<Neighbour> Nearest(Entry entry, StoryRule rule) => entry.Nearest ??= Top(Related(entry, rule), rule.Neighbours);

    private static List<Neighbour> Top(List<Neighbour> related, int k) => k > 0 && related.Count > k ? related.GetRange(0, k) : related;

    /// <summary>Puts <paramref name="candidate"/> among <paramref name="entry"/>'s nearest when it is one of the best <paramref name="k"/>.</summary>
    private static void Offer(Entry entry, Neighbour candidate, int k)
    {
        if (entry.Nearest is not { } list)
        {
            return; // worked out on first need, with the new article in
        }

        int at = list.BinarySearch(candidate, Neighbour.BestFirst);
        at = at < 0 ? ~at : at;
        if (k > 0 && at >= k)
        {
            return;
        }

        list.Insert(at, candidate);
        if (k > 0 && list.Count > k)
        {
            list.RemoveAt(list.Count - 1);
        }
    }

    private static bool Contains(List<Neighbour> list, Entry entry) => list.Exists(n => n.Entry == entry);

    private void Register(Entry entry)
    {
        _byId[entry.Id] = entry;
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

        Seen(entry.Seq);
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

    /// <summary>A stored article: its vector, day, person/organisation identities, <see cref="MinHash.TemplateSignature"/> and <see cref="MinHash.Figures"/>.</summary>
    public sealed class Entry(string id, int? day, float[] vector, string[] entities, long seq, ulong[]? template, long[] figures)
    {
        public string Id { get; } = id;

        public int? Day { get; } = day;

        public float[] Vector { get; } = vector;

        public string[] Entities { get; } = entities;

        public long Seq { get; } = seq;

        public ulong[]? Template { get; } = template;

        public long[] Figures { get; } = figures;

        /// <summary>Its nearest related articles, best first (null until first needed).</summary>
        internal List<Neighbour>? Nearest { get; set; }
    }

    internal readonly record struct Neighbour(Entry Entry, double Similarity)
    {
        /// <summary>Most similar first; equal similarities by content id, so the nearest are one set whatever the order.</summary>
        public static readonly Comparer<Neighbour> BestFirst = Comparer<Neighbour>.Create(
            (x, y) => x.Similarity != y.Similarity ? y.Similarity.CompareTo(x.Similarity) : string.CompareOrdinal(x.Entry.Id, y.Entry.Id));
    }
}
