using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests.Tagging;

/// <summary>The entity layer over the shipped models and lists: names the recognizer types or cuts wrongly.</summary>
public sealed class ListedNamesPipelineTests
{
    private static List<(string Text, EntityType Type)> Mentions(string text)
    {
        var doc = ShippedPipeline.Instance.Process(new ArticleInput(text, "t") { GivenPublished = new DateOnly(2025, 8, 7) });
        return [.. doc.Get(Layers.Mentions).Select(m => (doc.Text[m.Range.Start..m.Range.End], m.Type))];
    }

    [Fact]
    public void A_listed_organisation_is_one_organisation_mention()
    {
        var mentions = Mentions("The drugs were seized by Customs and Border Protection at the border, officials said.");
        Assert.Contains(("Customs and Border Protection", EntityType.Org), mentions);
    }

    [Fact]
    public void A_union_name_before_its_leaders_name_splits_into_the_organisation_and_the_person()
    {
        var mentions = Mentions("But general secretary of the public services union Unison Dave Prentis criticised the plans.");
        Assert.Contains(("Dave Prentis", EntityType.Person), mentions);
    }

    [Fact]
    public void A_judge_named_with_a_form_of_address_is_a_person()
    {
        var mentions = Mentions("The campaigners lost after a ruling by Lord Justice May and Mr Justice Harrison that the police had acted lawfully.");
        Assert.Contains(("Lord Justice May", EntityType.Person), mentions);
        Assert.Contains(("Mr Justice Harrison", EntityType.Person), mentions);
    }

    [Fact]
    public void An_organisation_extended_over_its_bracketed_acronym_does_not_break_the_recognizer()
    {
        var mentions = Mentions("Over 6.4 million people were displaced, according to the United Nations High Commissioner for Refugees (UNHCR Data).");
        Assert.Contains(mentions, m => m.Text.StartsWith("United Nations High Commissioner", StringComparison.Ordinal));
    }
}
