using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>The queries over a small store: one identity per entity across articles, filters, snippets.</summary>
public sealed class QueryTests : IDisposable
{
    private readonly TempStore _temp = new();
    private readonly SqliteRecordStore _store;

    public QueryTests()
    {
        _store = SqliteRecordStore.Open(_temp.Path, forWriting: true);
        _store.Write([Records.Article("a.txt", Records.First), Records.Article("b.txt", Records.Second), Records.Article("c.txt", Records.Third, published: "2025-04-01")]);
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    private List<Dictionary<string, object?>> Run(StoreQuery q)
    {
        var r = _store.Query(q);
        return [.. r.Rows.Select(row => r.Columns.Select((c, i) => (c, row[i])).ToDictionary(x => x.c, x => x.Item2))];
    }

    [Fact]
    public void People_are_one_identity_across_articles_with_mentions_and_quotes()
    {
        var people = Run(new StoreQuery(QueryKind.People));
        var kim = Assert.Single(people);
        Assert.Equal("PERSON:anna kim", kim["identity"]);
        Assert.Equal(2L, kim["documents"]);
        Assert.Equal(2L, kim["mentions"]);
        Assert.Equal(2L, kim["quotes"]);
        var org = Assert.Single(Run(new StoreQuery(QueryKind.Orgs)));
        Assert.Equal("Q42", org["identity"]);
    }

    [Fact]
    public void Search_finds_all_words_with_a_snippet_and_survives_syntax_characters()
    {
        var hit = Assert.Single(Run(new StoreQuery(QueryKind.Search) { Text = "shelled port" }));
        Assert.Contains("[shelled]", (string)hit["snippet"]!, StringComparison.Ordinal);
        Assert.Empty(Run(new StoreQuery(QueryKind.Search) { Text = "shelled \"envoys" }));
        Assert.Empty(Run(new StoreQuery(QueryKind.Search) { Text = "port AND OR NEAR(" }));
    }

    [Fact]
    public void Quotes_by_speaker_surname_and_about_words()
    {
        Assert.Equal(2, Run(new StoreQuery(QueryKind.Quotes) { Who = "Kim" }).Count);
        var deal = Assert.Single(Run(new StoreQuery(QueryKind.Quotes) { Who = "anna kim", About = "deal" }));
        Assert.Equal("“we are close to a deal,”", deal["text"]);
        Assert.Empty(Run(new StoreQuery(QueryKind.Quotes) { Who = "Nobody" }));
    }

    [Fact]
    public void Events_filter_by_type_actor_place_country_and_dates()
    {
        var e = Assert.Single(Run(new StoreQuery(QueryKind.Events) { Type = "assault", Who = "Q42" }));
        Assert.Equal("2025-03-03", e["event_date"]);
        Assert.Equal("Harbourtown", e["place_name"]);
        Assert.Equal(12L, e["fatalities"]);
        Assert.Equal("the army", e["evidence"]);
        Assert.Single(Run(new StoreQuery(QueryKind.Events) { Where = "harbourtown" }));
        Assert.Single(Run(new StoreQuery(QueryKind.Events) { Where = "MLT" }));
        Assert.Empty(Run(new StoreQuery(QueryKind.Events) { Where = "UKR" }));
        Assert.Single(Run(new StoreQuery(QueryKind.Events) { Since = "2025-03", Until = "2025-03" }));
        Assert.Empty(Run(new StoreQuery(QueryKind.Events) { Since = "2025-03-04" }));
    }

    [Fact]
    public void A_timeline_orders_events_and_quotes_by_date()
    {
        var rows = Run(new StoreQuery(QueryKind.Timeline) { Who = "Anna Kim" });
        Assert.Equal(["quote", "quote"], rows.Select(r => (string)r["item"]!));
        var army = Run(new StoreQuery(QueryKind.Timeline) { Who = "Army" });
        Assert.Equal("event", Assert.Single(army)["item"]);
        Assert.Throws<StoreException>(() => _store.Query(new StoreQuery(QueryKind.Timeline)));
    }

    [Fact]
    public void Findings_by_kind_carry_their_evidence_text()
    {
        var all = Run(new StoreQuery(QueryKind.Findings) { Type = "date_conflict" });
        Assert.Equal(3, all.Count);
        Assert.Equal(["Quie", "Shel", "Talk"], all.Select(f => (string)f["evidence"]!).Order(StringComparer.Ordinal));
        Assert.Empty(Run(new StoreQuery(QueryKind.Findings) { Type = "quote_conflict" }));
        Assert.Single(Run(new StoreQuery(QueryKind.Findings) { Limit = 1 }));
    }
}
