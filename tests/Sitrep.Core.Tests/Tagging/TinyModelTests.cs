using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;

namespace Sitrep.Core.Tests.Tagging;

public sealed class TinyModelTests
{
    private static readonly string[][] Sentences =
    [
        ["The", "cat", "sat", "."],
        ["A", "dog", "ran", "."],
        ["The", "dog", "sat", "."],
        ["A", "cat", "ran", "."],
    ];

    private static readonly UposTag[][] Tags =
    [
        [UposTag.Det, UposTag.Noun, UposTag.Verb, UposTag.Punct],
        [UposTag.Det, UposTag.Noun, UposTag.Verb, UposTag.Punct],
        [UposTag.Det, UposTag.Noun, UposTag.Verb, UposTag.Punct],
        [UposTag.Det, UposTag.Noun, UposTag.Verb, UposTag.Punct],
    ];

    private static TokenAtoms[] Atoms(string[] words)
    {
        var atoms = new TokenAtoms[words.Length];
        Lexicon.Empty.Atomize(new StringWords(words), atoms);
        return atoms;
    }

    private static TokenAtoms[] WithTagClasses(TokenAtoms[] atoms, AtomTable tagdict)
    {
        for (int i = 0; i < atoms.Length; i++)
        {
            atoms[i].TagClass = tagdict.Get(atoms[i].Lower);
        }

        return atoms;
    }

    private static TinyPerceptron TrainPos()
    {
        var model = new TinyPerceptron(12, UposNames.Count);
        var output = new byte[8];
        for (int epoch = 0; epoch < 5; epoch++)
        {
            for (int s = 0; s < Sentences.Length; s++)
            {
                PosDecoder.Decode(Atoms(Sentences[s]), model, Tags[s].Select(t => (byte)t).ToArray(), output);
            }
        }

        return model;
    }

    [Fact]
    public void Pos_decoder_learns_a_tiny_language()
    {
        var model = TrainPos();
        var output = new byte[3];
        PosDecoder.Decode(Atoms(["The", "cat", "ran"]), model, default, output);
        Assert.Equal([UposTag.Det, UposTag.Noun, UposTag.Verb], output.Select(b => (UposTag)b));
    }

    [Fact]
    public void Model_file_round_trip_keeps_the_predictions()
    {
        var data = TrainPos().Export(PosModel.Kind, PosFeatures.Fingerprint, UposNames.All);
        using var stream = new MemoryStream();
        ModelFile.Write(data, stream);
        stream.Position = 0;
        var read = ModelFile.Read(stream, PosModel.Kind, PosFeatures.Fingerprint);
        Assert.Equal(data.Buckets, read.Buckets);
        Assert.Equal(data.Labels, read.Labels);
        var model = new PosModel(read, Lexicon.Empty);
        var atoms = Atoms(["A", "dog", "sat", "."]);
        var output = new byte[4];
        model.Tag(atoms, output);
        Assert.Equal([UposTag.Det, UposTag.Noun, UposTag.Verb, UposTag.Punct], output.Select(b => (UposTag)b));
    }

    [Fact]
    public void Two_pass_model_round_trips_and_leaves_settled_words_to_the_first_pass()
    {
        // "The"/"A" are settled by the tag dictionary (one tag); the other words are unknown to it, so pass 2 re-decides them.
        var tagdict = new AtomTable();
        tagdict.Set(StableHash.OfNormalized("the"), 1 << (int)UposTag.Det);
        tagdict.Set(StableHash.OfNormalized("a"), 1 << (int)UposTag.Det);
        var model = new TinyPerceptron(14, UposNames.Count);
        var first = new byte[8];
        var output = new byte[8];
        for (int epoch = 0; epoch < 5; epoch++)
        {
            for (int s = 0; s < Sentences.Length; s++)
            {
                var atoms = WithTagClasses(Atoms(Sentences[s]), tagdict);
                var gold = Tags[s].Select(t => (byte)t).ToArray();
                PosDecoder.Decode(atoms, model, gold, first);
                PosDecoder.DecodeSecond(atoms, model, first.AsSpan(0, atoms.Length), gold, output);
            }
        }

        var data = model.Export(PosModel.Kind, PosFeatures.Fingerprint, UposNames.All);
        var marker = new AtomTable();
        marker.Set(2, 2);
        var withTables = new ModelData
        {
            Kind = data.Kind,
            Fingerprint = data.Fingerprint,
            Bits = data.Bits,
            Labels = data.Labels,
            Buckets = data.Buckets,
            Rows = data.Rows,
            Tables = new(StringComparer.Ordinal) { ["tagdict"] = tagdict, [PosModel.SecondPassTable] = marker },
        };
        using var stream = new MemoryStream();
        ModelFile.Write(withTables, stream);
        stream.Position = 0;
        var read = new PosModel(ModelFile.Read(stream, PosModel.Kind, PosFeatures.Fingerprint), Lexicon.Empty);
        Assert.True(read.TwoPass);
        var test = Atoms(["A", "dog", "sat", "."]);
        read.FillTagClasses(test);
        Assert.True(PosDecoder.Settled(test[0].TagClass));
        Assert.False(PosDecoder.Settled(test[1].TagClass));
        var tags = new byte[4];
        read.Tag(test, tags);
        Assert.Equal([UposTag.Det, UposTag.Noun, UposTag.Verb, UposTag.Punct], tags.Select(b => (UposTag)b));
    }

    [Fact]
    public void Model_file_refuses_other_feature_code_and_damage()
    {
        var data = TrainPos().Export(PosModel.Kind, PosFeatures.Fingerprint, UposNames.All);
        using var stream = new MemoryStream();
        ModelFile.Write(data, stream);
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => ModelFile.Read(stream, PosModel.Kind, PosFeatures.Fingerprint + 1));
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => ModelFile.Read(stream, NerModel.Kind, PosFeatures.Fingerprint));
    }

    [Fact]
    public void Ner_decoder_learns_names_and_emits_only_well_formed_mentions()
    {
        string[][] words = [["Peter", "Blackburn", "visited", "Paris", "."], ["Mary", "Smith", "left", "London", "."], ["John", "Brown", "saw", "Rome", "."]];
        string[][] iob = [["B-PER", "I-PER", "O", "B-LOC", "O"], ["B-PER", "I-PER", "O", "B-LOC", "O"], ["B-PER", "I-PER", "O", "B-LOC", "O"]];
        var model = new TinyPerceptron(14, NerLabels.Count);
        for (int epoch = 0; epoch < 8; epoch++)
        {
            for (int s = 0; s < words.Length; s++)
            {
                var atoms = Atoms(words[s]);
                var gold = new byte[atoms.Length];
                NerLabels.FromIob(iob[s], gold);
                var doc = new NerDocument(atoms, [new TokenRange(0, atoms.Length)]);
                doc.Decode(0, atoms, new byte[atoms.Length], model, gold, new byte[atoms.Length]);
            }
        }

        var test = Atoms(["Anna", "Jones", "visited", "Berlin", "."]);
        var labels = new byte[test.Length];
        new NerDocument(test, [new TokenRange(0, test.Length)]).Decode(0, test, new byte[test.Length], model, default, labels);
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "O"], labels.Select(l => NerLabels.ToIob2(l)));
    }

    [Fact]
    public void Ner_decoder_ends_a_mention_early_when_what_follows_scores_better_than_going_on()
    {
        // Token 0 wants B-ORG; token 1 wants O far more than L-ORG; token 2 wants U-PER. A decoder that must
        // continue an opened mention would make "CNBC Friday Lawrence" one ORG.
        int bOrg = NerLabels.Label(2, NerLabels.Begin), lOrg = NerLabels.Label(2, NerLabels.Last), uPer = NerLabels.Label(0, NerLabels.Unit);
        var atoms = Atoms(["CNBC", "Friday", "Lawrence"]);
        var labels = new byte[atoms.Length];
        var scorer = new ScriptedScorer([Scores((bOrg, 5f)), Scores((NerLabels.Outside, 9f), (lOrg, 1f)), Scores((uPer, 5f))]);
        new NerDocument(atoms, [new TokenRange(0, atoms.Length)]).Decode(0, atoms, new byte[atoms.Length], scorer, default, labels);
        Assert.Equal(["B-ORG", "O", "B-PER"], labels.Select(l => NerLabels.ToIob2(l)));
        Assert.Equal(NerLabels.Label(2, NerLabels.Unit), labels[0]);

        // When going on scores better, the mention continues.
        scorer = new ScriptedScorer([Scores((bOrg, 5f)), Scores((NerLabels.Outside, 1f), (lOrg, 9f)), Scores((uPer, 5f))]);
        new NerDocument(atoms, [new TokenRange(0, atoms.Length)]).Decode(0, atoms, new byte[atoms.Length], scorer, default, labels);
        Assert.Equal(["B-ORG", "I-ORG", "B-PER"], labels.Select(l => NerLabels.ToIob2(l)));
    }

    private static float[] Scores(params (int Label, float Score)[] scores)
    {
        var row = new float[NerLabels.Count];
        foreach (var (label, score) in scores)
        {
            row[label] = score;
        }

        return row;
    }

    /// <summary>Gives the k-th scored token the k-th row of a fixed script.</summary>
    private sealed class ScriptedScorer(float[][] script) : IFeatureScorer
    {
        private int _calls;

        public int Stride => NerLabels.Count;

        public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => script[_calls++].CopyTo(scores);

        public void Update(ReadOnlySpan<ulong> features, int gold, int guess) => throw new InvalidOperationException("no training here");
    }
}
