using Sitrep.Core.Events;

namespace Sitrep.Core.Tests.Events;

/// <summary>Events from the verbs derived from the CAMEO verb dictionary (Data/cameo-lexicon.tsv).</summary>
public sealed partial class EventExtractorTests
{
    [Fact]
    public void A_derived_verb_codes_an_event_between_two_actors()
    {
        Assert.Contains(Events("Iran chastised Britain on Tuesday over the seizure of a tanker."), e => e.Type == Plover.Accuse);
        Assert.Contains(Events("Spain threw out Morocco's appeal on Monday."), e => e.Type == Plover.Reject);
    }

    [Fact]
    public void A_derived_verb_with_one_actor_codes_nothing()
        => Assert.Empty(Events("Iran chastised the plan on Tuesday."));

    [Fact]
    public void Warning_that_an_actor_will_no_longer_tolerate_an_act_is_a_threat()
        => Assert.Contains(Events("Egypt's interior minister warned that police would no longer tolerate rallies by the opposition."), e => e.Type == Plover.Threaten);
}
