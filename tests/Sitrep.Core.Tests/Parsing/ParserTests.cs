using Sitrep.Core.Documents;
using Sitrep.Core.Parsing;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tagging;
using Sitrep.Core.Tests.Tagging;
using Sitrep.Models;

namespace Sitrep.Core.Tests.Parsing;

/// <summary>Training and parsing with the decoder (a tiny model), and the shipped parser on plain sentences.</summary>
public sealed class ParserTests
{
    private static readonly string[] Relations = ["root", "det", "nsubj", "obj", "punct"];

    // word, tag, head (−1 root), relation
    private static readonly (string Word, UposTag Tag, int Head, string Relation)[][] Sentences =
    [
        [("The", UposTag.Det, 1, "det"), ("cat", UposTag.Noun, 2, "nsubj"), ("saw", UposTag.Verb, -1, "root"), ("a", UposTag.Det, 4, "det"), ("dog", UposTag.Noun, 2, "obj"), (".", UposTag.Punct, 2, "punct")],
        [("A", UposTag.Det, 1, "det"), ("dog", UposTag.Noun, 2, "nsubj"), ("chased", UposTag.Verb, -1, "root"), ("the", UposTag.Det, 4, "det"), ("cat", UposTag.Noun, 2, "obj"), (".", UposTag.Punct, 2, "punct")],
        [("Dogs", UposTag.Noun, 1, "nsubj"), ("chased", UposTag.Verb, -1, "root"), ("cats", UposTag.Noun, 1, "obj"), (".", UposTag.Punct, 1, "punct")],
    ];

    private static (TokenAtoms[] Atoms, byte[] Tags) Prepare((string Word, UposTag Tag, int Head, string Relation)[] sentence)
    {
        var atoms = new TokenAtoms[sentence.Length];
        Lexicon.Empty.Atomize(new StringWords([.. sentence.Select(w => w.Word)]), atoms);
        return (atoms, [.. sentence.Select(w => (byte)w.Tag)]);
    }

    [Fact]
    public void A_tiny_parser_learns_its_sentences_and_reads_back_from_its_model_data()
    {
        var moves = new TinyPerceptron(16, ArcHybrid.MoveCount);
        var labels = new TinyPerceptron(16, Relations.Length);
        var state = new ArcHybrid();
        var random = new Random(1);
        var heads = new int[8];
        var relations = new byte[8];
        int lastErrors = -1;
        for (int epoch = 0; epoch < 10; epoch++)
        {
            lastErrors = 0;
            foreach (var sentence in Sentences)
            {
                var (atoms, tags) = Prepare(sentence);
                int n = sentence.Length;
                var teacher = new ParseTeacher(
                    [.. sentence.Select(w => w.Head < 0 ? n : w.Head)],
                    [.. sentence.Select(w => (byte)Array.IndexOf(Relations, w.Relation))],
                    explores: epoch > 0,
                    random);
                lastErrors += ParseDecoder.Parse(atoms, tags, moves, labels, Relations.Length, 0, state, heads, relations, teacher) + teacher.LabelErrors;
            }
        }

        Assert.Equal(0, lastErrors);
        var model = new ParserModel(
            moves.Export(ParserModel.MovesKind, ParseFeatures.Fingerprint, ["SHIFT", "LEFT", "RIGHT"]),
            labels.Export(ParserModel.LabelsKind, ParseFeatures.Fingerprint, Relations));
        foreach (var sentence in Sentences)
        {
            var (atoms, tags) = Prepare(sentence);
            model.Parse(atoms, tags, heads, relations);
            Assert.Equal(sentence.Select(w => w.Head), heads.Take(sentence.Length));
            Assert.Equal(sentence.Select(w => w.Relation), relations.Take(sentence.Length).Select(r => model.Relations[r]));
        }
    }

    [Fact]
    public void A_model_without_a_root_relation_is_refused()
    {
        var moves = new TinyPerceptron(8, ArcHybrid.MoveCount).Export(ParserModel.MovesKind, ParseFeatures.Fingerprint, ["SHIFT", "LEFT", "RIGHT"]);
        var labels = new TinyPerceptron(8, 2).Export(ParserModel.LabelsKind, ParseFeatures.Fingerprint, ["det", "nsubj"]);
        Assert.Throws<InvalidDataException>(() => new ParserModel(moves, labels));
    }

    [Fact]
    public void The_shipped_parser_reads_who_did_what_to_whom()
    {
        var models = EmbeddedModels.Load();
        var pipeline = new PipelineBuilder()
            .Add(new Sitrep.Core.Articles.StructureFinder())
            .Add(new Sitrep.Core.Tokenization.Tokenizer())
            .Add(new Sitrep.Core.Tokenization.SentenceSplitter())
            .Add(new PosTagger(models))
            .Add(new DependencyParser(models))
            .Build();
        var doc = pipeline.Process(new ArticleInput("The president signed the new law on Monday.\nThe bridge was destroyed by the army.", "test"));
        var tree = doc.Get(Layers.Parse);
        Assert.Equal(doc.Tokens.Count, tree.Count);
        int Find(string word) => Enumerable.Range(0, doc.Tokens.Count).First(i => doc.Tokens[i].Text(doc.Text) == word);
        int signed = Find("signed");
        Assert.Equal(-1, tree.Head(signed));
        Assert.Equal("root", tree.Relation(signed));
        Assert.Equal((signed, "nsubj"), (tree.Head(Find("president")), tree.Relation(Find("president"))));
        Assert.Equal((signed, "obj"), (tree.Head(Find("law")), tree.Relation(Find("law"))));
        Assert.Equal((Find("law"), "amod"), (tree.Head(Find("new")), tree.Relation(Find("new"))));
        Assert.Equal((signed, "obl"), (tree.Head(Find("Monday")), tree.UniversalRelation(Find("Monday"))));
        int destroyed = Find("destroyed");
        Assert.Equal((destroyed, "nsubj:pass"), (tree.Head(Find("bridge")), tree.Relation(Find("bridge"))));
        Assert.Equal((destroyed, "obl:agent"), (tree.Head(Find("army")), tree.Relation(Find("army"))));

        // Every sentence has exactly one root word and heads stay inside their sentence.
        foreach (var sentence in doc.Sentences)
        {
            var range = sentence.Tokens;
            Assert.Single(Enumerable.Range(range.Start, range.Length), i => tree.Head(i) == -1);
            Assert.All(Enumerable.Range(range.Start, range.Length), i => Assert.True(tree.Head(i) == -1 || (tree.Head(i) >= range.Start && tree.Head(i) < range.End)));
        }
    }
}
