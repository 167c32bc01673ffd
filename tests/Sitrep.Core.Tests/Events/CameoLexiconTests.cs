using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Events;
using Sitrep.Core.Pipeline;
using Sitrep.Models;

namespace Sitrep.Core.Tests.Events;

/// <summary>The verb lexicon and senses derived from the CAMEO verb dictionary (Data/cameo-*.tsv), read after the
/// hand-written files, and how the reader uses them.</summary>
public sealed class CameoLexiconTests
{
    private static readonly Lazy<SitrepPipeline> s_pipeline = new(() => DefaultPipeline.Create(EmbeddedModels.Load()));

    private static IReadOnlyList<NewsEvent> Events(string text) =>
        s_pipeline.Value.Process(new ArticleInput(text, "t") { GivenPublished = new DateOnly(2025, 8, 7) }).Get(Layers.Events);

    [Fact]
    public void A_later_lexicon_adds_only_what_the_earlier_one_does_not_list()
    {
        var lexicon = EventLexicon.Parse(
            "rebuke\tV\tframe\tACCUSE\t-\ncall for\tV\tframe\tREQUEST\t-\n",
            "rebuke\tV\tevent\tSUPPORT\t-\nrebuke\tN\tevent\tACCUSE\t-\nscold\tV\tevent\tACCUSE\t-\ncall off\tV\tevent\tSANCTION\t-\ncall for\tV\tevent\tAID\t-\nraise\tV\tsense\t-\t-\n");
        var rebuke = lexicon.Starting("rebuke").ToArray();
        Assert.Equal(2, rebuke.Length);
        Assert.Contains(rebuke, e => e.Pos == TriggerPos.Verb && e.Kind == TriggerKind.Frame && !e.Derived);
        Assert.Contains(rebuke, e => e.Pos == TriggerPos.Noun && e.Derived);
        Assert.True(lexicon.Starting("scold")[0].Derived);
        var call = lexicon.Starting("call").ToArray();
        Assert.Contains(call, e => e.Key == "call off" && e.Category == Plover.Sanction && e.Derived);
        Assert.Equal(Plover.Request, Assert.Single(call, e => e.Key == "call for").Category);
        Assert.Equal(TriggerKind.Sense, lexicon.Starting("raise")[0].Kind);
    }

    [Fact]
    public void A_later_senses_table_does_not_override_an_earlier_line()
    {
        var senses = EventSenses.Parse("strike\tobj\tdeal\tNONE\n", "strike\tobj\tdeal tone\tAGREE\nthrow out\tobj\tappeal\tREJECT\n");
        Assert.Equal(EventSenses.None, senses.Sense("strike", SenseSlot.Object, "deal"));
        Assert.Equal(Plover.Agree, senses.Sense("strike", SenseSlot.Object, "tone"));
        Assert.Equal(Plover.Reject, senses.Sense("throw out", SenseSlot.Object, "appeal"));
    }

    [Fact]
    public void The_shipped_lexicon_has_the_derived_verbs_but_not_its_reporting_verbs()
    {
        var lexicon = EventLexicon.Shared;
        Assert.Contains(lexicon.Starting("chastise").ToArray(), e => e.Derived && e.Category == Plover.Accuse);
        Assert.Contains(lexicon.Starting("throw").ToArray(), e => e.Key == "throw out" && e.Derived);
        // The hand-written entry wins ("rebuke" is a frame there).
        Assert.DoesNotContain(lexicon.Starting("rebuke").ToArray(), e => e.Derived && e.Pos == TriggerPos.Verb);
        // "claim" is a reporting verb (Language/Data/reporting-verbs.tsv): what CAMEO codes for it is not taken.
        Assert.DoesNotContain(lexicon.Starting("claim").ToArray(), e => e.Derived && e.Pos == TriggerPos.Verb);
        Assert.Equal(Plover.Reject, EventSenses.Shared.Sense("throw out", SenseSlot.Object, "appeal"));
    }

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
