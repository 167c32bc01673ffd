using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Entities;

namespace Sitrep.Core.Tests.Entities;

public sealed class EntityLinkerTests
{
    private static IReadOnlyDictionary<string, string> Link(DateOnly published, params Entity[] entities)
    {
        var doc = new Document(new ArticleInput("text", "t") { GivenPublished = published });
        doc.Set(Layers.Entities, entities);
        new EntityLinker().Process(doc, default);
        return doc.Get(Layers.EntityLinks);
    }

    private static Entity Person(string id, string name, params string[] roles)
        => new() { Id = id, Type = EntityType.Person, Name = name, Roles = roles.Select(r => new Role(r, null, new CharRange(0, 1))).ToList() };

    [Fact]
    public void A_full_name_with_a_matching_role_links_to_the_wikidata_id()
    {
        var links = Link(new DateOnly(2025, 8, 7), Person("e1", "Donald Trump", "US President"), Person("e2", "Vladimir Putin", "Russian President"));
        Assert.Equal("Q22686", links["e1"]);
        Assert.Equal("Q7747", links["e2"]);
    }

    [Fact]
    public void A_spelling_variant_still_links()
        => Assert.Equal("Q3874799", Link(new DateOnly(2025, 8, 7), Person("e1", "Volodymyr Zelensky", "Ukrainian President"))["e1"]);

    [Fact]
    public void A_bare_surname_without_role_or_context_links_nothing()
        => Assert.Empty(Link(new DateOnly(2025, 8, 7), Person("e1", "Smith")));

    [Fact]
    public void Organisations_are_not_linked_to_office_holders()
        => Assert.Empty(Link(new DateOnly(2025, 8, 7), new Entity { Id = "e1", Type = EntityType.Org, Name = "White House" }));
}
