using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Tests.Tagging;

public sealed class NerDocumentTests
{
    private static NerDocument Document(params string[] sentences)
    {
        var words = sentences.Select(s => s.Split(' ')).ToArray();
        var atoms = new TokenAtoms[words.Sum(w => w.Length)];
        var ranges = new TokenRange[words.Length];
        int start = 0;
        for (int s = 0; s < words.Length; s++)
        {
            Lexicon.Empty.Atomize(new StringWords(words[s]), atoms.AsSpan(start, words[s].Length));
            ranges[s] = new TokenRange(start, start + words[s].Length);
            start += words[s].Length;
        }

        return new NerDocument(atoms, ranges);
    }

    [Fact]
    public void Headlines_in_capitals_or_title_case_carry_no_case_and_are_decoded_after_the_body()
    {
        var doc = Document("RUSSIA AND UKRAINE AGREE SWAP", "Envoy Meets Putin In Moscow Talks", "The envoy met Putin in Moscow .");
        Assert.True(doc.IsNoCase(0));
        Assert.False(doc.IsTitleCase(0));
        Assert.True(doc.IsNoCase(1));
        Assert.True(doc.IsTitleCase(1));
        Assert.False(doc.IsNoCase(2));
        Assert.Equal([2, 0, 1], doc.DecodeOrder());
    }

    [Fact]
    public void Text_typed_in_lower_case_carries_no_case_but_a_lower_case_fragment_in_ordinary_text_does()
    {
        var typed = Document("russian president vladimir putin met donald trump .", "the kremlin said talks went well .", "Short note .");
        Assert.True(typed.IsNoCase(0));
        Assert.True(typed.IsTitleCase(0));
        Assert.True(typed.IsNoCase(1));

        var ordinary = Document("Australia will play four one-day warm-up", "matches at the start of the tour .", "The tourists arrive in London on Monday .");
        Assert.False(ordinary.IsNoCase(1));
    }
}
