using Sitrep.Core.Tagging;

namespace Sitrep.Core.Tests.Tagging;

public sealed class AtomBuilderTests
{
    private static TokenAtoms Atoms(string word)
    {
        var a = default(TokenAtoms);
        AtomBuilder.Fill(word, ref a);
        return a;
    }

    [Fact]
    public void Flags_describe_case_digits_and_punctuation()
    {
        Assert.Equal(AtomFlags.InitialCap | AtomFlags.HasLetter, Atoms("Washington").Flags & ~AtomFlags.Long);
        Assert.True(Atoms("NATO").Flags.HasFlag(AtomFlags.AllCaps));
        Assert.True(Atoms("iPhone").Flags.HasFlag(AtomFlags.InnerCap));
        Assert.True(Atoms("1996-08-22").Flags.HasFlag(AtomFlags.HasHyphen | AtomFlags.HasDigit));
        Assert.True(Atoms("1996").Flags.HasFlag(AtomFlags.AllDigits));
        Assert.True(Atoms(",").Flags.HasFlag(AtomFlags.Punctuation));
        Assert.True(Atoms("U.S.").Flags.HasFlag(AtomFlags.HasPeriod | AtomFlags.AllCaps));
    }

    [Fact]
    public void Short_shape_collapses_runs_and_folded_shape_drops_case()
    {
        Assert.Equal(Atoms("Paris").Shape, Atoms("Tokyo").Shape);
        Assert.NotEqual(Atoms("Paris").Shape, Atoms("paris").Shape);
        Assert.Equal(Atoms("Paris").FoldedShape, Atoms("paris").FoldedShape);
        Assert.NotEqual(Atoms("Paris").LongShape, Atoms("Po").LongShape);
    }

    [Fact]
    public void Affixes_are_case_insensitive_and_clipped_to_the_word()
    {
        Assert.Equal(Atoms("Talking").Suffix3, Atoms("walking").Suffix3);
        Assert.Equal(Atoms("A").Prefix1, Atoms("a").Prefix1);
        Assert.NotEqual(Atoms("Talking").Prefix3, Atoms("walking").Prefix3);
    }
}
