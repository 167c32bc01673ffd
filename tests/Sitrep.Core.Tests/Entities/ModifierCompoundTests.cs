using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests.Entities;

/// <summary>
/// A name glued by a hyphen to a lower-case participle or adjective ("Oscar-winning actress", "Tory-led council") is a
/// modifier of the noun after it: no person of its own, and no antecedent for a he/she (the whole shipped pipeline).
/// </summary>
public sealed class ModifierCompoundTests
{
    private static (Document Doc, IReadOnlyList<Entity> Entities) Run(string body)
    {
        var doc = ShippedPipeline.Instance.Process(new ArticleInput("Actress weighs her vote\n" + body, "test"));
        return (doc, doc.Get(Layers.Entities));
    }

    [Theory]
    [InlineData("Oscar-winning actress Jane Holloway, star of the film \"Harbour Lights,\" is not sure she can vote for Mark Dalton.", "Jane Holloway")]
    [InlineData("Oscar-nominated director Ruth Keller, who made two films last year, said she would not vote for Mark Dalton.", "Ruth Keller")]
    public void A_name_glued_to_a_participle_is_no_person_and_no_antecedent(string body, string person)
    {
        var (doc, entities) = Run(body);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person && e.Name.Contains('-', StringComparison.Ordinal));
        var she = body.IndexOf(" she ", StringComparison.Ordinal) + 1 + "Actress weighs her vote\n".Length;
        var holder = Assert.Single(entities, e => e.Mentions.Any(m => m.Start == she));
        Assert.Equal(person, holder.Name);
    }

    [Fact]
    public void A_name_with_a_lower_case_noun_part_is_still_read_whole()
    {
        var (_, entities) = Run("Secretary-General Ban Ki-moon spoke to reporters on Monday.");
        Assert.Contains(entities, e => e.Type == EntityType.Person && e.Name == "Ban Ki-moon");
    }
}
