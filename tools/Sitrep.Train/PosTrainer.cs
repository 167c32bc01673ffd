using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Tagging;

namespace Sitrep.Train;

/// <summary>Trains the UPOS tagger on UD English-EWT train, reports dev accuracy per epoch, writes the model.</summary>
internal static class PosTrainer
{
    public static int Run(TrainOptions o)
    {
        var clock = Stopwatch.StartNew();
        var lexicon = TrainOptions.LoadLexicon(o.Lexicon);
        var train = Conll.ReadConllU(o.Train ?? "../shared/data/ud-english-ewt/train.conllu");
        var dev = Conll.ReadConllU(o.Dev ?? "../shared/data/ud-english-ewt/dev.conllu");
        Console.WriteLine(Inv($"pos: {train.Count} train sentences, {dev.Count} dev sentences, lexicon {lexicon.Clusters.Count} cluster words"));
        var tagdict = BuildTagDictionary(train);
        var trainSet = Prepare(train, lexicon, tagdict);
        var devSet = Prepare(dev, lexicon, tagdict);
        var ensemble = new SeedAverage(o.Bits, UposNames.Count);
        for (int seed = o.Seed; seed < o.Seed + o.Seeds; seed++)
        {
            ensemble.Add(TrainOne(o, seed, trainSet, devSet, clock));
        }

        var (finalBuckets, finalRows) = ensemble.Result();
        Finish(o, lexicon, tagdict, devSet, finalBuckets, finalRows);
        return 0;
    }

    private static (int[] Buckets, float[] Rows) TrainOne(TrainOptions o, int seed, List<(TokenAtoms[] Atoms, byte[] Gold)> trainSet, List<(TokenAtoms[] Atoms, byte[] Gold)> devSet, Stopwatch clock)
    {
        var model = new AveragedPerceptron(o.Bits, UposNames.Count);
        var random = new Random(seed);
        var order = Enumerable.Range(0, trainSet.Count).ToArray();
        var buffer = new byte[1024];
        for (int epoch = 1; epoch <= o.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int s in order)
            {
                var (atoms, gold) = trainSet[s];
                model.Tick(atoms.Length);
                errors += PosDecoder.Decode(atoms, model, gold, buffer);
                tokens += atoms.Length;
            }

            var (buckets, rows) = model.Averaged();
            double acc = Evaluate(devSet, new WeightTable(o.Bits, UposNames.Count, buckets, rows));
            Console.WriteLine(Inv($"pos: seed {seed} epoch {epoch} train errors {100.0 * errors / tokens:F2}% dev accuracy {acc:F2}% rows {buckets.Length} ({clock.Elapsed.TotalSeconds:F0} s)"));
        }

        return model.Averaged();
    }

    private static void Finish(TrainOptions o, Lexicon lexicon, AtomTable tagdict, List<(TokenAtoms[] Atoms, byte[] Gold)> devSet, int[] finalBuckets, float[] finalRows)
    {
        var data = new ModelData
        {
            Kind = PosModel.Kind,
            Fingerprint = PosFeatures.Fingerprint,
            Bits = o.Bits,
            Labels = UposNames.All,
            Buckets = finalBuckets,
            Rows = finalRows,
            Tables = new(StringComparer.Ordinal) { ["tagdict"] = tagdict },
            Notes = o.Notes("pos"),
        };
        TrainOptions.Save(data, o.Output ?? "src/Sitrep.Models/Resources/pos.model.br");
        var reloaded = new PosModel(TrainOptions.Load(o.Output ?? "src/Sitrep.Models/Resources/pos.model.br", PosModel.Kind, PosFeatures.Fingerprint), lexicon);
        Console.WriteLine(Inv($"pos: written ({reloaded.RowCount} rows); shipped model dev accuracy {Evaluate(devSet, reloaded):F2}%"));
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

    private static List<(TokenAtoms[] Atoms, byte[] Gold)> Prepare(List<ConllSentence> sentences, Lexicon lexicon, AtomTable tagdict)
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

    private static double Evaluate(List<(TokenAtoms[] Atoms, byte[] Gold)> set, WeightTable weights)
    {
        int right = 0, total = 0;
        var tags = new byte[1024];
        foreach (var (atoms, gold) in set)
        {
            PosDecoder.Decode(atoms, weights, default, tags);
            for (int i = 0; i < atoms.Length; i++)
            {
                right += tags[i] == gold[i] ? 1 : 0;
            }

            total += atoms.Length;
        }

        return 100.0 * right / total;
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
