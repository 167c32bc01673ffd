using Sitrep.Core.Annotations;
using Sitrep.Core.Events;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Tests.Events;

/// <summary>Event sides read off the parse and the entity layer (session 13): a passive's agent told by the clause it
/// hangs from, a threat's target in its condition.</summary>
public sealed partial class EventExtractorTests
{
    // The passive names no agent; the clause it is coordinated with names the act and who did it ("action by police").
    [Fact]
    public void A_passive_without_agent_takes_the_by_phrase_of_the_act_its_clause_hangs_from()
    {
        var doc = Analyze("It followed action by police, when three coachloads of people were searched and detained on the way to the base.");
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Coerce);
        Assert.Equal("police", AnyName(doc, e.Source));
    }

    // A threat is aimed at whoever must meet its condition.
    [Theory]
    [InlineData("Union leader Mark Serwotka warned that there could be further walkouts unless the government changed its plans.")]
    [InlineData("Union leader Mark Serwotka warned that there could be further walkouts if the government did not change its plans.")]
    public void A_threat_is_aimed_at_the_actor_of_its_condition(string text)
    {
        var doc = Analyze(text);
        var e = Assert.Single(doc.Get(Layers.Events), e => e.Type == Plover.Threaten);
        Assert.Equal("Mark Serwotka", AnyName(doc, e.Source));
        Assert.Equal("government", AnyName(doc, e.Target));
    }
}
