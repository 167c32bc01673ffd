using Sitrep.Core.Tagging;

namespace Sitrep.Core.Tests.Tagging;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Names = Gazetteer.Parse(new StringReader("1\tUnited States\n2\tNew York\n2\tYork\n8\tRussian\n"));

    private static TokenAtoms[] Sentence(params string[] words)
    {
        var atoms = new TokenAtoms[words.Length];
        new Lexicon(new AtomTable(), Names).Atomize(new StringWords(words), atoms);
        return atoms;
    }

    [Fact]
    public void Longest_match_wins_and_marks_its_position()
    {
        var atoms = Sentence("flights", "to", "new", "YORK", "and", "York");
        Assert.Equal(0, atoms[0].Gazetteer);
        Assert.Equal((int)(GazetteerMarks.City | GazetteerMarks.First | GazetteerMarks.MultiWord), atoms[2].Gazetteer);
        Assert.Equal((int)(GazetteerMarks.City | GazetteerMarks.MultiWord), atoms[3].Gazetteer);
        Assert.Equal((int)(GazetteerMarks.City | GazetteerMarks.First), atoms[5].Gazetteer);
    }

    [Fact]
    public void Lookup_finds_exact_phrases_only()
    {
        var atoms = Sentence("United", "States", "Russian");
        Assert.Equal(GazetteerMarks.Country, Names.Lookup([atoms[0].Lower, atoms[1].Lower]));
        Assert.Equal(GazetteerMarks.None, Names.Lookup([atoms[0].Lower]));
        Assert.Equal(GazetteerMarks.Demonym, Names.Lookup([atoms[2].Lower]));
    }
}
