using Sitrep.Core.Record;
using Sitrep.Store;

namespace Sitrep.Report;

/// <summary>
/// Which stored articles a briefing covers: full-text <see cref="Text"/> (ranked), and/or the documents with an event
/// or a quote of <see cref="Who"/>, an event at <see cref="Where"/>, an event dated between <see cref="Since"/> and
/// <see cref="Until"/>. Several filters narrow each other; at most <see cref="Limit"/> documents are taken.
/// </summary>
public sealed record BriefingSelection
{
    public string? Text { get; init; }

    public string? Who { get; init; }

    public string? Where { get; init; }

    public string? Since { get; init; }

    public string? Until { get; init; }

    /// <summary>The articles of one story (its id or a unique prefix): originals first, oldest first, then copies.</summary>
    public string? Story { get; init; }

    public int Limit { get; init; } = 20;

    public bool IsEmpty => Text is null && Who is null && Where is null && Since is null && Until is null && Story is null;

    /// <summary>The selection in words, for the briefing's header ("query “oil prices”, who “Blair”").</summary>
    public string Describe()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{name} “{value}”");
            }
        }

        Add("story", Story);
        Add("query", Text);
        Add("who", Who);
        Add("where", Where);
        Add("since", Since);
        Add("until", Until);
        return string.Join(", ", parts);
    }

    /// <summary>The selected records of <paramref name="store"/>, in the order the selection ranks them.</summary>
    public IReadOnlyList<SitrepRecord> Records(IRecordStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (IsEmpty)
        {
            throw new StoreException("a briefing from the store needs --story, --query, --who, --where, --since or --until");
        }

        if (Story is not null)
        {
            return [.. store.StoryDocuments(Story).Take(Limit).Select(store.Record).OfType<SitrepRecord>()];
        }

        List<string>? ids = null;
        void Narrow(IEnumerable<string> found)
        {
            var list = found.Distinct(StringComparer.Ordinal).ToList();
            if (ids is null)
            {
                ids = list;
                return;
            }

            var keep = list.ToHashSet(StringComparer.Ordinal);
            ids = [.. ids.Where(keep.Contains)];
        }

        const int wide = 100_000;
        if (Text is not null)
        {
            Narrow(DocumentIds(store.Query(new StoreQuery(QueryKind.Search) { Text = Text, Limit = ids is null && Who is null && Where is null && Since is null && Until is null ? Limit : wide })));
        }

        if (Who is not null || Where is not null || Since is not null || Until is not null)
        {
            var events = DocumentIds(store.Query(new StoreQuery(QueryKind.Events) { Who = Who, Where = Where, Since = Since, Until = Until, Limit = wide }));
            if (Who is not null && Where is null && Since is null && Until is null)
            {
                events = [.. events.Concat(DocumentIds(store.Query(new StoreQuery(QueryKind.Quotes) { Who = Who, Limit = wide })))];
            }

            Narrow(events);
        }

        var records = new List<SitrepRecord>();
        foreach (string id in ids!.Take(Limit))
        {
            if (store.Record(id) is { } r)
            {
                records.Add(r);
            }
        }

        return records;
    }

    private static List<string> DocumentIds(QueryResult result)
    {
        int column = -1;
        for (int i = 0; i < result.Columns.Count; i++)
        {
            if (result.Columns[i] == "doc_id")
            {
                column = i;
            }
        }

        if (column < 0)
        {
            throw new InvalidOperationException("the store query gives no doc_id column");
        }

        return [.. result.Rows.Select(r => (string)r[column]!)];
    }
}
