using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Events;

namespace Sitrep.Core.Tests.Events;

/// <summary>Arguments read by mechanisms of English: shared passive voice, quotation marks inside a noun's phrase, and
/// the entity layer's descriptions and plural pronouns as actors.</summary>
public sealed partial class EventExtractorTests
{
    /// <summary>The name of an entity, named or described.</summary>
    private static string? AnyName(Document doc, string? id)
        => doc.Get(Layers.Entities).Concat(doc.GetOrDefault(Layers.DescribedActors, [])).FirstOrDefault(e => e.Id == id)?.Name;

    [Fact]
    public void A_conjunct_without_its_own_subject_or_auxiliary_shares_the_passive()
    {
        var doc = Analyze("Three coachloads of people were searched and detained by police on the way to the base.");
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Coerce);
        Assert.Equal("police", AnyName(doc, e.Source));
        Assert.Equal("people", AnyName(doc, e.Target));
    }

    [Fact]
    public void Quotation_marks_inside_an_event_nouns_phrase_do_not_end_it()
    {
        var doc = Analyze("Three people have died during protests in Bolivia against the “interim” government.");
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Protest);
        Assert.Equal("interim government", AnyName(doc, e.Target));
    }

    [Fact]
    public void Their_is_the_organisation_that_is_the_subject_before_it()
    {
        var doc = Analyze("The Palestinian Authority said they would hold talks with Israel.\n\nTheir decision was welcomed by Egypt.");
        var authority = Assert.Single(doc.Get(Layers.Entities), e => e.Name == "Palestinian Authority");
        Assert.Equal(3, authority.Mentions.Count);
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Support);
        Assert.Equal("Egypt", AnyName(doc, e.Source));
        Assert.Equal(authority.Id, e.Target);
    }

    [Fact]
    public void They_after_a_described_group_is_no_named_organisation()
    {
        var doc = Analyze("The Palestinian Authority met five unions in Ramallah. The unions said they would strike.");
        var authority = Assert.Single(doc.Get(Layers.Entities), e => e.Name == "Palestinian Authority");
        Assert.Single(authority.Mentions);
    }

    [Fact]
    public void The_union_is_the_union_named_before_it_and_the_government_is_not()
    {
        var doc = Analyze("The United Auto Workers said on Monday that talks with General Motors had stalled. The union will vote on a strike next week. The government will not intervene.");
        var union = Assert.Single(doc.Get(Layers.Entities), e => e.Name == "United Auto Workers");
        Assert.Contains(union.Mentions, m => doc.TextOf(m) == "union");
        Assert.DoesNotContain(union.Mentions, m => doc.TextOf(m) == "government");
        Assert.Contains(doc.Get(Layers.Events), e => e.Type == Plover.Threaten && e.Source == union.Id);
    }

    [Fact]
    public void The_subject_of_a_verb_that_undergoes_an_event_noun_is_its_target()
    {
        var doc = Analyze("As of January 2025, more than 210,000 people had fled the fighting, the UN refugee agency estimates.");
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Assault);
        Assert.Null(e.Source);
        Assert.Equal("people", AnyName(doc, e.Target));

        doc = Analyze("Hillary Clinton is already receiving criticism for her repeated comments in interviews.");
        e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Accuse);
        Assert.Null(e.Source);
        Assert.Equal("Hillary Clinton", AnyName(doc, e.Target));
    }

    [Fact]
    public void Undergoer_verbs_are_read_from_their_data_file()
    {
        Assert.True(Sitrep.Core.Language.UndergoerVerbs.SubjectIsTarget("flee"));
        Assert.False(Sitrep.Core.Language.UndergoerVerbs.SubjectIsTarget("witness"));
        Assert.Null(Sitrep.Core.Language.UndergoerVerbs.SubjectIsTarget("attack"));
        Assert.Throws<InvalidDataException>(() => Sitrep.Core.Language.UndergoerVerbs.Read(new StringReader("lemma\tsubject\nflee\tsource\n")));
    }

    [Fact]
    public void The_subject_of_an_event_nouns_for_to_clause_is_its_target()
    {
        var doc = Analyze("The deal to open formal talks with Ankara came despite an EU demand for Turkey to recognise Cyprus.");
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Request);
        Assert.Equal("EU", AnyName(doc, e.Source));
        Assert.Equal("Turkey", AnyName(doc, e.Target));
    }

    [Fact]
    public void A_person_named_beside_a_role_is_the_object_not_the_party_that_modifies_the_role()
    {
        var doc = Analyze("Radio talk host Rush Limbaugh used his platform Friday to discuss what he described as the brilliant decision Donald Trump made to request a debate with Democratic presidential candidate Bernie Sanders.");
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Request);
        Assert.Equal("Donald Trump", AnyName(doc, e.Source));
        Assert.Equal("Bernie Sanders", AnyName(doc, e.Target));
    }

    [Fact]
    public void His_before_a_noun_that_names_no_person_is_the_person_it_refers_to()
    {
        var doc = Analyze("The premier insisted Mr Brown will have a key role in Labour's campaign, and praised his handling of the economy.");
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Support);
        Assert.Equal("Brown", AnyName(doc, e.Target));

        // "his envoy": a role's owner is its principal, not the one who acts; it stays unresolved.
        doc = Analyze("Donald Trump spoke on Friday. He said a meeting between his envoy, Steve Witkoff, and Vladimir Putin went well.");
        var trump = Assert.Single(doc.Get(Layers.Entities), e => e.Name == "Donald Trump");
        Assert.DoesNotContain(trump.Mentions, m => doc.TextOf(m) == "his");

        // "His wife met …": a kin noun is a role (titles.tsv), so its owner stays unresolved too.
        doc = Analyze("John Smith arrived in Paris on Monday. His wife met the French ambassador on Tuesday.");
        var smith = Assert.Single(doc.Get(Layers.Entities), e => e.Name == "John Smith");
        Assert.DoesNotContain(smith.Mentions, m => doc.TextOf(m) == "His");
    }

    [Fact]
    public void Of_two_as_complete_mentions_the_narrators_is_the_evidence_not_the_one_someone_confirmed()
    {
        var doc = Analyze("Ukrainian President Volodymyr Zelensky confirmed his own discussion with Donald Trump. "
            + "The US approved $200 million in military sales to Ukraine. "
            + "This decision followed a phone call between Presidents Zelensky and Trump.");
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Consult);
        Assert.Contains("phone call", doc.Text[e.Evidence.Start..e.Evidence.End]);
    }

    [Fact]
    public void A_possessive_is_the_nearest_person_before_it_in_its_sentence()
    {
        var doc = Analyze("Liberal Democrat leader Charles Kennedy attacked Gordon Brown for failing to mention the environment and for his record on social justice.");
        var brown = Assert.Single(doc.Get(Layers.Entities), e => e.Name == "Gordon Brown");
        Assert.Contains(brown.Mentions, m => doc.TextOf(m) == "his");
    }
}
