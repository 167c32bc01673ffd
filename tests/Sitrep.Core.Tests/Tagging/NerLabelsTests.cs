using Sitrep.Core.Tagging;

namespace Sitrep.Core.Tests.Tagging;

public sealed class NerLabelsTests
{
    private static string[] Bilou(params string[] iob)
    {
        var labels = new byte[iob.Length];
        NerLabels.FromIob(iob, labels);
        return labels.Select(l => l == 0 ? "O" : "BILU"[NerLabels.PositionOf(l)] + "-" + NerLabels.TypeNames[NerLabels.TypeOf(l)]).ToArray();
    }

    [Fact]
    public void Iob2_becomes_bilou()
        => Assert.Equal(
            ["B-PER", "L-PER", "O", "U-LOC", "B-ORG", "I-ORG", "L-ORG", "U-MISC"],
            Bilou("B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG", "B-MISC"));

    [Fact]
    public void Iob1_and_adjacent_mentions_are_read_as_conlleval_reads_them()
    {
        Assert.Equal(["U-LOC", "U-LOC"], Bilou("I-LOC", "B-LOC"));
        Assert.Equal(["B-PER", "L-PER", "U-ORG"], Bilou("I-PER", "I-PER", "I-ORG"));
        Assert.Equal(["O", "U-PER"], Bilou("O", "I-PER"));
    }

    [Fact]
    public void Transitions_keep_mentions_well_formed()
    {
        int bPer = NerLabels.Label(0, NerLabels.Begin), iPer = NerLabels.Label(0, NerLabels.Inside), lPer = NerLabels.Label(0, NerLabels.Last);
        int uLoc = NerLabels.Label(1, NerLabels.Unit), iLoc = NerLabels.Label(1, NerLabels.Inside);
        Assert.True(NerLabels.IsAllowed(-1, bPer));
        Assert.False(NerLabels.IsAllowed(-1, iPer));
        Assert.True(NerLabels.IsAllowed(bPer, lPer));
        Assert.False(NerLabels.IsAllowed(bPer, NerLabels.Outside));
        Assert.False(NerLabels.IsAllowed(bPer, iLoc));
        Assert.True(NerLabels.IsAllowed(lPer, uLoc));
        Assert.False(NerLabels.IsAllowed(uLoc, iLoc));
    }

    [Fact]
    public void Output_is_iob2_and_open_mentions_are_closed()
    {
        byte[] labels = [(byte)NerLabels.Label(2, NerLabels.Begin), (byte)NerLabels.Label(2, NerLabels.Inside)];
        NerLabels.CloseLast(labels);
        Assert.Equal(NerLabels.Label(2, NerLabels.Last), labels[1]);
        Assert.Equal(["B-ORG", "I-ORG"], labels.Select(l => NerLabels.ToIob2(l)));
        Assert.Equal("B-LOC", NerLabels.ToIob2(NerLabels.Label(1, NerLabels.Unit)));
        Assert.Equal("O", NerLabels.ToIob2(NerLabels.Outside));
    }
}
