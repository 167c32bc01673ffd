using Sitrep.Core.Events;

namespace Sitrep.Core.Tests.Events;

/// <summary>Event recall (session 12): acts the reader used to miss or give another category, by mechanism.</summary>
public sealed partial class EventExtractorTests
{
    // "be due to" is a schedule: the act is planned, so PLOVER's future rule makes a consultation an agreement. The
    // tagger takes "to" after "due" for a preposition; before a verb's base form it is still the infinitive's marker.
    [Fact]
    public void A_scheduled_act_is_a_plan()
    {
        var events = Events("EC farm ministers are due to resume negotiations with Japan on the package.");
        Assert.Contains(events, e => e.Type == Plover.Agree);
        Assert.DoesNotContain(events, e => e.Type == Plover.Consult);
    }

    // "Beijing's demands" were made whatever the condition around them says of Trump's answer.
    [Fact]
    public void An_event_noun_with_a_named_possessor_is_told_as_given_inside_a_condition()
        => Assert.Contains(
            Events("The deal may grow bigger if US President Donald Trump agrees to Beijing's demands to roll back tariffs."),
            e => e.Type == Plover.Request);

    [Fact]
    public void An_event_noun_without_a_possessor_inside_a_condition_is_no_event()
        => Assert.DoesNotContain(
            Events("The deal may grow bigger if US President Donald Trump agrees to new demands to roll back tariffs."),
            e => e.Type == Plover.Request);

    // A noun with an indefinite article introduces a happening: two meetings with the same people told in two sentences
    // of the body stay two events (the merger joined them as one act told twice).
    [Theory]
    [InlineData("Hillary Clinton met Buddy Dyer on Sunday. Earlier in the day, Clinton held a roundtable meeting with Buddy Dyer.")]
    [InlineData("Clinton made the brief visit after a somber meeting with community leaders and family members. Earlier in the day, Clinton held a roundtable meeting with Orlando community leaders.")]
    public void A_meeting_introduced_by_an_indefinite_article_is_another_meeting(string body)
        => Assert.Equal(2, Events("Clinton in Orlando\n\n" + body).Count(e => e.Type == Plover.Consult));

    // PLOVER 3.9 "sue or bring to court": the nouns of going to law are accusations, as "lawsuit" is.
    [Theory]
    [InlineData("Robert Napier raised a legal challenge against the Scottish Executive in 2001.")]
    [InlineData("Residents' groups began a court challenge to the government's plans.")]
    public void Going_to_law_is_an_accusation(string text)
        => Assert.Contains(Events(text), e => e.Type == Plover.Accuse);

    // A possibility modal on a verbal act (which the future rule leaves as it is) tells what might be done: "could take
    // legal action" is no lawsuit, "took legal action" is one.
    [Fact]
    public void A_verbal_act_that_only_may_be_done_is_no_event()
    {
        Assert.DoesNotContain(Events("The UK Independence Party could take legal action against the Veritas party."), e => e.Type == Plover.Accuse);
        Assert.Contains(Events("The UK Independence Party took legal action against the Veritas party."), e => e.Type == Plover.Accuse);
    }
}
