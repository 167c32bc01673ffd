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
        var doc = Analyse("The president signed the new law on Monday.\nThe bridge was destroyed by the army.", parse: true);
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

    [Fact]
    public void Branching_chooses_the_closest_runner_ups_under_the_margin()
    {
        var search = new BranchSearch(branches: 2, margin: 5, labelWeight: 1);
        search.Start(6);
        float[] margins = [3, 1, 9, 2, 0.5f, 4];
        for (int t = 0; t < margins.Length; t++)
        {
            // Step 4 was forced (no runner-up): never a branch point, however small its margin.
            search.Record(t, ArcHybrid.Shift, 0, t == 4 ? -1 : ArcHybrid.Left, margins[t], 0);
        }

        Assert.Equal(2, search.Choose(margins.Length));
        Assert.Equal([1, 3], new[] { search.Chosen(0), search.Chosen(1) });
        Assert.Equal(0, new BranchSearch(2, margin: 0.75f, labelWeight: 1).Choose(0));
    }

    [Fact]
    public void Branching_takes_the_runner_up_sequence_when_its_arcs_score_higher()
    {
        // Two words: greedy SHIFTs (1 > 0.5) and must then attach word 1 to word 0; the runner-up LEFT attaches word 0
        // to word 1, the arc the label table likes (10 for relation 1). Weighted by 16 the labels outweigh the moves.
        var (atoms, tags) = Prepare([("big", UposTag.Adj, 1, "amod"), ("dogs", UposTag.Noun, -1, "root")]);
        var state = new ArcHybrid();
        state.Reset(2);
        state.CountMarks(tags);
        state.Apply(ArcHybrid.Shift, 0);
        var liked = new ulong[ParseFeatures.MaxFeatures];
        liked = liked[..ParseFeatures.Label(state, atoms, tags, 1, 0, liked)];
        var moves = new FixedScorer([1f, 0.5f, 0.9f], null);
        var labels = new FixedScorer([0f, 0f, 0f], liked);
        var heads = new int[2];
        var relations = new byte[2];

        ParseDecoder.Parse(atoms, tags, moves, labels, 3, 0, state, heads, relations, new BranchSearch(1, 1, labelWeight: 0));
        Assert.Equal([-1, 0], heads);
        ParseDecoder.Parse(atoms, tags, moves, labels, 3, 0, state, heads, relations, new BranchSearch(1, 1, labelWeight: 16));
        Assert.Equal([1, -1], heads);
        Assert.Equal(1, relations[0]);

        // Outside the margin there is no branch, whatever the labels say.
        ParseDecoder.Parse(atoms, tags, moves, labels, 3, 0, state, heads, relations, new BranchSearch(1, 0.25f, labelWeight: 16));
        Assert.Equal([-1, 0], heads);
    }

    [Fact]
    public void Branching_without_branches_parses_as_the_greedy_decoder()
    {
        var greedy = new int[8];
        var branched = new int[8];
        var relations = new byte[8];
        var state = new ArcHybrid();
        var moves = new TinyPerceptron(16, ArcHybrid.MoveCount);
        var labels = new TinyPerceptron(16, Relations.Length);
        var random = new Random(3);
        for (int epoch = 0; epoch < 3; epoch++)
        {
            foreach (var sentence in Sentences)
            {
                var (a, t) = Prepare(sentence);
                var teacher = TeacherOf(sentence, explores: false, random);
                ParseDecoder.Parse(a, t, moves, labels, Relations.Length, 0, state, greedy, relations, teacher);
            }
        }

        foreach (var sentence in Sentences)
        {
            var (a, t) = Prepare(sentence);
            ParseDecoder.Parse(a, t, moves, labels, Relations.Length, 0, state, greedy, relations);
            ParseDecoder.Parse(a, t, moves, labels, Relations.Length, 0, state, branched, relations, new BranchSearch(0, 1e9f, 16));
            Assert.Equal(greedy.Take(sentence.Length), branched.Take(sentence.Length));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_tiny_parser_trained_globally_with_a_beam_learns_its_sentences(bool joint)
    {
        var moves = new TinyPerceptron(16, ArcHybrid.MoveCount);
        var labels = new TinyPerceptron(16, Relations.Length);
        var beam = new ParseBeam(2, joint: joint);
        var random = new Random(1);
        var heads = new int[8];
        var relations = new byte[8];
        int first = 0, last = -1;
        for (int epoch = 0; epoch < 10; epoch++)
        {
            last = 0;
            foreach (var sentence in Sentences)
            {
                var (atoms, tags) = Prepare(sentence);
                var teacher = TeacherOf(sentence, explores: false, random);
                last += beam.Learn(atoms, tags, moves, labels, Relations.Length, 0, teacher, moves, labels) ? 1 : 0;
            }

            first = epoch == 0 ? last : first;
        }

        // Untrained, every sentence is a violation (ties count); trained, none is, and the beam parses them right.
        Assert.Equal(Sentences.Length, first);
        Assert.Equal(0, last);
        foreach (var sentence in Sentences)
        {
            var (atoms, tags) = Prepare(sentence);
            beam.Parse(atoms, tags, moves, labels, Relations.Length, 0, heads, relations);
            Assert.Equal(sentence.Select(w => w.Head), heads.Take(sentence.Length));
            Assert.Equal(sentence.Select(w => w.Relation), relations.Take(sentence.Length).Select(r => Relations[r]));
        }
    }

    [Fact]
    public void A_beam_of_one_parses_as_the_greedy_decoder()
    {
        var greedy = new int[8];
        var beamed = new int[8];
        var greedyRelations = new byte[8];
        var beamedRelations = new byte[8];
        var state = new ArcHybrid();
        var moves = new TinyPerceptron(16, ArcHybrid.MoveCount);
        var labels = new TinyPerceptron(16, Relations.Length);
        var random = new Random(3);
        foreach (var sentence in Sentences.Take(2))
        {
            var (a, t) = Prepare(sentence);
            var teacher = TeacherOf(sentence, explores: false, random);
            ParseDecoder.Parse(a, t, moves, labels, Relations.Length, 0, state, greedy, greedyRelations, teacher);
        }

        var beam = new ParseBeam(1);
        int differences = 0;
        foreach (var sentence in Sentences)
        {
            var (a, t) = Prepare(sentence);
            ParseDecoder.Parse(a, t, moves, labels, Relations.Length, 0, state, greedy, greedyRelations);
            beam.Parse(a, t, moves, labels, Relations.Length, 0, beamed, beamedRelations);
            Assert.Equal(greedy.Take(sentence.Length), beamed.Take(sentence.Length));
            Assert.Equal(greedyRelations.Take(sentence.Length), beamedRelations.Take(sentence.Length));
            differences += sentence.Select((w, i) => w.Head != greedy[i] ? 1 : 0).Sum();
        }

        // The half-trained model still gets some heads wrong, so the two decoders agree on errors too.
        Assert.True(differences > 0);
    }

    [Fact]
    public void The_kept_sums_scorer_gives_the_reference_scores_bit_for_bit()
    {
        // The shipped tables over real sentences (atoms from the lexicon, predicted tags); states from random walks, the
        // first walk of each sentence repeated so that kept sums are found again, and every state's moves and both arcs
        // scored by the kept-sums scorer and by the reference that looks up every feature.
        var models = EmbeddedModels.Load();
        var doc = Analyse(
            "Rebel commanders said on Tuesday that they would not withdraw from the port city until the government released the prisoners it had promised to free.\n"
            + "The ceasefire, which was brokered by Qatar and signed late last night, has largely held, according to residents who spoke to reporters by telephone.\n"
            + "Prices rose 3.2% in March.", parse: false);
        var moves = ModelFile.Read(EmbeddedModels.Open("parse-moves.model.br"), ParserModel.MovesKind, ParseFeatures.Fingerprint).ToWeightTable();
        var labels = ModelFile.Read(EmbeddedModels.Open("parse-labels.model.br"), ParserModel.LabelsKind, ParseFeatures.Fingerprint).ToWeightTable();
        var cached = new CachedBeamScorer(moves, labels);
        var reference = new TableScorer<WeightTable, WeightTable>(moves, labels, new ulong[ParseFeatures.MaxFeatures]);
        var atoms = doc.Get(Layers.Atoms);
        var allTags = doc.Get(Layers.PosTags);
        var fast = new float[labels.Stride];
        var slow = new float[labels.Stride];
        var random = new Random(11);
        int compared = 0, nonZero = 0;
        Assert.Equal(3, doc.Sentences.Count);
        foreach (var sentence in doc.Sentences)
        {
            var range = sentence.Tokens;
            var words = atoms.AsSpan(range.Start, range.Length);
            byte[] tags = [.. Enumerable.Range(range.Start, range.Length).Select(i => (byte)allTags[i])];
            cached.Begin(words.Length);
            for (int walk = 0; walk < 6; walk++)
            {
                var walker = new Random(walk < 2 ? 5 : random.Next());
                var state = new ArcHybrid();
                state.Reset(words.Length);
                state.CountMarks(tags);
                while (!state.IsTerminal)
                {
                    cached.Moves(state, words, tags, fast);
                    reference.Moves(state, words, tags, slow);
                    Assert.Equal(slow.Take(ArcHybrid.MoveCount), fast.Take(ArcHybrid.MoveCount));
                    nonZero += slow[0] != 0 ? 1 : 0;
                    compared++;
                    for (int m = ArcHybrid.Left; m <= ArcHybrid.Right; m++)
                    {
                        var (head, dependent) = state.IsValid(m) ? state.ArcOf(m) : (-1, -1);
                        if (head >= 0 && head < words.Length)
                        {
                            cached.Labels(state, words, tags, head, dependent, fast);
                            reference.Labels(state, words, tags, head, dependent, slow);
                            Assert.Equal(slow.Take(labels.TagCount), fast.Take(labels.TagCount));
                            compared++;
                        }
                    }

                    int move;
                    do
                    {
                        move = walker.Next(ArcHybrid.MoveCount);
                    }
                    while (!state.IsValid(move));
                    state.Apply(move, walker.Next(labels.TagCount));
                }
            }
        }

        Assert.True(compared > 500, $"{compared} scorings compared");
        Assert.True(nonZero > compared / 4, "the tables score these sentences");

        // And whole parses: the beam and the branching search with kept sums write the reference's trees.
        var beam = new ParseBeam(4, joint: true);
        var plain = new ParseBeam(4, joint: true) { Cached = false };
        var branching = new BranchSearch(3, 40, 16);
        var plainBranching = new BranchSearch(3, 40, 16) { Cached = false };
        var decoderState = new ArcHybrid();
        int root = models.Parser.Relations.ToList().IndexOf(ParserModel.RootRelation);
        foreach (var sentence in doc.Sentences)
        {
            var range = sentence.Tokens;
            byte[] tags = [.. Enumerable.Range(range.Start, range.Length).Select(i => (byte)allTags[i])];
            var (h1, r1, h2, r2) = (new int[range.Length], new byte[range.Length], new int[range.Length], new byte[range.Length]);
            beam.Parse(atoms.AsSpan(range.Start, range.Length), tags, moves, labels, labels.TagCount, root, h1, r1);
            plain.Parse(atoms.AsSpan(range.Start, range.Length), tags, moves, labels, labels.TagCount, root, h2, r2);
            Assert.Equal(h2, h1);
            Assert.Equal(r2, r1);
            ParseDecoder.Parse(atoms.AsSpan(range.Start, range.Length), tags, moves, labels, labels.TagCount, root, decoderState, h1, r1, branching);
            ParseDecoder.Parse(atoms.AsSpan(range.Start, range.Length), tags, moves, labels, labels.TagCount, root, decoderState, h2, r2, plainBranching);
            Assert.Equal(h2, h1);
            Assert.Equal(r2, r1);
        }
    }

    /// <summary>The text through the shipped tokenizer, sentence splitter and POS tagger (and with <paramref name="parse"/> the parser).</summary>
    private static Document Analyse(string text, bool parse)
    {
        var models = EmbeddedModels.Load();
        var builder = new PipelineBuilder()
            .Add(new Sitrep.Core.Articles.StructureFinder())
            .Add(new Sitrep.Core.Tokenization.Tokenizer())
            .Add(new Sitrep.Core.Tokenization.SentenceSplitter())
            .Add(new PosTagger(models));
        if (parse)
        {
            builder.Add(new DependencyParser(models));
        }

        return builder.Build().Process(new ArticleInput(text, "test"));
    }

    private static ParseTeacher TeacherOf((string Word, UposTag Tag, int Head, string Relation)[] sentence, bool explores, Random random) =>
        new([.. sentence.Select(w => w.Head < 0 ? sentence.Length : w.Head)], [.. sentence.Select(w => (byte)Array.IndexOf(Relations, w.Relation))], explores, random);

    /// <summary>Scores every decision alike, except that one feature set gets label 1 a score of 10.</summary>
    private sealed class FixedScorer(float[] scores, ulong[]? liked) : IFeatureScorer
    {
        public int Stride => scores.Length;

        public void Score(ReadOnlySpan<ulong> features, Span<float> output)
        {
            scores.CopyTo(output);
            if (liked is not null && features.SequenceEqual(liked))
            {
                output[1] = 10;
            }
        }

        public void Update(ReadOnlySpan<ulong> features, int gold, int guess) => throw new NotSupportedException();
    }
}
