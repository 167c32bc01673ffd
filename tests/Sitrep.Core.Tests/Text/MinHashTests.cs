using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Text;

public sealed class MinHashTests
{
    private const string Story =
        "The council voted on Tuesday to close the old ferry terminal after engineers found cracks in the pier. " +
        "Residents who rely on the crossing said the decision would add an hour to their journeys to the mainland. " +
        "The harbour master said a temporary landing stage could be built within six weeks if funds were found, " +
        "and that the regional government had been asked to help with the cost of repairs to the main slipway.";

    private const string SameTopic =
        "Ferry passengers faced delays on Wednesday as the council met to discuss repairs to the pier. " +
        "Engineers said the cracks in the old terminal were worse than expected and the crossing may close for months. " +
        "The regional government has not said whether it will pay, and residents fear journeys to the mainland will take longer.";

    [Fact]
    public void An_edited_copy_is_similar_and_a_same_topic_story_is_not()
    {
        string copy = "FERRY TERMINAL TO CLOSE\nPORTVILLE (Wire) - " + Story[..Story.LastIndexOf(" and that", StringComparison.Ordinal)] + ".\nAll rights reserved.";
        var a = MinHash.Signature(Story)!;
        Assert.InRange(MinHash.Similarity(a, MinHash.Signature(copy)!), MinHash.DefaultThreshold, 1);
        Assert.InRange(MinHash.Similarity(a, MinHash.Signature(SameTopic)!), 0, 0.1);
        Assert.Equal(1.0, MinHash.Similarity(a, MinHash.Signature(Story.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal))!));
    }

    [Fact]
    public void Too_short_texts_have_no_signature_and_signatures_round_trip()
    {
        Assert.Null(MinHash.Signature("Three words only"));
        var sig = MinHash.Signature(Story)!;
        Assert.Equal(sig, MinHash.FromBytes(MinHash.ToBytes(sig)));
        Assert.Equal(MinHash.Bucket(sig, 3), MinHash.Bucket(MinHash.Signature(Story)!, 3));
        Assert.NotEqual(MinHash.Bucket(sig, 3), MinHash.Bucket(sig, 4));
    }

    [Fact]
    public void Figures_agree_for_a_copy_and_not_for_a_report_with_other_figures()
    {
        var original = MinHash.Figures("Shortage of 450 mln; bills drain 1,610 mln and 5.65 billion; 140 mln added.");
        Assert.True(MinHash.FiguresAgree(original, MinHash.Figures("LONDON, Mar 5 - Shortage of 450 mln; bills drain 1,610 mln.")));
        Assert.False(MinHash.FiguresAgree(original, MinHash.Figures("Shortage of 800 mln; bills drain 1,250 mln and 2.47 billion; 140 mln added.")));
        Assert.True(MinHash.FiguresAgree(original, MinHash.Figures("No figures here, or one: 7.")));
    }

    [Fact]
    public void The_index_gives_a_copy_of_a_copy_the_group_original()
    {
        var index = new DuplicateIndex();
        Assert.Null(index.Add("a", Story));
        Assert.Null(index.Add("b", SameTopic));
        Assert.Equal("a", index.Add("c", "Share this\n" + Story)?.Original);
        Assert.Equal("a", index.Add("d", "Share this\n" + Story + "\nCopyright.")?.Original);
        Assert.Null(index.CopyOf("a"));
        Assert.Null(index.CopyOf("b"));
        Assert.Equal("a", index.CopyOf("d")?.Original);
    }

    [Fact]
    public void The_index_groups_under_the_lowest_id_whatever_the_order()
    {
        string[] ids = ["k", "c", "x"];
        string[] texts = [Story, "Share this\n" + Story, Story + "\nCopyright."];
        foreach (var order in new[] { new[] { 0, 1, 2 }, [2, 1, 0], [1, 2, 0], [2, 0, 1] })
        {
            var index = new DuplicateIndex();
            foreach (int i in order)
            {
                index.Add(ids[i], texts[i]);
            }

            Assert.Null(index.CopyOf("c"));
            Assert.Equal("c", index.CopyOf("k")?.Original);
            Assert.Equal("c", index.CopyOf("x")?.Original);
        }
    }

    [Fact]
    public void A_document_linking_two_groups_merges_them_under_the_lowest_id_and_figures_can_veto_a_link()
    {
        DuplicateLinking.Candidate[] similar = [new("q", "m", 0.9), new("m", "m", 0.8), new("f", "f", 0.95), new("z", "z", 0.85)];
        var link = DuplicateLinking.Decide("p", similar, c => c != "z");
        Assert.NotNull(link);
        Assert.Equal("f", link.Original);
        Assert.False(link.IsOriginal);
        Assert.Equal(0.95, link.OwnSimilarity);
        Assert.Equal([("m", 0.9)], link.Demoted);

        var lowest = DuplicateLinking.Decide("a", similar, c => c != "z");
        Assert.True(lowest!.IsOriginal);
        Assert.Equal(["f", "m"], lowest.Demoted.Select(d => d.Group));
        Assert.Null(DuplicateLinking.Decide("a", [new("z", "z", 0.99)], _ => false));
    }

    [Fact]
    public void Results_tables_of_two_companies_are_templated_apart_and_a_copy_or_a_same_topic_story_is_not()
    {
        const string Acme = "Acme Corp 4th qtr net. Shr 12 cts vs 10 cts. Net 1,234,000 vs 987,000. Revs 12.3 mln vs 10.1 mln. Year shr 48 cts vs 41 cts.";
        const string Bolt = "Bolt Inc 4th qtr net. Shr 31 cts vs 22 cts. Net 4,567,000 vs 3,210,000. Revs 45.6 mln vs 40.2 mln. Year shr 95 cts vs 77 cts.";
        var acme = MinHash.TemplateSignature(Acme)!;
        var bolt = MinHash.TemplateSignature(Bolt)!;
        Assert.Null(MinHash.Signature(Acme)); // too short for the near-duplicate signature, not for the template
        Assert.True(MinHash.Similarity(acme, bolt) > 0.5);
        Assert.True(MinHash.TemplatedApart(acme, MinHash.Figures(Acme), bolt, MinHash.Figures(Bolt), 0.1));

        // A resend with the same figures is not apart; nor are two stories written apart whose figures differ.
        string resend = "CORRECTED - " + Acme;
        Assert.False(MinHash.TemplatedApart(acme, MinHash.Figures(Acme), MinHash.TemplateSignature(resend)!, MinHash.Figures(resend), 0.1));
        string story = Story + " Repairs would cost 4 mln and take 18 months.", other = SameTopic + " The vote was 12 to 9 in 2024.";
        Assert.True(MinHash.Similarity(MinHash.TemplateSignature(story)!, MinHash.TemplateSignature(other)!) < 0.1);
        Assert.False(MinHash.TemplatedApart(MinHash.TemplateSignature(story)!, MinHash.Figures(story), MinHash.TemplateSignature(other)!, MinHash.Figures(other), 0.1));
        Assert.Null(MinHash.TemplateSignature("Acme 4th qtr net up."));
    }
}
