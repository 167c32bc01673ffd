using Sitrep.Core.Documents;

namespace Sitrep.Evaluation.Tests;

/// <summary>The treebank reader rebuilds text and gold offsets; the evaluation counts exact span matches.</summary>
public sealed class TokenEvaluationTests
{
    private const string Conllu = """
        # newdoc id = d1
        # newpar id = p1
        # text = I don't know.
        1	I	I	PRON	PRP	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # text = Its fine
        1-2	Its	_	_	_	_	_	_	_	_
        1	It	it	PRON	PRP	_	3	nsubj	_	_
        2	is	be	AUX	VBZ	_	3	cop	_	_
        3	fine	fine	ADJ	JJ	_	0	root	_	_

        # newpar id = p2
        # text = Bye!
        1	Bye	bye	INTJ	UH	_	0	root	_	SpaceAfter=No
        2	!	!	PUNCT	.	_	1	punct	_	_

        # newdoc id = d2
        # text = Hi.
        1	Hi	hi	INTJ	UH	_	0	root	_	SpaceAfter=No
        2	.	.	PUNCT	.	_	1	punct	_	_

        """;

    [Fact]
    public void Documents_are_rebuilt_with_gold_offsets()
    {
        var docs = TreebankTextReader.Read(Conllu, TextJoin.Paragraphs, out int misaligned);
        Assert.Equal(0, misaligned);
        Assert.Equal(2, docs.Count);
        var d1 = docs[0];
        Assert.Equal("d1", d1.Id);
        Assert.Equal("I don't know. Its fine\n\nBye!", d1.Text);

        // "don't" is scored as do + n't (they spell it); "Its" = It + is does not spell it, so it stays one token.
        Assert.Equal(["I", "do", "n't", "know", ".", "Its", "fine", "Bye", "!"], d1.Tokens.Select(t => d1.Text[t.Start..t.End]));
        Assert.Equal(["I don't know.", "Its fine", "Bye!"], d1.Sentences.Select(s => d1.Text[s.Start..s.End]));

        var spaces = TreebankTextReader.Read(Conllu, TextJoin.Spaces, out _);
        Assert.Equal("I don't know. Its fine Bye!", spaces[0].Text);
    }

    [Fact]
    public void Scores_count_exact_span_matches()
    {
        var gold = new GoldTokenDocument("x", "ab cd", [new CharRange(0, 2), new CharRange(3, 5)], [new CharRange(0, 5)]);
        var evaluation = new TokenEvaluation(maxErrors: 5);
        evaluation.Add(gold);
        Assert.Equal(new BoundaryScore(2, 2, 2), evaluation.Tokens);
        Assert.Equal(1.0, evaluation.Sentences.F1);

        var wrong = new GoldTokenDocument("y", "ab cd", [new CharRange(0, 1), new CharRange(1, 2), new CharRange(3, 5)], [new CharRange(0, 2), new CharRange(3, 5)]);
        var second = new TokenEvaluation(maxErrors: 5);
        second.Add(wrong);
        Assert.Equal(new BoundaryScore(3, 2, 1), second.Tokens);
        Assert.Equal(new BoundaryScore(2, 1, 0), second.Sentences);
        Assert.Equal(2, second.Errors.Count);
        Assert.Equal("a | b", second.Errors[0].Gold);
        Assert.Equal("ab", second.Errors[0].Predicted);
    }

    [Fact]
    public void Precision_recall_and_f1()
    {
        var score = new BoundaryScore(Gold: 10, Predicted: 8, Correct: 6);
        Assert.Equal(0.75, score.Precision, 6);
        Assert.Equal(0.6, score.Recall, 6);
        Assert.Equal(2 * 0.75 * 0.6 / 1.35, score.F1, 6);
        Assert.Equal(0, new BoundaryScore(0, 0, 0).F1);
    }
}
