using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Parsing;
using Sitrep.Core.Tagging;
using Sitrep.Evaluation;

namespace Sitrep.Train;

/// <summary>
/// Trains the dependency parser (<see cref="ParseDecoder"/>: arc-hybrid, dynamic oracle, averaged perceptrons) on
/// UD English-EWT train plus the extra treebanks, over predicted POS tags: the training words' tags come from
/// jackknifing (each fold tagged by a POS model trained on the other folds), dev's from the shipped POS model, as at
/// run time. Reports EWT dev UAS/LAS per epoch and the check file (GUM dev) once at the end; writes both tables.
/// </summary>
internal static class ParseTrainer
{
    /// <summary>A relation seen fewer times in training is learned as its universal part ("csubj:outer" → "csubj").</summary>
    private const int MinRelationCount = 20;

    public static int Run(TrainOptions o)
    {
        var clock = Stopwatch.StartNew();
        var (lexicon, posData, pos) = LoadPos(o);
        var tagdict = posData.Tables["tagdict"];
        var train = o.ReadTrain();
        train.AddRange(o.ReadExtra());
        var dev = o.ReadDev();
        var relations = Relations(train);
        Console.WriteLine(Inv($"parse: {train.Count} train sentences, {dev.Count} dev sentences, {relations.Count} relations"));
        var trainTags = TrainingTags(o, train, lexicon, tagdict, clock);
        var trainSet = Examples(train, lexicon, tagdict, relations, (s, _) => trainTags[s]);
        if (o.GoldRepeat > 1)
        {
            trainSet = [.. Enumerable.Repeat(trainSet, o.GoldRepeat).SelectMany(x => x)];
        }

        if (o.Silver is { } silverPath)
        {
            // Uptraining: the teacher's trees over news the pipeline tokenized and tagged (their tags as they are: predicted).
            var silver = ParseSilver.Select(ConllReader.ReadConllU(silverPath), o.SilverWords, o.SilverMinAgree);
            trainSet.AddRange(Examples(silver, lexicon, tagdict, relations, (s, _) => SilverTags(silver[s])));
            Console.WriteLine(Inv($"parse: {silver.Count} silver sentences ({silver.Sum(x => x.Words.Length)} words, agreement at least {o.SilverMinAgree:F2}) from {silverPath}; gold shown {o.GoldRepeat} times per epoch"));
        }
        var devSet = Examples(dev, lexicon, tagdict, relations, (_, atoms) => Tag(pos, atoms));
        var checkSet = o.Check is { } checkPath ? Examples(ConllReader.ReadConllU(checkPath), lexicon, tagdict, relations, (_, atoms) => Tag(pos, atoms)) : null;
        int root = relations.IndexOf(ParserModel.RootRelation);
        var moveAverage = new SeedAverage(o.Bits, ArcHybrid.MoveCount);
        var labelAverage = new SeedAverage(o.LabelBits, relations.Count);
        for (int seed = o.Seed; seed < o.Seed + o.Seeds; seed++)
        {
            var (moves, labeler) = TrainOne(o, seed, trainSet, devSet, checkSet, relations, clock);
            moveAverage.Add(moves.Averaged());
            labelAverage.Add(labeler.Averaged());
        }

        var (moveBuckets, moveRows) = moveAverage.Result();
        var (labelBuckets, labelRows) = labelAverage.Result();
        var (movesPath, labelsPath) = ModelPaths(o);
        string how = $"'Sitrep.Train {o.CommandLine}'";
        var movesData = Data(ParserModel.MovesKind, o.Bits, ["SHIFT", "LEFT", "RIGHT"], moveBuckets, moveRows, o);
        var labelsData = Data(ParserModel.LabelsKind, o.LabelBits, relations, labelBuckets, labelRows, o);
        foreach (var (maxMoves, maxLabels) in o.PruneGrid)
        {
            var pruned = Decoder(o, RowPruning.KeepHeaviest(movesData, maxMoves, how), RowPruning.KeepHeaviest(labelsData, maxLabels, how));
            var score = Score(devSet, relations, (x, h, r) => pruned.Parse(x.Atoms, x.Tags, h, r));
            Console.WriteLine(Inv($"parse: keeping {maxMoves} move rows and {maxLabels} label rows: dev UAS {score.Uas:F2} LAS {score.Las:F2}"));
        }

        TrainOptions.Save(RowPruning.KeepHeaviest(movesData, o.MaxRows, how), movesPath);
        TrainOptions.Save(RowPruning.KeepHeaviest(labelsData, o.MaxLabelRows, how), labelsPath);
        var parser = Decoder(o, LoadTables(movesPath));
        var shipped = Score(devSet, relations, (x, h, r) => parser.Parse(x.Atoms, x.Tags, h, r));
        Console.WriteLine(Inv($"parse: written ({moveBuckets.Length} move rows, {labelBuckets.Length} label rows before pruning; {parser.RowCount} kept); shipped model on dev: {shipped.Summary()}"));
        if (o.Check is { } check && checkSet is not null)
        {
            Console.WriteLine(Inv($"parse: check {check}: {Score(checkSet, relations, (x, h, r) => parser.Parse(x.Atoms, x.Tags, h, r)).Summary()}"));
        }

        return 0;
    }

    /// <summary>
    /// Keeps the <see cref="TrainOptions.MaxRows"/> heaviest move rows and <see cref="TrainOptions.MaxLabelRows"/> label rows
    /// of the parser at --out (default: the shipped one), rewrites both files and reports dev (and --check) scores: the
    /// trainer's prune grid tells which sizes lose nothing, this makes one of them without training again.
    /// </summary>
    public static int Prune(TrainOptions o)
    {
        var (lexicon, posData, pos) = LoadPos(o);
        var (movesPath, labelsPath) = ModelPaths(o);
        string how = $"'Sitrep.Train {o.CommandLine}'";
        var (moves, labels) = LoadTables(movesPath);
        TrainOptions.Save(RowPruning.KeepHeaviest(moves, o.MaxRows, how), movesPath);
        TrainOptions.Save(RowPruning.KeepHeaviest(labels, o.MaxLabelRows, how), labelsPath);
        var (prunedMoves, prunedLabels) = LoadTables(movesPath);
        var parser = new ParserModel(prunedMoves, prunedLabels);
        var relations = parser.Relations.ToList();
        var tagdict = posData.Tables["tagdict"];
        foreach (var (name, path) in new[] { ("dev", o.Dev ?? "../shared/data/ud-english-ewt/dev.conllu"), ("check", o.Check) })
        {
            if (path is null)
            {
                continue;
            }

            var set = Examples(ConllReader.ReadConllU(path), lexicon, tagdict, relations, (_, atoms) => Tag(pos, atoms));
            Console.WriteLine(Inv($"parse-prune: kept {parser.RowCount} rows of {moves.Buckets.Length + labels.Buckets.Length}; {name} {path}: {Score(set, relations, (x, h, r) => parser.Parse(x.Atoms, x.Tags, h, r)).Summary()}"));
        }

        return 0;
    }

    /// <summary>
    /// Decodes dev (and --check) with the parser at --out (default: the shipped one) by each decoder of --decode
    /// (<c>greedy</c>; <c>branch:B:M:LW</c>, selectional branching; <c>beam:W:LW</c>, beam search; <c>joint:W:LW</c>, beam search with the labels inside;
    /// <c>beamref</c>, <c>jointref</c>: the same beams scoring every feature of every item, the reference the shipped scorer must equal), printing UAS/LAS
    /// and words per CPU-second of the decoding alone (tags computed beforehand; <c>--repeat N</c> timed passes after the scored one, which also warms the JIT): a sweep of decoders over trained
    /// tables without training again.
    /// </summary>
    public static int Decode(TrainOptions o)
    {
        var (lexicon, posData, pos) = LoadPos(o);
        var (movesPath, labelsPath) = ModelPaths(o);
        var moves = TrainOptions.Load(movesPath, ParserModel.MovesKind, ParseFeatures.Fingerprint).ToWeightTable();
        var labelData = TrainOptions.Load(labelsPath, ParserModel.LabelsKind, ParseFeatures.Fingerprint);
        var labels = labelData.ToWeightTable();
        var relations = labelData.Labels.ToList();
        int root = relations.IndexOf(ParserModel.RootRelation);
        var tagdict = posData.Tables["tagdict"];
        var state = new ArcHybrid();
        foreach (var (name, path) in new[] { ("dev", o.Dev ?? "../shared/data/ud-english-ewt/dev.conllu"), ("check", o.Check) })
        {
            if (path is null)
            {
                continue;
            }

            var set = Examples(ConllReader.ReadConllU(path), lexicon, tagdict, relations, (_, atoms) => Tag(pos, atoms));
            int words = set.Sum(x => x.Atoms.Length);
            foreach (string decoder in o.Decoders.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var p = decoder.Split(':');
                float F(int i) => float.Parse(p[i], CultureInfo.InvariantCulture);
                Action<Example, int[], byte[]> parse = p[0] switch
                {
                    "greedy" => (x, h, r) => ParseDecoder.Parse(x.Atoms, x.Tags, moves, labels, relations.Count, root, state, h, r),
                    "branch" => DecodeWith(new BranchSearch((int)F(1), F(2), F(3)), moves, labels, relations.Count, root, state),
                    "beam" => DecodeWith(new ParseBeam((int)F(1), F(2)), moves, labels, relations.Count, root),
                    "joint" => DecodeWith(new ParseBeam((int)F(1), F(2), joint: true), moves, labels, relations.Count, root),
                    "branchref" => DecodeWith(new BranchSearch((int)F(1), F(2), F(3)) { Cached = false }, moves, labels, relations.Count, root, state),
                    "beamref" => DecodeWith(new ParseBeam((int)F(1), F(2)) { Cached = false }, moves, labels, relations.Count, root),
                    "jointref" => DecodeWith(new ParseBeam((int)F(1), F(2), joint: true) { Cached = false }, moves, labels, relations.Count, root),
                    _ => throw new ArgumentException($"unknown decoder '{decoder}' (greedy, branch:B:M:LW, beam:W:LW, joint:W:LW; branchref, beamref, jointref: scoring every feature)"),
                };
                var score = Score(set, relations, parse);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                for (int pass = 0; pass < o.Repeat; pass++)
                {
                    Score(set, relations, parse);
                }

                double seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                Console.WriteLine(Inv($"parse-decode: {name} {decoder}: UAS {score.Uas:F2} LAS {score.Las:F2} ({words * o.Repeat / seconds:F0} words per CPU-second, {o.Repeat} passes after the scored one)"));
            }
        }

        return 0;
    }

    /// <summary>
    /// The parser that decodes as the tables were trained: selectional branching for greedy training, with --beam the
    /// beam of training (labels inside for a joint beam, else label weight 4 in the final comparison, chosen on EWT dev).
    /// </summary>
    private static ParserModel Decoder(TrainOptions o, ModelData moves, ModelData labels) =>
        new(moves, labels) { BeamWidth = o.Beam, BeamJoint = o.BeamJoint, BeamLabelWeight = o.BeamJoint ? 0 : ParserModel.DefaultBeamLabelWeight };

    /// <inheritdoc cref="Decoder(TrainOptions, ModelData, ModelData)"/>
    internal static ParserModel Decoder(TrainOptions o, (ModelData Moves, ModelData Labels) tables) => Decoder(o, tables.Moves, tables.Labels);

    /// <summary>The parser's two tables at <paramref name="movesPath"/> and beside it (null: the shipped ones).</summary>
    internal static (ModelData Moves, ModelData Labels) LoadTables(string? movesPath)
    {
        var (moves, labels) = ModelPaths(movesPath);
        return (TrainOptions.Load(moves, ParserModel.MovesKind, ParseFeatures.Fingerprint), TrainOptions.Load(labels, ParserModel.LabelsKind, ParseFeatures.Fingerprint));
    }

    /// <summary>The lexicon and the POS model (the parser reads predicted tags).</summary>
    private static (Lexicon Lexicon, ModelData PosData, PosModel Pos) LoadPos(TrainOptions o)
    {
        var lexicon = TrainOptions.LoadLexicon(o.Lexicon);
        var posData = TrainOptions.Load(o.PosModel, PosModel.Kind, PosFeatures.Fingerprint);
        return (lexicon, posData, new PosModel(posData, lexicon));
    }

    /// <summary>The move table's file (--out, by default the shipped one) and the label table's beside it.</summary>
    private static (string Moves, string Labels) ModelPaths(TrainOptions o) => ModelPaths(o.Output);

    private static (string Moves, string Labels) ModelPaths(string? movesPath)
    {
        string moves = movesPath ?? "src/Sitrep.Models/Resources/parse-moves.model.br";
        return (moves, Path.Combine(Path.GetDirectoryName(moves) ?? ".", "parse-labels.model.br"));
    }

    private static Action<Example, int[], byte[]> DecodeWith(BranchSearch search, WeightTable moves, WeightTable labels, int relationCount, int root, ArcHybrid state) =>
        (x, h, r) => ParseDecoder.Parse(x.Atoms, x.Tags, moves, labels, relationCount, root, state, h, r, search);

    private static Action<Example, int[], byte[]> DecodeWith(ParseBeam beam, WeightTable moves, WeightTable labels, int relationCount, int root) =>
        (x, h, r) => beam.Parse(x.Atoms, x.Tags, moves, labels, relationCount, root, h, r);

    /// <summary>Trains one parser (moves and labels) with the shuffles of <paramref name="seed"/>, reporting dev scores per epoch.</summary>
    private static (AveragedPerceptron Moves, AveragedPerceptron Labels) TrainOne(TrainOptions o, int seed, List<Example> trainSet, List<Example> devSet, List<Example>? checkSet, List<string> relations, Stopwatch clock)
    {
        int root = relations.IndexOf(ParserModel.RootRelation);
        var moves = new AveragedPerceptron(o.Bits, ArcHybrid.MoveCount);
        var labeler = new AveragedPerceptron(o.LabelBits, relations.Count);
        var state = new ArcHybrid();
        var random = new Random(seed);
        var order = Enumerable.Range(0, trainSet.Count).ToArray();
        var heads = new int[1024];
        var labels = new byte[1024];
        var beam = o.Beam > 0 ? new ParseBeam(o.Beam, joint: o.BeamJoint) : null;
        for (int epoch = 1; epoch <= o.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, labelErrors = 0, steps = 0;
            bool global = beam is not null && epoch >= o.BeamFrom;
            foreach (int s in order)
            {
                var x = trainSet[s];
                var teacher = new ParseTeacher(x.TeacherHeads, x.Labels, epoch >= o.ExploreFrom, random);
                if (global)
                {
                    // Global training: errors counts the sentences with a violation (an update), not wrong moves.
                    errors += beam!.Learn(x.Atoms, x.Tags, moves, labeler, relations.Count, root, teacher, moves, labeler) ? 1 : 0;
                }
                else
                {
                    errors += ParseDecoder.Parse(x.Atoms, x.Tags, moves, labeler, relations.Count, root, state, heads, labels, teacher);
                }

                labelErrors += teacher.LabelErrors;
                steps += 2 * x.Atoms.Length;
                moves.Tick(x.Atoms.Length);
                labeler.Tick(x.Atoms.Length);
            }

            string errorKind = global ? Inv($"sentences with a violation {100.0 * errors / trainSet.Count:F2}%") : Inv($"wrong moves {100.0 * errors / steps:F2}%");
            if (epoch % 3 != 0 && epoch != o.Epochs)
            {
                Console.WriteLine(Inv($"parse: seed {seed} epoch {epoch} {errorKind}, label errors {labelErrors} ({clock.Elapsed.TotalSeconds:F0} s)"));
                continue;
            }

            var (m, l) = Tables(o, moves, labeler, relations.Count);
            var score = Score(devSet, relations, (x, h, r) => ParseDecoder.Parse(x.Atoms, x.Tags, m, l, relations.Count, root, state, h, r));
            Console.WriteLine(Inv($"parse: seed {seed} epoch {epoch} {errorKind}, label errors {labelErrors}; dev UAS {score.Uas:F2} LAS {score.Las:F2} ({clock.Elapsed.TotalSeconds:F0} s)"));
            if (beam is not null)
            {
                // The same tables decoded with the beam of training, and with the shipped selectional branching.
                var search = ParserModel.ShippedBranching();
                foreach (var (name, set) in new[] { ("dev", devSet), ("check", checkSet) })
                {
                    if (set is null || (name == "check" && epoch != o.Epochs))
                    {
                        continue;
                    }

                    var beamed = Score(set, relations, (x, h, r) => beam.Parse(x.Atoms, x.Tags, m, l, relations.Count, root, h, r));
                    var branched = Score(set, relations, (x, h, r) => ParseDecoder.Parse(x.Atoms, x.Tags, m, l, relations.Count, root, state, h, r, search));
                    Console.WriteLine(Inv($"parse: seed {seed} epoch {epoch} {name} beam {o.Beam} UAS {beamed.Uas:F2} LAS {beamed.Las:F2}; shipped branching UAS {branched.Uas:F2} LAS {branched.Las:F2}"));
                }
            }

            if (epoch == o.Epochs && checkSet is not null)
            {
                // The check file (GUM dev) per seed, so that a one-seed experiment is judged on it too (never tuned on).
                var check = Score(checkSet, relations, (x, h, r) => ParseDecoder.Parse(x.Atoms, x.Tags, m, l, relations.Count, root, state, h, r));
                Console.WriteLine(Inv($"parse: seed {seed} epoch {epoch} check UAS {check.Uas:F2} LAS {check.Las:F2}"));
            }
        }

        return (moves, labeler);
    }

    /// <summary>UD's unspecified dependency: the label of an arc whose relation is too rare to learn.</summary>
    private const string FallbackRelation = "dep";

    /// <summary>
    /// The relations to learn: those seen at least <see cref="MinRelationCount"/> times, most frequent first, and "dep"
    /// always (the relation a rare one falls back to in <see cref="RelationId"/>: without it, a small training set whose
    /// "dep" is rare would give such arcs no label at all).
    /// </summary>
    private static List<string> Relations(List<ConllSentence> train)
    {
        var counts = train.SelectMany(s => s.Relations!).CountBy(r => r).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var kept = counts.Where(p => p.Value >= MinRelationCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToList();
        if (!kept.Contains(ParserModel.RootRelation))
        {
            throw new InvalidDataException("the training data has no 'root' relation");
        }

        if (!kept.Contains(FallbackRelation))
        {
            kept.Add(FallbackRelation);
        }

        return kept;
    }

    /// <summary>The relation id a gold relation is learned as (a rare subtype as its universal part; else "dep").</summary>
    private static byte RelationId(List<string> relations, string relation)
    {
        int id = relations.IndexOf(relation);
        if (id < 0)
        {
            id = relations.IndexOf(DependencyTree.Universal(relation));
        }

        return (byte)(id >= 0 ? id : relations.IndexOf(FallbackRelation));
    }

    /// <summary>Jackknifed POS tags of the training sentences (read from, or written to, the tag cache).</summary>
    private static byte[][] TrainingTags(TrainOptions o, List<ConllSentence> train, Lexicon lexicon, AtomTable tagdict, Stopwatch clock)
    {
        if (o.TagCache is { } cache && File.Exists(cache))
        {
            var cached = File.ReadAllLines(cache).Select(Convert.FromBase64String).ToArray();
            if (cached.Length == train.Count && cached.Select(t => t.Length).SequenceEqual(train.Select(s => s.Words.Length)))
            {
                Console.WriteLine($"parse: jackknifed training tags from {cache}");
                return cached;
            }
        }

        var posOptions = new TrainOptions { Epochs = o.PosEpochs, Seeds = 1, Seed = o.Seed, Bits = 21, Folds = o.Folds, CommandLine = o.CommandLine };
        var prepared = PosTrainer.Prepare(train, lexicon, tagdict);
        var tags = PosTrainer.Jackknife(posOptions, prepared, prepared.Take(200).ToList(), clock);
        if (o.TagCache is { } path)
        {
            File.WriteAllLines(path, tags.Select(Convert.ToBase64String));
        }

        return tags;
    }

    /// <summary>A silver sentence's tags: its UPOS column, which the pipeline predicted.</summary>
    private static byte[] SilverTags(ConllSentence sentence)
        => [.. sentence.Tags.Select(t => UposNames.TryParse(t, out var tag) ? (byte)tag : throw new InvalidDataException($"silver tag '{t}' is not a UPOS tag"))];

    private static byte[] Tag(PosModel pos, TokenAtoms[] atoms)
    {
        var tags = new byte[atoms.Length];
        pos.Tag(atoms, tags);
        return tags;
    }

    private static List<Example> Examples(List<ConllSentence> sentences, Lexicon lexicon, AtomTable tagdict, List<string> relations, Func<int, TokenAtoms[], byte[]> tags)
    {
        var prepared = PosTrainer.Prepare(sentences, lexicon, tagdict);
        var list = new List<Example>(sentences.Count);
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            int n = sentence.Words.Length;
            var atoms = prepared[s].Atoms;
            var goldHeads = sentence.Heads!.Select(h => h - 1).ToArray();
            if (goldHeads.Any(h => h < -1 || h >= n))
            {
                throw new InvalidDataException($"sentence {s + 1} has a head outside the sentence");
            }

            list.Add(new Example(
                atoms,
                tags(s, atoms),
                goldHeads,
                [.. goldHeads.Select(h => h < 0 ? n : h)],
                sentence.Relations!,
                [.. sentence.Relations!.Select(r => RelationId(relations, r))]));
        }

        return list;
    }

    private static ParseScore Score(List<Example> set, List<string> relations, Action<Example, int[], byte[]> parse)
    {
        var score = new ParseScore();
        var heads = new int[1024];
        var labels = new byte[1024];
        foreach (var x in set)
        {
            parse(x, heads, labels);
            for (int i = 0; i < x.Atoms.Length; i++)
            {
                score.Add(x.GoldHeads[i], x.Relations[i], heads[i], relations[labels[i]]);
            }
        }

        return score;
    }

    private static (WeightTable Moves, WeightTable Labels) Tables(TrainOptions o, AveragedPerceptron moves, AveragedPerceptron labeler, int relationCount)
    {
        var (mb, mr) = moves.Averaged();
        var (lb, lr) = labeler.Averaged();
        return (new WeightTable(o.Bits, ArcHybrid.MoveCount, mb, mr), new WeightTable(o.LabelBits, relationCount, lb, lr));
    }

    private static ModelData Data(string kind, int bits, IReadOnlyList<string> labels, int[] buckets, float[] rows, TrainOptions o) => new()
    {
        Kind = kind,
        Fingerprint = ParseFeatures.Fingerprint,
        Bits = bits,
        Labels = labels,
        Buckets = buckets,
        Rows = rows,
        Notes = o.Notes("parse"),
    };

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>One sentence: atoms, tags (predicted), gold heads (−1 root; and with the root as n for the oracle), relations.</summary>
    private sealed record Example(TokenAtoms[] Atoms, byte[] Tags, int[] GoldHeads, int[] TeacherHeads, string[] Relations, byte[] Labels);
}
