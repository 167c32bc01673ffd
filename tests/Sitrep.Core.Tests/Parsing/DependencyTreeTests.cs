using Sitrep.Core.Parsing;

namespace Sitrep.Core.Tests.Parsing;

/// <summary>The parse layer's child index: what events and speakers read to find a verb's subject and objects.</summary>
public sealed class DependencyTreeTests
{
    // Two sentences in one document: "Rebels attacked the town ." (0–4) and "It was shelled by troops" (5–9).
    private static readonly string[] Names = ["root", "nsubj", "obj", "det", "punct", "nsubj:pass", "aux:pass", "obl:agent", "case"];

    private static DependencyTree Tree() => new(
        [1, -1, 3, 1, 1, 7, 7, -1, 9, 7],
        [1, 0, 3, 2, 4, 5, 6, 0, 8, 7],
        Names);

    [Fact]
    public void Children_are_listed_in_text_order_and_stay_in_their_sentence()
    {
        var tree = Tree();
        Assert.Equal([0, 3, 4], tree.Children(1).ToArray());
        Assert.Equal([2], tree.Children(3).ToArray());
        Assert.Equal([5, 6, 9], tree.Children(7).ToArray());
        Assert.True(tree.Children(0).IsEmpty);
        Assert.True(tree.Children(9).Length == 1 && tree.Children(9)[0] == 8);
    }

    [Fact]
    public void FirstChild_matches_the_universal_relation_and_its_subtypes_only()
    {
        var tree = Tree();
        Assert.Equal(0, tree.FirstChild(1, "nsubj"));
        Assert.Equal(3, tree.FirstChild(1, "obj"));
        Assert.Equal(5, tree.FirstChild(7, "nsubj"));        // nsubj:pass
        Assert.Equal(5, tree.FirstChild(7, "nsubj:pass"));
        Assert.Equal(9, tree.FirstChild(7, "obl"));          // obl:agent
        Assert.Equal(-1, tree.FirstChild(7, "obj"));
        Assert.Equal(-1, tree.FirstChild(7, "nsub"));        // a prefix of a name is not that relation
    }

    [Fact]
    public void IsUnder_follows_heads_up_to_the_root_of_the_tokens_sentence_only()
    {
        var tree = Tree();
        Assert.True(tree.IsUnder(2, 3));   // "the" under "town"
        Assert.True(tree.IsUnder(2, 1));   // … and through it under "attacked"
        Assert.False(tree.IsUnder(3, 3));  // not under itself
        Assert.False(tree.IsUnder(1, 2));  // the head is not under its dependent
        Assert.False(tree.IsUnder(8, 1));  // another sentence's root
        Assert.True(tree.IsUnder(8, 7));
    }
}
