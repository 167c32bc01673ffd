using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Tagging;
using Sitrep.Evaluation;

namespace Sitrep.Train;

/// <summary>
/// Trains the UPOS tagger on UD English-EWT train (plus optional extra treebanks), reports dev accuracy per epoch,
/// writes the model. With --passes 2 the first pass's tags on train come from jackknifing (each fold tagged by a model
/// trained on the other folds), so the second pass learns from first-pass mistakes like those it will see at run time.
/// </summary>
internal static class PosTrainer
{
    /// <summary>Sentences per jackknife block: folds take whole blocks in turn, so a document mostly stays in one fold.</summary>
    private const int FoldBlock = 50;

    public static int Run(TrainOptions o)
    {
        var clock = Stopwatch.StartNew();
        var lexicon = TrainOptions.LoadLexicon(o.Lexicon);
        var train = o.ReadTrain();
        var dev = o.ReadDev();
        var extra = o.ReadExtra();
        Console.WriteLine(Inv($"pos: {train.Count} train sentences (+{extra.Count} extra), {dev.Count} dev sentences, lexicon {lexicon.Clusters.Count} cluster words, {o.Passes} pass(es)"));
        var tagdict = BuildTagDictionary(o.ExtraInTagDictionary ? [.. train, .. extra] : train);
        var trainSet = Prepare([.. train, .. extra], lexicon, tagdict);
        var devSet = Prepare(dev, lexicon, tagdict);
        var firstTrain = o.Passes == 2 ? Jackknife(o, trainSet, devSet, clock) : null;
        var ensemble = new SeedAverage(o.Bits, UposNames.Count);
        for (int seed = o.Seed; seed < o.Seed + o.Seeds; seed++)
        {
            ensemble.Add(TrainOne(o, seed, trainSet, firstTrain, devSet, clock, "pos"));
        }

        var (finalBuckets, finalRows) = ensemble.Result();
        Finish(o, lexicon, tagdict, devSet, finalBuckets, finalRows);
        return 0;
    }

    /// <summary>
    /// Keeps the <see cref="TrainOptions.MaxRows"/> weight rows with the largest sum of absolute weights (ties: lower bucket)
    /// of the POS model at --out (default: the shipped one), rewrites it and reports dev accuracy: a smaller table loads
    /// faster and tags faster (fewer cache misses); rows of rare features carry little weight.
    /// </summary>
    public static int Prune(TrainOptions o)
    {
        string path = o.Output ?? "src/Sitrep.Models/Resources/pos.model.br";
        var lexicon = TrainOptions.LoadLexicon(o.Lexicon);
        var data = TrainOptions.Load(path, PosModel.Kind, PosFeatures.Fingerprint);
        var pruned = RowPruning.KeepHeaviest(data, o.MaxRows, $"'Sitrep.Train {o.CommandLine}'");
        TrainOptions.Save(pruned, path);
        var reloaded = new PosModel(TrainOptions.Load(path, PosModel.Kind, PosFeatures.Fingerprint), lexicon);
        var devSet = Prepare(o.ReadDev(), lexicon, data.Tables["tagdict"]);
        Console.WriteLine(Inv($"pos-prune: kept {pruned.Buckets.Length} of {data.Buckets.Length} rows; shipped model dev accuracy {Evaluate(devSet, reloaded):F2}%"));
        return 0;
    }

    /// <summary>First-pass tags for every training sentence, each from a first-pass model that did not train on it.</summary>
    internal static byte[][] Jackknife(TrainOptions o, List<(TokenAtoms[] Atoms, byte[] Gold)> trainSet, List<(TokenAtoms[] Atoms, byte[] Gold)> devSet, Stopwatch clock)
    {
        var first = new byte[trainSet.Count][];
        int right = 0, total = 0;
        for (int fold = 0; fold < o.Folds; fold++)
        {
            var inFold = Enumerable.Range(0, trainSet.Count).Where(s => s / FoldBlock % o.Folds == fold).ToArray();
            var rest = Enumerable.Range(0, trainSet.Count).Where(s => s / FoldBlock % o.Folds != fold).Select(s => trainSet[s]).ToList();
            var ensemble = new SeedAverage(o.Bits, UposNames.Count);
            for (int seed = o.Seed; seed < o.Seed + o.Seeds; seed++)
            {
                ensemble.Add(TrainOne(o, seed, rest, null, devSet, clock, Inv($"pos jackknife {fold + 1}/{o.Folds}")));
            }

            var (buckets, rows) = ensemble.Result();
            var weights = new WeightTable(o.Bits, UposNames.Count, buckets, rows);
            foreach (int s in inFold)
            {
                var (atoms, gold) = trainSet[s];
                first[s] = new byte[atoms.Length];
                PosDecoder.Decode(atoms, weights, default, first[s]);
                for (int i = 0; i < atoms.Length; i++)
                {
                    right += first[s][i] == gold[i] ? 1 : 0;
                }

                total += atoms.Length;
            }
        }

        Console.WriteLine(Inv($"pos: jackknifed first-pass accuracy on train {100.0 * right / total:F2}% ({clock.Elapsed.TotalSeconds:F0} s)"));
        return first;
    }

    private static (int[] Buckets, float[] Rows) TrainOne(TrainOptions o, int seed, List<(TokenAtoms[] Atoms, byte[] Gold)> trainSet, byte[][]? firstTrain, List<(TokenAtoms[] Atoms, byte[] Gold)> devSet, Stopwatch clock, string name)
    {
        var model = new AveragedPerceptron(o.Bits, UposNames.Count);
        var random = new Random(seed);
        var order = Enumerable.Range(0, trainSet.Count).ToArray();
        var buffer = new byte[1024];
        for (int epoch = 1; epoch <= o.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0, secondErrors = 0;
            foreach (int s in order)
            {
                var (atoms, gold) = trainSet[s];
                model.Tick(atoms.Length);
                errors += PosDecoder.Decode(atoms, model, gold, buffer);
                if (firstTrain is not null)
                {
                    secondErrors += PosDecoder.DecodeSecond(atoms, model, firstTrain[s], gold, buffer);
                }

                tokens += atoms.Length;
            }

            if (epoch < o.Epochs && firstTrain is null && name != "pos")
            {
                continue;
            }

            var (buckets, rows) = model.Averaged();
            var (acc1, acc2) = Evaluate(devSet, new WeightTable(o.Bits, UposNames.Count, buckets, rows), firstTrain is not null);
            string second = firstTrain is null ? "" : Inv($", second pass {acc2:F2}% (train errors {100.0 * secondErrors / tokens:F2}%)");
            Console.WriteLine(Inv($"{name}: seed {seed} epoch {epoch} train errors {100.0 * errors / tokens:F2}% dev accuracy {acc1:F2}%{second} rows {buckets.Length} ({clock.Elapsed.TotalSeconds:F0} s)"));
        }

        return model.Averaged();
    }

    private static void Finish(TrainOptions o, Lexicon lexicon, AtomTable tagdict, List<(TokenAtoms[] Atoms, byte[] Gold)> devSet, int[] finalBuckets, float[] finalRows)
    {
        var tables = new Dictionary<string, AtomTable>(StringComparer.Ordinal) { ["tagdict"] = tagdict };
        if (o.Passes == 2)
        {
            var marker = new AtomTable(1);
            marker.Set(2, 2);
            tables[PosModel.SecondPassTable] = marker;
        }

        var data = new ModelData
        {
            Kind = PosModel.Kind,
            Fingerprint = PosFeatures.Fingerprint,
            Bits = o.Bits,
            Labels = UposNames.All,
            Buckets = finalBuckets,
            Rows = finalRows,
            Tables = tables,
            Notes = o.Notes("pos"),
        };
        TrainOptions.Save(data, o.Output ?? "src/Sitrep.Models/Resources/pos.model.br");
        var reloaded = new PosModel(TrainOptions.Load(o.Output ?? "src/Sitrep.Models/Resources/pos.model.br", PosModel.Kind, PosFeatures.Fingerprint), lexicon);
        Console.WriteLine(Inv($"pos: written ({reloaded.RowCount} rows, {(reloaded.TwoPass ? 2 : 1)} pass(es)); shipped model dev accuracy {Evaluate(devSet, reloaded):F2}%"));
    }

    /// <summary>Word → tags it had at least 3 times or in 5% of its occurrences, for words seen at least 3 times.</summary>
    private static AtomTable BuildTagDictionary(List<ConllSentence> train)
    {
        var counts = new Dictionary<ulong, int[]>();
        foreach (var s in train)
        {
            for (int i = 0; i < s.Words.Length; i++)
            {
                if (!UposNames.TryParse(s.Tags[i], out var tag))
                {
                    continue;
                }

                ulong key = StableHash.OfNormalized(s.Words[i]);
                if (!counts.TryGetValue(key, out var c))
                {
                    counts[key] = c = new int[UposNames.Count];
                }

                c[(int)tag]++;
            }
        }

        var table = new AtomTable(counts.Count);
        foreach (var (key, c) in counts.OrderBy(p => p.Key))
        {
            int total = c.Sum();
            if (total < 3)
            {
                continue;
            }

            int bits = 0;
            for (int t = 0; t < c.Length; t++)
            {
                if (c[t] >= 3 || c[t] * 20 >= total)
                {
                    bits |= 1 << t;
                }
            }

            table.Set(key, bits);
        }

        return table;
    }

    internal static List<(TokenAtoms[] Atoms, byte[] Gold)> Prepare(List<ConllSentence> sentences, Lexicon lexicon, AtomTable tagdict)
    {
        var list = new List<(TokenAtoms[], byte[])>(sentences.Count);
        foreach (var s in sentences)
        {
            var atoms = new TokenAtoms[s.Words.Length];
            lexicon.Atomize(new StringWords(s.Words), atoms);
            for (int i = 0; i < atoms.Length; i++)
            {
                atoms[i].TagClass = tagdict.Get(atoms[i].Lower);
            }

            var gold = new byte[s.Words.Length];
            for (int i = 0; i < gold.Length; i++)
            {
                gold[i] = UposNames.TryParse(s.Tags[i], out var tag) ? (byte)tag : (byte)UposTag.X;
            }

            list.Add((atoms, gold));
        }

        return list;
    }

    /// <summary>Dev accuracy of the first pass and (when <paramref name="twoPass"/>) of the second.</summary>
    private static (double First, double Second) Evaluate(List<(TokenAtoms[] Atoms, byte[] Gold)> set, WeightTable weights, bool twoPass)
    {
        int right1 = 0, right2 = 0, total = 0;
        var first = new byte[1024];
        var tags = new byte[1024];
        foreach (var (atoms, gold) in set)
        {
            PosDecoder.Decode(atoms, weights, default, first);
            if (twoPass)
            {
                PosDecoder.DecodeSecond(atoms, weights, first.AsSpan(0, atoms.Length), default, tags);
            }

            for (int i = 0; i < atoms.Length; i++)
            {
                right1 += first[i] == gold[i] ? 1 : 0;
                right2 += tags[i] == gold[i] ? 1 : 0;
            }

            total += atoms.Length;
        }

        return (100.0 * right1 / total, 100.0 * right2 / total);
    }

    private static double Evaluate(List<(TokenAtoms[] Atoms, byte[] Gold)> set, PosModel model)
    {
        int right = 0, total = 0;
        var tags = new byte[1024];
        foreach (var (atoms, gold) in set)
        {
            model.Tag(atoms, tags);
            for (int i = 0; i < atoms.Length; i++)
            {
                right += tags[i] == gold[i] ? 1 : 0;
            }

            total += atoms.Length;
        }

        return 100.0 * right / total;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
