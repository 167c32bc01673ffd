using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Events;
using Sitrep.Core.Language;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Record;

namespace Sitrep.Core.Tests.Entities;

/// <summary>Actors the text describes without naming them, as entities, and the events that take them as actors.</summary>
public sealed class DescribedActorFinderTests
{
    private static Document Analyze(string text) =>
        ShippedPipeline.Instance.Process(new ArticleInput(text, "t") { GivenPublished = new DateOnly(2025, 8, 7) });

    private static IReadOnlyList<Entity> Described(Document doc) => doc.Get(Layers.DescribedActors);

    private static Entity? ById(Document doc, string? id) =>
        doc.Get(Layers.Entities).Concat(Described(doc)).FirstOrDefault(e => e.Id == id);

    [Fact]
    public void The_agent_nouns_come_from_the_data_file_with_plurals_and_codes()
    {
        var police = Assert.Single(AgentNouns.EndingIn("police"), f => f.Words.Length == 1);
        Assert.Equal("COP", police.Code);
        Assert.False(police.People);
        var judges = Assert.Single(AgentNouns.EndingIn("judges"), f => f.Words.Length == 1);
        Assert.True(judges.Plural);
        Assert.True(judges.People);
        Assert.Equal("JUD", judges.Code);
        Assert.Contains(AgentNouns.EndingIn("unions"), f => f.Noun == "trade union" && f.Plural);
        Assert.True(AgentNouns.IsAgentWord("protesters"));
        Assert.False(AgentNouns.IsAgentWord("prices"));
    }

    [Fact]
    public void A_described_actor_is_an_entity_with_its_modifiers_and_an_agent_code()
    {
        var doc = Analyze("Three Appeal Court judges dismissed the appeal. Hong Kong police arrested 40 students on Monday.");
        var police = Assert.Single(Described(doc), e => e.Name == "Hong Kong police");
        Assert.Equal(EntityType.Org, police.Type);
        Assert.Equal("COP", police.Agent);
        Assert.True(police.Described);
        var students = Assert.Single(Described(doc), e => e.Name == "students");
        Assert.Equal(EntityType.Norp, students.Type);
        Assert.Equal("40 students", doc.TextOf(Assert.Single(students.Mentions)));

        // Numbered after the named entities, and listed with them in the record, marked.
        int named = doc.Get(Layers.Entities).Count;
        Assert.All(Described(doc), e => Assert.True(int.Parse(e.Id[1..], System.Globalization.CultureInfo.InvariantCulture) > named));
        var record = RecordMapper.Map(doc);
        var mapped = Assert.Single(record.Entities, e => e.Name == "Hong Kong police");
        Assert.True(mapped.Described);
        Assert.Equal("COP", mapped.Agent);
        Assert.DoesNotContain(record.Entities, e => e.Described && e.Type == "PERSON");
    }

    [Fact]
    public void Mentions_of_one_described_group_are_one_entity_and_other_groups_are_not()
    {
        var doc = Analyze("Five public sector unions met the minister in London. The unions want the government to withdraw the plan. Teachers and farmers protested.");
        var unions = Assert.Single(Described(doc), e => e.Name == "public sector unions");
        Assert.Equal(2, unions.Mentions.Count);
        Assert.Contains(Described(doc), e => e.Name == "government");
        Assert.DoesNotContain(Described(doc), e => e.Name.Contains("unions", StringComparison.Ordinal) && e != unions);
    }

    [Fact]
    public void No_described_actor_inside_a_name_nor_a_compound_first_word()
    {
        var doc = Analyze("Officers from Gloucestershire Police visited the police station on Friday.");
        Assert.DoesNotContain(Described(doc), e => e.Mentions.Any(m => doc.TextOf(m).Contains("Police", StringComparison.Ordinal)));
        Assert.DoesNotContain(Described(doc), e => e.Name == "police");
    }

    [Fact]
    public void The_words_of_a_count_are_not_in_the_name()
    {
        var doc = Analyze("At least 14 civilians were killed in the shelling, and more than 300 students fled.");
        var civilians = Assert.Single(Described(doc), e => e.Agent == "CVL");
        Assert.Equal("civilians", civilians.Name);
        Assert.Equal("14 civilians", doc.TextOf(Assert.Single(civilians.Mentions)));
        Assert.Contains(Described(doc), e => e.Name == "students");
    }

    [Fact]
    public void A_phrase_in_quotation_marks_of_its_own_is_a_term_not_an_actor()
    {
        var doc = Analyze("Negotiators report \u201creal movement\u201d after two days of talks. The opposition movement rejected the plan.");
        Assert.DoesNotContain(Described(doc), e => e.Name.Contains("real", StringComparison.Ordinal));
        Assert.Contains(Described(doc), e => e.Name == "opposition movement");
    }

    [Fact]
    public void A_lone_official_who_speaks_is_the_quote_readers()
    {
        var doc = Analyze("\"We will not give up,\" an official said on Monday.");
        Assert.DoesNotContain(Described(doc), e => e.Name == "official");
    }

    [Fact]
    public void An_event_takes_a_described_actor_as_its_source_and_keeps_its_country()
    {
        var doc = Analyze("Hong Kong police threatened to use live ammunition on 800 students on Monday.");
        var threat = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Threaten);
        Assert.Equal("Hong Kong police", ById(doc, threat.Source)?.Name);
        Assert.Equal("HKG", threat.SourceCountry);
        Assert.Equal("students", ById(doc, threat.Target)?.Name);
    }

    [Fact]
    public void A_name_tied_to_the_description_is_the_actor()
    {
        var doc = Analyze("Security forces in Guinea attacked refugees on Monday.");
        var attack = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Assault);
        Assert.Equal("GIN", attack.SourceCountry);
        Assert.False(ById(doc, attack.Source)?.Described ?? true);
    }
}
