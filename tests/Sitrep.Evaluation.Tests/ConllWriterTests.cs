namespace Sitrep.Evaluation.Tests;

public sealed class ConllWriterTests
{
    [Fact]
    public void A_written_tree_reads_back_with_its_words_tags_heads_and_relations()
    {
        var output = new StringWriter();
        ConllWriter.WriteTree(output, ["source = a.sgm#7", "agree = 3/4"], ["Talks", "ended", "in\tGaza", "."], ["NOUN", "VERB", "PROPN", "PUNCT"], [1, -1, 1, 1], ["nsubj", "root", "obl", "punct"]);
        ConllWriter.WriteTree(output, [], ["Yes"], ["INTJ"], [-1], ["root"]);

        string text = output.ToString();
        Assert.StartsWith("# source = a.sgm#7\n# agree = 3/4\n1\tTalks\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n", text, StringComparison.Ordinal);
        var sentences = ConllReader.ReadConllU(new StringReader(text)).Where(s => s.Words.Length > 0).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Talks", "ended", "in Gaza", "."], sentences[0].Words); // a tab inside a word would split the columns
        Assert.Equal(["NOUN", "VERB", "PROPN", "PUNCT"], sentences[0].Tags);
        Assert.Equal([2, 0, 2, 2], sentences[0].Heads!);
        Assert.Equal(["nsubj", "root", "obl", "punct"], sentences[0].Relations!);
        Assert.Equal("", sentences[0].Separator);
        Assert.Equal(["Yes"], sentences[1].Words);
        Assert.Equal([0], sentences[1].Heads!);
    }

    [Fact]
    public void A_head_outside_the_sentence_or_on_itself_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ConllWriter.WriteTree(new StringWriter(), [], ["a", "b"], ["X", "X"], [-1, 2], ["root", "dep"]));
        Assert.Throws<ArgumentException>(() => ConllWriter.WriteTree(new StringWriter(), [], ["a", "b"], ["X", "X"], [-1, 1], ["root", "dep"]));
        Assert.Throws<ArgumentException>(() => ConllWriter.WriteTree(new StringWriter(), [], ["a"], ["X", "X"], [-1], ["root"]));
    }
}
