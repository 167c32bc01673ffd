using System.Globalization;
using Sitrep.Core.Tagging;
using Sitrep.Evaluation;

namespace Sitrep.Train;

/// <summary>Command-line options shared by the training commands (paths relative to the repository root).</summary>
internal sealed class TrainOptions
{
    public string? Train { get; set; }

    public string? Dev { get; set; }

    /// <summary>More training data of the same kind (POS: another UD English treebank's train split), comma-separated.</summary>
    public string? Extra { get; set; }

    /// <summary>Whether the POS tag dictionary also counts the extra data.</summary>
    public bool ExtraInTagDictionary { get; set; }

    public string? Output { get; set; }

    public string Lexicon { get; set; } = "src/Sitrep.Models/Resources/lexicon.bin.br";

    public string PosModel { get; set; } = "src/Sitrep.Models/Resources/pos.model.br";

    /// <summary>events: the NER model the pipeline reads while finding event mentions.</summary>
    public string NerModel { get; set; } = "src/Sitrep.Models/Resources/ner.model.br";

    /// <summary>events: cue templates to leave out (comma-separated, e.g. "r,w"), for ablation.</summary>
    public string Without { get; set; } = "";

    /// <summary>
    /// A held-out file scored after training, never trained or tuned on: events, PETRARCH-2 validation records;
    /// parse, a treebank reported beside dev.
    /// </summary>
    public string? Check { get; set; }

    /// <summary>events: which synthetic mentions take their story's label (exact, quad, side, any; see EventTrainer).</summary>
    public string SyntheticFit { get; set; } = "exact";

    /// <summary>events: the margin by which the model must beat the rule reader's category (events-cv tries several when unset).</summary>
    public float? Margin { get; set; }

    /// <summary>events: how many of a synthetic story's first sentences (after the title) give mentions.</summary>
    public int LeadSentences { get; set; } = 3;

    /// <summary>events-cv: list the held-out records the model misses.</summary>
    public bool Details { get; set; }

    /// <summary>events: how many times each labelled GSR mention is shown per epoch.</summary>
    public int DevWeight { get; set; } = 2;

    /// <summary>
    /// NER: the lexicon the POS model reads when it tags (default: <see cref="Lexicon"/>). For comparing lexicons
    /// without retraining POS: the POS model keeps the clusters it was trained with while NER reads the new ones.
    /// </summary>
    public string? PosLexicon { get; set; }

    /// <summary>lexicon: take the gazetteer and/or case profiles (<see cref="BaseParts"/>) from this lexicon file.</summary>
    public string? BaseLexicon { get; set; }

    /// <summary>lexicon: which parts <see cref="BaseLexicon"/> gives: "gazetteer", "case" or both (comma-separated).</summary>
    public string BaseParts { get; set; } = "gazetteer,case";

    /// <summary>lexicon: also cluster the extra train-split text (PolNeAr, TempEval-3, GUM; see <see cref="NewsCorpus"/>).</summary>
    public bool MoreText { get; set; }

    /// <summary>lexicon: which neighbours describe a word for clustering.</summary>
    public ContextSide Context { get; set; } = ContextSide.Both;

    /// <summary>lexicon: start the 256 and 1024 clusterings from splits of the next coarser one (else independent).</summary>
    public bool Nested { get; set; }

    /// <summary>lexicon: a clustering stops when a pass improves its objective by less than this (relative).</summary>
    public double Tolerance { get; set; } = 1e-4;

    /// <summary>lexicon: words seen fewer times than this are not clustered.</summary>
    public int MinCount { get; set; } = 2;

    public int Epochs { get; set; } = 10;

    /// <summary>POS: 1 = one greedy pass; 2 = a second pass that also sees the first pass's tags to the right.</summary>
    public int Passes { get; set; } = 1;

    /// <summary>Folds: of the POS jackknife (the first pass's tags on train), and of events-cv and ner-cv.</summary>
    public int Folds { get; set; } = 5;

    /// <summary>How ner-cv deals documents to folds: <c>block</c>, contiguous runs in file order (CoNLL train is in date order, so a fold's days and stories are not in its training set), or <c>shuffle</c>, round-robin after a shuffle.</summary>
    public string FoldBy { get; set; } = "block";

    /// <summary>pos-prune: how many weight rows to keep.</summary>
    public int MaxRows { get; set; } = int.MaxValue;

    public int Seed { get; set; } = 1;

    /// <summary>newslex: how many times to tag the news (each round's recognizer trained with the last round's names).</summary>
    public int Rounds { get; set; } = 1;

    public int Bits { get; set; } = 20;

    /// <summary>parse: bucket bits of the label table (the move table uses <see cref="Bits"/>).</summary>
    public int LabelBits { get; set; } = 20;

    /// <summary>parse: how many rows of the label table to keep (the move table keeps <see cref="MaxRows"/>).</summary>
    public int MaxLabelRows { get; set; } = int.MaxValue;

    /// <summary>parse: (move rows, label rows) pairs to keep, each scored on dev before the model is written (experiments).</summary>
    public List<(int Moves, int Labels)> PruneGrid { get; } = [];

    /// <summary>parse: epochs of each jackknife POS model that tags the training data.</summary>
    public int PosEpochs { get; set; } = 6;

    /// <summary>parse: a file keeping the jackknifed training tags between runs (made when missing).</summary>
    public string? TagCache { get; set; }

    /// <summary>parse: the first epoch in which training follows the parser's own wrong moves (dynamic oracle exploration).</summary>
    public int ExploreFrom { get; set; } = 2;

    /// <summary>parse: the beam width of global training (0: greedy training with the dynamic oracle only).</summary>
    public int Beam { get; set; }

    /// <summary>parse: labels inside the beam's search and its global update (<see cref="Sitrep.Core.Parsing.ParseBeam.Joint"/>).</summary>
    public bool BeamJoint { get; set; }

    /// <summary>parse: the first epoch trained with the beam (the epochs before are greedy).</summary>
    public int BeamFrom { get; set; } = 1;

    /// <summary>parse-decode: the decoders to compare, comma-separated: <c>greedy</c>, <c>branch:B:M:LW</c>, <c>beam:W:LW</c>, <c>joint:W:LW</c>.</summary>
    public string Decoders { get; set; } = "greedy";

    /// <summary>parse-decode: passes over the file for the speed figure (more passes: less noise from start-up and load).</summary>
    public int Repeat { get; set; } = 1;

    /// <summary>parse-silver: the CoNLL-U it writes; parse: silver trees trained on beside the gold (uptraining).</summary>
    public string? Silver { get; set; }

    /// <summary>parse-silver: the teacher's move table (its label table beside it).</summary>
    public string? Teacher { get; set; }

    /// <summary>parse: how many silver words to train on (sentences in a fixed shuffled order).</summary>
    public int SilverWords { get; set; } = int.MaxValue;

    /// <summary>parse: silver sentences on whose words' heads and relations the shipped parser agreed with the teacher less often than this are left out.</summary>
    public double SilverMinAgree { get; set; }

    /// <summary>parse: how many times each gold sentence is shown per epoch (with silver trees, the gold may need to count more).</summary>
    public int GoldRepeat { get; set; } = 1;

    /// <summary>The shared data folder (corpora).</summary>
    public string DataRoot { get; set; } = "../shared/data";

    /// <summary>How many seeds (seed, seed + 1, …) to train and average.</summary>
    public int Seeds { get; set; } = 1;

    public string CommandLine { get; set; } = "";

    public static TrainOptions Parse(string[] args)
    {
        var o = new TrainOptions { CommandLine = string.Join(' ', args) };
        for (int i = 1; i < args.Length; i++)
        {
            string value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--train": o.Train = value; break;
                case "--dev": o.Dev = value; break;
                case "--extra": o.Extra = value; break;
                case "--extra-tagdict": o.ExtraInTagDictionary = value == "yes"; break;
                case "--out": o.Output = value; break;
                case "--lexicon": o.Lexicon = value; break;
                case "--pos-model": o.PosModel = value; break;
                case "--ner-model": o.NerModel = value; break;
                case "--without": o.Without = value; break;
                case "--check": o.Check = value; break;
                case "--synthetic-fit": o.SyntheticFit = value; break;
                case "--lead-sentences": o.LeadSentences = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--margin": o.Margin = float.Parse(value, CultureInfo.InvariantCulture); break;
                case "--details": o.Details = value == "yes"; break;
                case "--dev-weight": o.DevWeight = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--pos-lexicon": o.PosLexicon = value; break;
                case "--min-count": o.MinCount = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--nested": o.Nested = value == "yes"; break;
                case "--tolerance": o.Tolerance = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--base-lexicon": o.BaseLexicon = value; break;
                case "--base-parts": o.BaseParts = value; break;
                case "--corpus": o.MoreText = value == "more" ? true : value == "news" ? false : throw new ArgumentException("--corpus news|more"); break;
                case "--context": o.Context = Enum.Parse<ContextSide>(value, ignoreCase: true); break;
                case "--passes": o.Passes = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--max-rows": o.MaxRows = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--folds": o.Folds = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--fold-by": o.FoldBy = value is "block" or "shuffle" ? value : throw new ArgumentException($"--fold-by block|shuffle, not '{value}'"); break;
                case "--epochs": o.Epochs = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--rounds": o.Rounds = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--seed": o.Seed = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--bits": o.Bits = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--label-bits": o.LabelBits = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--max-label-rows": o.MaxLabelRows = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--prune-grid":
                    o.PruneGrid.AddRange(value.Split(',').Select(p => p.Split('/')).Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture))));
                    break;
                case "--pos-epochs": o.PosEpochs = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--tag-cache": o.TagCache = value; break;
                case "--explore-from": o.ExploreFrom = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--beam": o.Beam = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--beam-labels": o.BeamJoint = value == "joint" ? true : value == "after" ? false : throw new ArgumentException("--beam-labels joint|after"); break;
                case "--beam-from": o.BeamFrom = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--decode": o.Decoders = value; break;
                case "--repeat": o.Repeat = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--silver": o.Silver = value; break;
                case "--teacher": o.Teacher = value; break;
                case "--silver-words": o.SilverWords = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--silver-min-agree": o.SilverMinAgree = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--gold-repeat": o.GoldRepeat = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--seeds": o.Seeds = int.Parse(value, CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }

            i++;
        }

        return o;
    }

    public string Notes(string kind) => string.Create(
        CultureInfo.InvariantCulture,
        $"{kind}: trained {DateTime.UtcNow:yyyy-MM-dd HH:mm}Z with 'Sitrep.Train {CommandLine}', seed {Seed} (+{Seeds - 1} more averaged), epochs {Epochs}, bits {Bits}");

    /// <summary>The training treebank: <see cref="Train"/>, by default UD English-EWT train.</summary>
    public List<ConllSentence> ReadTrain() => ConllReader.ReadConllU(Train ?? "../shared/data/ud-english-ewt/train.conllu");

    /// <summary>The dev treebank: <see cref="Dev"/>, by default UD English-EWT dev.</summary>
    public List<ConllSentence> ReadDev() => ConllReader.ReadConllU(Dev ?? "../shared/data/ud-english-ewt/dev.conllu");

    /// <summary>The <see cref="Extra"/> treebanks, in order (none when unset).</summary>
    public List<ConllSentence> ReadExtra() => (Extra ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).SelectMany(p => ConllReader.ReadConllU(p)).ToList();

    public static Lexicon LoadLexicon(string path)
    {
        if (!File.Exists(path))
        {
            Console.WriteLine($"(no lexicon at {path}: training without clusters and gazetteer)");
            return Sitrep.Core.Tagging.Lexicon.Empty;
        }

        return Sitrep.Core.Tagging.Lexicon.FromData(Load(path, Sitrep.Core.Tagging.Lexicon.Kind, Sitrep.Core.Tagging.Lexicon.Fingerprint));
    }

    public static ModelData Load(string path, string kind, uint fingerprint)
    {
        using var stream = File.OpenRead(path);
        return ModelFile.Read(stream, kind, fingerprint);
    }

    public static void Save(ModelData data, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var stream = File.Create(path))
        {
            ModelFile.Write(data, stream);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path}: {new FileInfo(path).Length:N0} bytes"));
    }
}
