using Sitrep.Core.Annotations;
using Sitrep.Core.Documents;
using Sitrep.Core.Events;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests.Events;

/// <summary>The table of senses a trigger takes from its arguments (Data/event-senses.tsv) and the reader's use of it.</summary>
public sealed class EventSensesTests
{
    private static IReadOnlyList<NewsEvent> Events(string text) =>
        ShippedPipeline.Instance.Process(new ArticleInput(text, "t") { GivenPublished = new DateOnly(2025, 8, 7) }).Get(Layers.Events);

    [Fact]
    public void A_table_line_maps_each_argument_word_to_its_sense()
    {
        var senses = EventSenses.Parse("# comment\nstrike\tobj\ttone note\tNONE\nsend\tobj\tcongratulations\tSUPPORT\n");
        Assert.Equal(EventSenses.None, senses.Sense("strike", SenseSlot.Object, "note"));
        Assert.Equal(Plover.Support, senses.Sense("send", SenseSlot.Object, "congratulations"));
        Assert.Null(senses.Sense("strike", SenseSlot.Next, "note"));
        Assert.True(senses.Has("send"));
        Assert.False(senses.Has("attack"));
    }

    [Theory]
    [InlineData("strike\tsubj\ttone\tNONE", "unknown slot")]
    [InlineData("strike\tobj\ttone\tBOMB", "neither NONE nor a PLOVER category")]
    [InlineData("strike\tobj\ttone", "expected 4")]
    public void A_bad_line_is_refused_with_its_number(string line, string problem)
    {
        var e = Assert.Throws<FormatException>(() => EventSenses.Parse("# header\n" + line));
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_table_loads()
        => Assert.Equal(EventSenses.None, EventSenses.Shared.Sense("decline", SenseSlot.Complement, "comment"));

    [Fact]
    public void The_object_decides_whether_striking_is_an_attack()
    {
        Assert.DoesNotContain(Events("Russia struck a more cautious tone on Tuesday."), e => e.Type == Plover.Assault);
        Assert.Contains(Events("Russia struck a military base in Syria on Tuesday."), e => e.Type == Plover.Assault);
    }

    [Fact]
    public void Declining_to_comment_refuses_nothing()
        => Assert.DoesNotContain(Events("The Kremlin declined to comment on the talks with Ukraine."), e => e.Type == Plover.Reject);

    [Fact]
    public void Protesters_who_protest_demonstrate_and_a_ministry_that_protests_objects()
    {
        Assert.Equal(Plover.Protest, EventSenses.Shared.Sense("protest", SenseSlot.Agent, "OPP"));
        Assert.Contains(Events("In Harare, demonstrators protested against the election results on Tuesday."), e => e.Type == Plover.Protest);
        Assert.DoesNotContain(Events("In Harare, the Zimbabwean foreign ministry protested against the election results on Tuesday."), e => e.Type == Plover.Protest);
    }
}
