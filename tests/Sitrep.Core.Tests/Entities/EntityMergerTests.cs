using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Entities;
using Sitrep.Core.Quotes;

namespace Sitrep.Core.Tests.Entities;

public sealed class EntityMergerTests
{
    private static (Document Doc, IReadOnlyList<Entity> Entities) Merge(string marked)
    {
        var doc = MarkedText.Build("Headline for the test\n" + marked);
        return (doc, EntityMerger.Merge(doc));
    }

    private static Entity Named(IReadOnlyList<Entity> entities, string name)
        => Assert.Single(entities, e => e.Name.Contains(name, StringComparison.Ordinal));

    private static List<string> MentionTexts(Document doc, Entity e) => e.Mentions.Select(doc.TextOf).ToList();

    [Fact]
    public void Name_variants_of_one_person_are_one_entity_named_by_the_longest_full_name()
    {
        var (doc, entities) = Merge("[PER Donald Trump] met them. Later [PER Trump] spoke, [PER Donald J. Trump] wrote, and [PER President Trump] left.");
        var trump = Assert.Single(entities);
        Assert.Equal("Donald J. Trump", trump.Name);
        Assert.Equal(EntityType.Person, trump.Type);
        Assert.Equal(["Donald Trump", "Trump", "Donald J. Trump", "President Trump"], MentionTexts(doc, trump));
    }

    [Fact]
    public void An_acronym_typed_a_place_takes_the_type_of_the_name_it_abbreviates_and_a_legal_form_names_the_same_company()
    {
        var (doc, entities) = Merge("[GPE GM] Plant Strike\n[ORG General Motors Corp] said the union wrote to [ORG General Motors] and to [ORG Ford Motor Co].");
        Assert.Equal(2, entities.Count);
        var gm = Named(entities, "General Motors Corp");
        Assert.Equal(EntityType.Org, gm.Type);
        Assert.Equal(["GM", "General Motors Corp", "General Motors"], MentionTexts(doc, gm));
        Assert.Equal(EntityType.Org, Named(entities, "Ford Motor Co").Type);
    }

    [Fact]
    public void A_place_and_its_acronym_stay_a_place()
    {
        var (_, entities) = Merge("The [GPE United States] and the [GPE U.S.] Congress.");
        var us = Assert.Single(entities);
        Assert.Equal(EntityType.Gpe, us.Type);
    }

    [Fact]
    public void A_surname_in_the_headline_finds_the_full_name_further_down()
    {
        var doc = MarkedText.Build("[PER Putin] Talks End\nRussian President [PER Vladimir Putin] met the envoy.");
        var putin = Assert.Single(EntityMerger.Merge(doc));
        Assert.Equal("Vladimir Putin", putin.Name);
        Assert.Equal(2, putin.Mentions.Count);
    }

    [Fact]
    public void Different_forenames_with_one_surname_stay_apart()
    {
        var (_, entities) = Merge("[PER Bill Clinton] and [PER Hillary Clinton] spoke.");
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void A_title_before_the_name_is_a_role_and_a_country_in_it_is_what_the_role_is_of()
    {
        var (doc, entities) = Merge("[GPE US] President [PER Donald Trump] praised his envoy, [PER Steve Witkoff], after the talks.");
        var trump = Named(entities, "Trump");
        var us = Named(entities, "US");
        var role = Assert.Single(trump.Roles);
        Assert.Equal("US President", role.Title);
        Assert.Equal(us.Id, role.Of);
        Assert.Equal("US President", doc.TextOf(role.Range));

        var envoy = Assert.Single(Named(entities, "Witkoff").Roles);
        Assert.Equal("envoy", envoy.Title);
        Assert.Equal(trump.Id, envoy.Of);
    }

    [Fact]
    public void A_possessive_role_before_the_name_refers_to_the_person_of_the_sentence_before()
    {
        var (_, entities) = Merge("[PER Trump] is open to a meeting. His press secretary, [PER Karoline Leavitt], affirmed it.");
        var role = Assert.Single(Named(entities, "Leavitt").Roles);
        Assert.Equal("press secretary", role.Title);
        Assert.Equal(Named(entities, "Trump").Id, role.Of);
    }

    [Fact]
    public void A_lowercase_role_with_its_modifiers_is_bound()
    {
        var (_, entities) = Merge("The Kremlin agreed, with foreign policy aide [PER Yuri Ushakov] stating that talks went well.");
        Assert.Equal("foreign policy aide", Assert.Single(Named(entities, "Ushakov").Roles).Title);
    }

    [Fact]
    public void An_apposition_after_the_name_is_a_role()
    {
        var (_, entities) = Merge("It was signed.\n—[PER Donald Trump], President of the [GPE United States]");
        var role = Assert.Single(Named(entities, "Trump").Roles);
        Assert.Equal("President of the United States", role.Title);
        Assert.Equal(Named(entities, "United States").Id, role.Of);
    }

    [Theory]
    [InlineData("[GPE UN] Secretary-General [PER Ban Ki]-moon spoke.", "Ban Ki-moon", "UN Secretary-General")]
    [InlineData("Vice-President [PER Dick Cheney] listened.", "Dick Cheney", "Vice-President")]
    [InlineData("[GPE U.S.] Vice President [PER Mike Pence] attended.", "Mike Pence", "U.S. Vice President")]
    [InlineData("[NORP Kazakh] President Kassym-[PER Jomart Tokayev] spoke.", "Kassym-Jomart Tokayev", "Kazakh President")]
    [InlineData("Prime Minister of the [GPE United Kingdom Gordon Brown] spoke.", "Gordon Brown", "Prime Minister of the United Kingdom")]
    [InlineData("Premier of [GPE China] [PER Li Qiang] spoke.", "Li Qiang", "Premier of China")]
    public void Hyphenated_names_and_titles_are_read_whole(string marked, string name, string title)
    {
        var (_, entities) = Merge(marked);
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal(name, person.Name);
        Assert.Equal(title, Assert.Single(person.Roles).Title);
    }

    [Fact]
    public void An_acronym_joins_the_name_it_abbreviates()
    {
        var (doc, entities) = Merge("Figures from the [ORG United Nations High Commissioner for Refugees] ([ORG UNHCR]) and the [GPE U.S.] and the [GPE United States] agree.");
        var unhcr = Named(entities, "Refugees");
        Assert.Equal(["United Nations High Commissioner for Refugees", "UNHCR"], MentionTexts(doc, unhcr));
        Assert.Equal(2, Named(entities, "United States").Mentions.Count);
    }

    [Fact]
    public void A_post_author_and_handle_are_mentions_of_the_person()
    {
        var (doc, entities) = Merge("[PER Donald Trump] posted a message.\nGreat progress has been made in the talks today.\n— Donald J. Trump (@realDonaldTrump) June 2, 2024\nThe talks went on.");
        var trump = Assert.Single(entities);
        var texts = MentionTexts(doc, trump);
        Assert.Contains("Donald J. Trump", texts);
        Assert.Contains("@realDonaldTrump", texts);
    }

    [Fact]
    public void He_and_she_are_mentions_of_the_person_of_their_sentence_or_the_one_before()
    {
        var (doc, entities) = Merge("[PER Volodymyr Zelensky] confirmed the call. He echoed the sentiment.");
        Assert.Contains("He", MentionTexts(doc, Assert.Single(entities)));
    }

    [Fact]
    public void Quote_speakers_are_entities_when_the_entities_layer_is_present()
    {
        var doc = MarkedText.Build("Headline for the test\nUkrainian President [PER Volodymyr Zelensky] confirmed the call. He echoed the sentiment, stating, “The war must end.”");
        var entities = EntityMerger.Merge(doc);
        doc.Set(Layers.Entities, entities);
        var quote = Assert.Single(QuoteExtractor.Extract(doc), q => q.Kind == QuoteKind.Direct);
        Assert.Equal(Assert.Single(entities).Id, quote.Speaker);
        Assert.Equal("Volodymyr Zelensky", quote.SpeakerName);
        Assert.Equal("He", doc.TextOf(quote.SpeakerRange!.Value));
    }

    [Fact]
    public void A_person_named_at_the_end_of_an_organisation_mention_is_split_off_when_the_article_names_that_surname_elsewhere()
    {
        var (_, entities) = Merge("But [ORG Lib Dem Norman Baker] accused ministers of turning Britain into a dump. [PER Mr Baker] said the move was wrong.");
        var baker = Named(entities, "Norman Baker");
        Assert.Equal(EntityType.Person, baker.Type);
        Assert.Equal(2, baker.Mentions.Count);
        Assert.Equal(EntityType.Org, Named(entities, "Lib Dem").Type);

        // Not without the surname elsewhere, and never at a head word of names ("Party").
        var (_, alone) = Merge("But [ORG Lib Dem Norman Baker] accused ministers of turning Britain into a dump.");
        Assert.Equal(EntityType.Org, Assert.Single(alone).Type);
        var (_, party) = Merge("[ORG UK Independence Party] leader [PER Robert Kilroy Party] spoke.");
        Assert.Equal(EntityType.Org, Named(party, "UK Independence Party").Type);
    }
}
