using Sitrep.Core.Events;

namespace Sitrep.Core.Tests.Events;

/// <summary>The verb lexicon and senses derived from the CAMEO verb dictionary (Data/cameo-*.tsv), read after the
/// hand-written files (how the reader uses them: EventExtractorTests.Cameo.cs).</summary>
public sealed class CameoLexiconTests
{
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
}
