using System.Text;

namespace Sitrep.Evaluation.Tests;

public sealed class ConllReaderTests
{
    private const string ConllU =
        "# newdoc id = d1\n"
        + "# text = Don't go.\n"
        + "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        + "1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
        + "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
        + "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
        + "3.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t3:conj\t_\n"
        + "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
        + "\n"
        + "\n"
        + "# text = Yes\n"
        + "1\tYes\tyes\tINTJ\tUH\n";

    private const string Conll2003 =
        "-DOCSTART- -X- -X- O\n"
        + "\n"
        + "EU NNP B-NP B-ORG\n"
        + "rejects VBZ B-VP O\n"
        + "\t \n"
        + "Peter NNP B-NP B-PER\n"
        + "-DOCSTART- -X- -X- O\n"
        + "\n"
        + "Bonn\tNNP\tB-NP\tB-LOC\n"
        + ".\n";

    [Fact]
    public void Conllu_words_are_syntactic_words_with_upos_head_and_relation()
    {
        var blocks = ConllReader.ReadConllU(new StringReader(ConllU)).ToList();
        Assert.Equal(3, blocks.Count); // the sentence, an empty block between two blank lines, the last sentence
        var first = blocks[0];
        Assert.Equal(["Do", "n't", "go", "."], first.Words);
        Assert.Equal(["AUX", "PART", "VERB", "PUNCT"], first.Tags);
        Assert.Equal([3, 3, 0, 3], first.Heads!);
        Assert.Equal(["aux", "advmod", "root", "punct"], first.Relations!);
        Assert.Equal([3, 4, 5, 7], first.WordLines);
        Assert.Equal("", first.Separator);
        Assert.Empty(blocks[1].Words);
        Assert.Equal("", blocks[1].Separator);

        // A word line without HEAD and DEPREL columns, at the end of a file without a final blank line.
        Assert.Equal(["Yes"], blocks[2].Words);
        Assert.Equal([-1], blocks[2].Heads!);
        Assert.Equal(["_"], blocks[2].Relations!);
        Assert.Null(blocks[2].Separator);
    }

    [Fact]
    public void Conll2003_sentences_carry_their_last_column_and_document_starts()
    {
        var blocks = ConllReader.ReadConll2003(new StringReader(Conll2003)).ToList();
        var sentences = blocks.Where(b => b.Words.Length > 0).ToList();
        Assert.Equal(3, sentences.Count);
        Assert.Equal(["EU", "rejects"], sentences[0].Words);
        Assert.Equal(["B-ORG", "O"], sentences[0].Tags);
        Assert.True(sentences[0].StartsDocument);
        Assert.Equal("\t ", sentences[0].Separator); // a line of white space ends a sentence
        Assert.Equal(["Peter"], sentences[1].Words);
        Assert.False(sentences[1].StartsDocument);
        Assert.Null(sentences[1].Separator); // ended by the -DOCSTART- line
        Assert.Equal(["Bonn", "."], sentences[2].Words);
        Assert.Equal(["B-LOC", "O"], sentences[2].Tags); // tab-separated columns; a one-column line is O
        Assert.True(sentences[2].StartsDocument);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_blocks_give_the_file_back_line_for_line(bool conllu)
    {
        string text = conllu ? ConllU : Conll2003;
        var blocks = conllu ? ConllReader.ReadConllU(new StringReader(text)) : ConllReader.ReadConll2003(new StringReader(text));
        var back = new StringBuilder();
        foreach (var block in blocks)
        {
            foreach (string line in block.Lines)
            {
                back.Append(line).Append('\n');
            }

            if (block.Separator is not null)
            {
                back.Append(block.Separator).Append('\n');
            }
        }

        Assert.Equal(text, back.ToString());
    }

    [Fact]
    public void A_comment_attribute_is_read_by_its_key()
    {
        var first = ConllReader.ReadConllU(new StringReader("# agree = 3/4\n#text=Don't go.\n# agreement = no\n1\tgo\t_\tVERB\n")).Single();
        Assert.Equal("3/4", first.Comment("agree"));
        Assert.Equal("Don't go.", first.Comment("text"));
        Assert.Null(first.Comment("newdoc id"));
        Assert.Null(ConllReader.ReadConllU(new StringReader("# agreement = no\n1\tgo\t_\tVERB\n")).Single().Comment("agree"));
    }

    [Fact]
    public void Training_reads_only_sentences_with_words()
    {
        string path = Path.Combine(Path.GetTempPath(), $"conll-reader-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(path, ConllU);
        try
        {
            var sentences = ConllReader.ReadConllU(path);
            Assert.Equal([4, 1], sentences.Select(s => s.Words.Length));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
