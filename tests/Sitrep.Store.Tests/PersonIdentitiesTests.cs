using Sitrep.Core.Record;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.Tests;

/// <summary>One row per person across articles: knowledge-base id, name variants, surnames joined only when the corpus has one person of that surname.</summary>
public sealed class PersonIdentitiesTests
{
    private static PersonIdentities.Row P(string name, string? kb = null, long mentions = 1)
        => new(kb ?? "PERSON:" + EntityIdentity.Normalize(name), name, kb, 1, mentions, 0);

    private static Dictionary<string, string> Aliases(IEnumerable<PersonIdentities.Row> rows)
        => PersonIdentities.Group(rows).ToDictionary(g => g.Head.Identity, g => string.Join("|", g.Members.Select(m => m.Name).Order(StringComparer.Ordinal)));

    [Fact]
    public void A_surname_joins_the_only_person_of_that_surname_and_the_kb_person_of_that_name()
    {
        var groups = Aliases([P("Keir Starmer", "Q6", 5), P("Keir Starmer"), P("Starmer", mentions: 3), P("Ed Davey"), P("Davey")]);
        Assert.Equal("Keir Starmer|Keir Starmer|Starmer", groups["Q6"]);
        Assert.Equal("Davey|Ed Davey", groups["PERSON:ed davey"]);
        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void An_ambiguous_surname_stays_on_its_own_row()
    {
        var groups = Aliases([P("Tony Blair", "Q9"), P("Cherie Blair"), P("Blair", mentions: 7), P("Madonna")]);
        Assert.Equal("Blair", groups["PERSON:blair"]);
        Assert.Equal("Madonna", groups["PERSON:madonna"]);
        Assert.Equal("Tony Blair", groups["Q9"]);
        Assert.Equal(4, groups.Count);
    }

    [Fact]
    public void The_people_query_shows_one_row_per_person_with_aliases_and_finds_it_by_any_alias()
    {
        using var t = new TempStore();
        using var store = SqliteRecordStore.Open(t.Path, forWriting: true);
        store.Write([Person("a.txt", "Lena Okafor", "Minister Lena Okafor visited the port on Monday."), Person("b.txt", "Okafor", "Okafor said the port would reopen.")]);
        var result = store.Query(new StoreQuery(QueryKind.People) { Who = "Okafor" });
        var row = Assert.Single(result.Rows);
        Assert.Equal("PERSON:lena okafor", row[0]);
        Assert.Equal("Lena Okafor; Okafor", row[Array.IndexOf(PersonIdentities.Columns, "aliases")]);
        Assert.Equal(2L, row[Array.IndexOf(PersonIdentities.Columns, "documents")]);
    }

    private static SitrepRecord Person(string source, string name, string text)
    {
        int at = text.IndexOf(name, StringComparison.Ordinal);
        return Records.Article(source, text) with
        {
            Entities = [new RecordEntity { Id = "e1", Type = "PERSON", Name = name, Mentions = [new RecordMention(at, at + name.Length, name)] }],
            Quotes = [],
            Events = [],
        };
    }
}
