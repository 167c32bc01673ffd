using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;
using Sitrep.Evaluation;

namespace Sitrep.Train;

/// <summary>Trains the entity recognizer on CoNLL-2003 train, reports dev F1 per epoch, writes the model.</summary>
internal static class NerTrainer
{
    public static int Run(TrainOptions o)
    {
        var clock = Stopwatch.StartNew();
        var lexicon = TrainOptions.LoadLexicon(o.Lexicon);
        var posLexicon = o.PosLexicon is null ? lexicon : TrainOptions.LoadLexicon(o.PosLexicon);
        var pos = File.Exists(o.PosModel) ? new PosModel(TrainOptions.Load(o.PosModel, PosModel.Kind, PosFeatures.Fingerprint), posLexicon) : null;
        Console.WriteLine(pos is null ? "ner: no POS model, training without POS features" : $"ner: POS tags from {o.PosModel} (reading {o.PosLexicon ?? o.Lexicon})");
        var train = NerCorpus.Prepare(ConllReader.ReadConll2003(o.Train ?? "../shared/data/conll2003/train.txt"), lexicon, pos);
        var dev = NerCorpus.Prepare(ConllReader.ReadConll2003(o.Dev ?? "../shared/data/conll2003/dev.txt"), lexicon, pos);
        Console.WriteLine(Inv($"ner: {train.Count} train documents, {dev.Count} dev documents, gazetteer {lexicon.Gazetteer.Count} phrases, clusters {lexicon.Clusters.Count} words ({clock.Elapsed.TotalSeconds:F0} s)"));
        var ensemble = new SeedAverage(o.Bits, NerLabels.Count);
        for (int seed = o.Seed; seed < o.Seed + o.Seeds; seed++)
        {
            ensemble.Add(TrainOne(o, seed, train, dev, clock));
        }

        var (finalBuckets, finalRows) = ensemble.Result();
        Finish(o, dev, finalBuckets, finalRows);
        return 0;
    }

    /// <summary>
    /// Cross-validation over the CoNLL-2003 train documents (<c>ner-cv</c>): the documents are dealt to
    /// <see cref="TrainOptions.Folds"/> folds in contiguous blocks (<c>--fold-by block</c>, the default: the file is in date
    /// order, so a fold's days and running stories are mostly not in its training set, as with dev and test) or
    /// round-robin after a shuffle with <see cref="TrainOptions.Seed"/> (<c>--fold-by shuffle</c>); each fold is tagged by
    /// a model of <see cref="TrainOptions.Seeds"/> seeds trained on the others for <see cref="TrainOptions.Epochs"/> epochs,
    /// and the entity counts of all folds give one F1 (and the folds' F1s their spread). A change to features or
    /// training is kept when it helps here, not on dev alone: dev is small and was looked at many times. The lexicon
    /// (gazetteer, clusters, news names) is fixed and was built without CoNLL's labels.
    /// </summary>
    public static int CrossValidate(TrainOptions o)
    {
        var clock = Stopwatch.StartNew();
        var lexicon = TrainOptions.LoadLexicon(o.Lexicon);
        var posLexicon = o.PosLexicon is null ? lexicon : TrainOptions.LoadLexicon(o.PosLexicon);
        var pos = File.Exists(o.PosModel) ? new PosModel(TrainOptions.Load(o.PosModel, PosModel.Kind, PosFeatures.Fingerprint), posLexicon) : null;
        var docs = NerCorpus.Prepare(ConllReader.ReadConll2003(o.Train ?? "../shared/data/conll2003/train.txt"), lexicon, pos);
        var fold = new int[docs.Count];
        if (o.FoldBy == "block")
        {
            for (int k = 0; k < docs.Count; k++)
            {
                fold[k] = (int)((long)k * o.Folds / docs.Count);
            }
        }
        else
        {
            var order = Enumerable.Range(0, docs.Count).ToArray();
            new Random(o.Seed).Shuffle(order);
            for (int k = 0; k < order.Length; k++)
            {
                fold[order[k]] = k % o.Folds;
            }
        }

        Console.WriteLine(Inv($"ner cv: {docs.Count} train documents in {o.Folds} folds by {o.FoldBy}, {o.Seeds} seed(s) × {o.Epochs} epochs per fold ({clock.Elapsed.TotalSeconds:F0} s)"));
        var all = new List<(byte[] Gold, byte[] Predicted, TokenRange[] Sentences)>();
        var f1s = new List<double>();
        for (int f = 0; f < o.Folds; f++)
        {
            var train = docs.Where((_, i) => fold[i] != f).ToList();
            var test = docs.Where((_, i) => fold[i] == f).ToList();
            var ensemble = new SeedAverage(o.Bits, NerLabels.Count);
            for (int seed = o.Seed; seed < o.Seed + o.Seeds; seed++)
            {
                ensemble.Add(TrainOne(o, seed, train, [], clock));
            }

            var (buckets, rows) = ensemble.Result();
            var weights = new WeightTable(o.Bits, NerLabels.Count, buckets, rows);
            var tagged = test.Select(doc => (doc.Gold, Predicted: Tag(doc, weights), doc.Sentences)).ToList();
            var (p, r, f1) = NerCorpus.Score(tagged);
            f1s.Add(f1);
            all.AddRange(tagged);
            Console.WriteLine(Inv($"ner cv: fold {f + 1}: {test.Count} documents P={p:F2} R={r:F2} F1={f1:F2} ({clock.Elapsed.TotalSeconds:F0} s)"));
        }

        var (ap, ar, af) = NerCorpus.Score(all);
        double mean = f1s.Average(), sd = Math.Sqrt(f1s.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, f1s.Count - 1));
        Console.WriteLine(Inv($"ner cv: folds={o.Folds} by={o.FoldBy} seeds={o.Seeds} epochs={o.Epochs} seed={o.Seed} P={ap:F2} R={ar:F2} F1={af:F2} fold-F1 mean={mean:F2} sd={sd:F2} ({docs.Count} documents)"));
        return 0;
    }

    private static byte[] Tag(NerDoc doc, WeightTable weights)
    {
        var labels = new byte[doc.Atoms.Length];
        var state = new NerDocument(doc.Atoms, doc.Sentences);
        foreach (int s in state.DecodeOrder())
        {
            state.Decode(s, doc.Atoms, doc.Pos, weights, default, labels);
        }

        return labels;
    }

    /// <summary>A one-seed model trained in memory with <paramref name="lexicon"/> (used by newslex to tag the news).</summary>
    public static NerModel TrainInMemory(TrainOptions o, Lexicon lexicon, PosModel pos)
    {
        var clock = Stopwatch.StartNew();
        var train = NerCorpus.Prepare(ConllReader.ReadConll2003(o.Train ?? "../shared/data/conll2003/train.txt"), lexicon, pos);
        var dev = NerCorpus.Prepare(ConllReader.ReadConll2003(o.Dev ?? "../shared/data/conll2003/dev.txt"), lexicon, pos);
        var (buckets, rows) = TrainOne(o, o.Seed, train, dev, clock);
        return new NerModel(ToData(o, buckets, rows));
    }

    private static ModelData ToData(TrainOptions o, int[] buckets, float[] rows) => new()
    {
        Kind = NerModel.Kind,
        Fingerprint = NerFeatures.Fingerprint,
        Bits = o.Bits,
        Labels = Enumerable.Range(0, NerLabels.Count).Select(BilouName).ToArray(),
        Buckets = buckets,
        Rows = rows,
        Notes = o.Notes("ner"),
    };

    private static (int[] Buckets, float[] Rows) TrainOne(TrainOptions o, int seed, List<NerDoc> train, List<NerDoc> dev, Stopwatch clock)
    {
        var model = new AveragedPerceptron(o.Bits, NerLabels.Count);
        var random = new Random(seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        for (int epoch = 1; epoch <= o.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int d in order)
            {
                var doc = train[d];
                var labels = new byte[doc.Atoms.Length];
                var state = new NerDocument(doc.Atoms, doc.Sentences);
                foreach (int s in state.DecodeOrder())
                {
                    model.Tick(doc.Sentences[s].Length);
                    errors += state.Decode(s, doc.Atoms, doc.Pos, model, doc.Gold, labels);
                }

                tokens += doc.Atoms.Length;
            }

            if (dev.Count == 0)
            {
                Console.WriteLine(Inv($"ner: seed {seed} epoch {epoch} train errors {100.0 * errors / tokens:F2}% ({clock.Elapsed.TotalSeconds:F0} s)"));
                continue;
            }

            var (buckets, rows) = model.Averaged();
            var (p, r, f1) = Evaluate(dev, new WeightTable(o.Bits, NerLabels.Count, buckets, rows));
            Console.WriteLine(Inv($"ner: seed {seed} epoch {epoch} train errors {100.0 * errors / tokens:F2}% dev P={p:F2} R={r:F2} F1={f1:F2} rows {buckets.Length} ({clock.Elapsed.TotalSeconds:F0} s)"));
        }

        return model.Averaged();
    }
    private static void Finish(TrainOptions o, List<NerDoc> dev, int[] finalBuckets, float[] finalRows)
    {
        string output = o.Output ?? "src/Sitrep.Models/Resources/ner.model.br";
        TrainOptions.Save(ToData(o, finalBuckets, finalRows), output);
        var reloaded = new NerModel(TrainOptions.Load(output, NerModel.Kind, NerFeatures.Fingerprint));
        var scored = dev.Select(doc =>
        {
            var labels = new byte[doc.Atoms.Length];
            reloaded.Tag(doc.Atoms, doc.Pos, doc.Sentences, labels);
            return (doc.Gold, labels, doc.Sentences);
        });
        var (fp, fr, ff) = NerCorpus.Score(scored);
        Console.WriteLine(Inv($"ner: written ({reloaded.RowCount} rows); shipped model dev P={fp:F2} R={fr:F2} F1={ff:F2}"));
    }

    private static (double P, double R, double F1) Evaluate(List<NerDoc> dev, WeightTable weights)
        => NerCorpus.Score(dev.Select(doc => (doc.Gold, Tag(doc, weights), doc.Sentences)));

    private static string BilouName(int label)
        => label == 0 ? "O" : "BILU"[NerLabels.PositionOf(label)] + "-" + NerLabels.TypeNames[NerLabels.TypeOf(label)];

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
