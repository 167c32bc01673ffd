using Sitrep.Core.Tagging;
using Sitrep.Models;

namespace Sitrep.Evaluation.Tests;

/// <summary>Tagging and scoring over gold tokens (CoNLL-2003 and CoNLL-U), as <c>sitrep tag</c> and <c>sitrep eval pos|parse|ner</c> run them.</summary>
public sealed class ConllTaggingTests
{
    [Fact]
    public void Conllu_tagging_fills_upos_head_and_deprel_and_scores_the_parse()
    {
        var input = "# text = The army destroyed the bridge.\n"
            + "1\tThe\tthe\t_\tDT\t_\t2\tdet\t_\t_\n"
            + "2\tarmy\tarmy\t_\tNN\t_\t3\tnsubj\t_\t_\n"
            + "3\tdestroyed\tdestroy\t_\tVBD\t_\t0\troot\t_\t_\n"
            + "4\tthe\tthe\t_\tDT\t_\t5\tdet\t_\t_\n"
            + "5\tbridge\tbridge\t_\tNN\t_\t3\tobj\t_\tSpaceAfter=No\n"
            + "6\t.\t.\t_\t.\t_\t3\tpunct\t_\t_\n\n";
        var output = new StringWriter();
        ConllTagging.TagConllU(new StringReader(input), output, EmbeddedModels.Load());
        var lines = output.ToString().Split('\n');
        Assert.Equal("# text = The army destroyed the bridge.", lines[0]);
        Assert.Equal("2\tarmy\tarmy\tNOUN\tNN\t_\t3\tnsubj\t_\t_", lines[2]);
        Assert.Equal("3\tdestroyed\tdestroy\tVERB\tVBD\t_\t0\troot\t_\t_", lines[3]);
        Assert.Equal("5\tbridge\tbridge\tNOUN\tNN\t_\t3\tobj\t_\tSpaceAfter=No", lines[5]);

        // Scoring against the file's own columns: a wrong gold head counts as an error.
        var score = ConllTagging.EvaluateParse(new StringReader(input.Replace("\t5\tdet\t", "\t3\tdet\t", StringComparison.Ordinal)), EmbeddedModels.Load());
        Assert.Equal(6, score.Words);
        Assert.Equal(5, score.HeadsRight);
        Assert.Equal(5, score.WordsNoPunct);
    }

    [Fact]
    public void Parse_speed_counts_the_files_words_and_reports_a_rate()
    {
        var input = "1\tThe\tthe\t_\tDT\t_\t2\tdet\t_\t_\n2\tarmy\tarmy\t_\tNN\t_\t3\tnsubj\t_\t_\n3\tleft\tleave\t_\tVBD\t_\t0\troot\t_\t_\n\n"
            + "1\tRain\train\t_\tNN\t_\t2\tnsubj\t_\t_\n2\tfell\tfall\t_\tVBD\t_\t0\troot\t_\t_\n\n";
        var (words, rate) = ConllTagging.ParseSpeed(new StringReader(input), EmbeddedModels.Load(), passes: 2);
        Assert.Equal(5, words);
        Assert.True(rate > 0, "no words per CPU-second measured");
        Assert.Equal((0, 0.0), ConllTagging.ParseSpeed(new StringReader(""), EmbeddedModels.Load()));
    }

    [Fact]
    public void Conll_tagging_adds_one_column_and_keeps_docstart_and_blank_lines()
    {
        var input = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n.\n\n";
        var output = new StringWriter();
        ConllTagging.TagConll(new StringReader(input), output, EmbeddedModels.Load());
        var lines = output.ToString().Split('\n');
        Assert.Equal("-DOCSTART- -X- -X- O O", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal("EU NNP B-NP B-ORG B-ORG", lines[2]);
        Assert.Equal("German JJ B-NP B-MISC B-MISC", lines[4]);
    }

    [Fact]
    public void Scoring_counts_exact_spans_and_types()
    {
        var gold = new byte[4];
        var predicted = new byte[4];
        NerLabels.FromIob(["B-PER", "I-PER", "O", "B-LOC"], gold);
        NerLabels.FromIob(["B-PER", "O", "O", "B-LOC"], predicted);
        var scoring = new NerScoring();
        scoring.Add(gold, predicted);
        Assert.Equal(2, scoring.GoldCount);
        Assert.Equal(2, scoring.PredictedCount);
        Assert.Equal(1, scoring.Correct);
        Assert.Equal(50, scoring.F1, 6);
    }
}
