using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text;
using Sitrep.Core.Documents;
using Sitrep.Core.Events;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tagging;
using Sitrep.Evaluation;

namespace Sitrep.Train;

/// <summary>
/// Trains the event category model (<see cref="EventCategoryModel"/>) on the event mentions the rule reader finds:
/// the synthetic PLOVER stories (pseudo-labels: the story's label for every mention in its title and for mentions of
/// the label's side — cooperation or conflict — in its first sentence), the CAMEO codebook's names and descriptions
/// mapped to PLOVER, and the PLOVER GSR dev records (the label for the mentions its EVT words mark).
/// <c>events-cv</c> reports 5-fold cross-validation over the GSR records, folds stratified by the event group of
/// the record id; <c>events</c> trains on everything and writes the model.
/// </summary>
internal static class EventTrainer
{
    private const string Synthetic = "../shared/data/ngec-plover-synthetic/gpt_synthetic_events_2023-10-19_19.csv.gz";
    private const string Gsr = "../shared/data/plover-gsr/PLOVER_GSR_CAMEO.dev.json";
    private const string Codebook = "../shared/data/cameo-codebook/icews-cameo-codes.utf8.csv";
    private const string CameoToPloverTable = "../shared/data/plover/CAMEO2PLOVER-2021.txt";

    private static readonly string[] s_labels = [.. Plover.Categories, EventCategoryModel.None];

    private sealed record Example(ulong[] Features, int Label, string[] Cues);

    /// <summary>One GSR record: its gold category, its id group, its mentions (with a training label where the EVT words mark them).</summary>
    private sealed record GsrRecord(string Id, string Group, string Gold, List<EventCandidate> Candidates, List<Example> Labelled);

    public static int Run(TrainOptions o, bool crossValidate)
    {
        var clock = Stopwatch.StartNew();
        // The parser too: the event reader reads the parse (its actors and its cues).
        var models = new ModelSet(() => File.OpenRead(o.Lexicon), () => File.OpenRead(o.PosModel), () => File.OpenRead(o.NerModel),
            () => File.OpenRead("src/Sitrep.Models/Resources/parse-moves.model.br"), () => File.OpenRead("src/Sitrep.Models/Resources/parse-labels.model.br"));
        var pipeline = DefaultPipeline.Create(models);
        var reader = new EventExtractor(models: models);
        var drop = o.Without.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => t + ":").ToArray();

        var gsr = ReadGsr(o.Dev ?? Gsr, pipeline, reader, drop);
        Console.WriteLine(Inv($"events: {gsr.Count} GSR records, {gsr.Sum(r => r.Labelled.Count)} labelled mentions ({clock.Elapsed.TotalSeconds:F0} s)"));
        // "--extra none" / "--train none" leave the codebook / the synthetic stories out (ablation).
        var codebook = o.Extra == "none" ? [] : ReadCodebook(o.Extra ?? Codebook, pipeline, reader, drop);
        Console.WriteLine(Inv($"events: {codebook.Count} codebook mentions ({clock.Elapsed.TotalSeconds:F0} s)"));
        var synthetic = o.Train == "none" ? [] : ReadSynthetic(o.Train ?? Synthetic, o.SyntheticFit, o.LeadSentences, pipeline, reader, drop, clock);
        Console.WriteLine(Inv($"events: {synthetic.Count} synthetic mentions ({clock.Elapsed.TotalSeconds:F0} s)"));
        var outside = synthetic.Concat(codebook).ToList();

        if (crossValidate)
        {
            CrossValidate(o, gsr, outside);
            return 0;
        }

        var all = outside.Concat(Repeat(gsr.SelectMany(r => r.Labelled), o.DevWeight)).ToList();
        var data = TrainModel(o, all);
        data.Tables[EventCategoryModel.SettingsTable] = Settings(o.Margin ?? 0f);
        var model = new EventCategoryModel(data);
        var (accuracy, macro) = Score(gsr, model);
        var (ruleAccuracy, ruleMacro) = Score(gsr, null);
        var notes = o.Notes("events") + Inv($"; margin {model.Margin}; {synthetic.Count} synthetic + {codebook.Count} codebook + {gsr.Sum(r => r.Labelled.Count)}×{o.DevWeight} GSR mentions; GSR dev (trained on) accuracy {accuracy:P2} macroF1 {macro:F2} (rules on the same mentions {ruleAccuracy:P2})");
        Console.WriteLine(notes);
        if (o.Check is { } check)
        {
            var records = ReadGsr(check, pipeline, reader, drop);
            var (checkAccuracy, checkMacro) = Score(records, model);
            var (checkRules, _) = Score(records, null);
            Console.WriteLine(Inv($"events check {check}: accuracy {checkAccuracy:P2} macroF1 {checkMacro:F2} (rules {checkRules:P2}, {records.Count} records)"));
        }

        TrainOptions.Save(new ModelData
        {
            Kind = data.Kind, Fingerprint = data.Fingerprint, Bits = data.Bits, Labels = data.Labels,
            Buckets = data.Buckets, Rows = data.Rows, Notes = notes, Tables = data.Tables,
        }, o.Output ?? "src/Sitrep.Models/Resources/events.model.br");
        return 0;
    }

    private static void CrossValidate(TrainOptions o, List<GsrRecord> gsr, List<Example> outside)
    {
        // Stratified by the id's event group (PLOVER-GSR01-AGREE-0001 → AGREE): each group dealt round-robin after a seeded shuffle.
        var fold = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(o.Seed);
        int next = 0;
        foreach (var group in gsr.GroupBy(r => r.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var r in group.OrderBy(_ => random.Next()))
            {
                fold[r.Id] = next++ % o.Folds;
            }
        }

        // Each fold's model is scored with every candidate margin; the margin is chosen by the mean over the folds.
        float[] margins = o.Margin is { } fixedMargin ? [fixedMargin] : [0f, 0.5f, 1f, 2f, 4f, 8f, 16f];
        var accuracies = margins.Select(_ => new List<double>()).ToArray();
        var macros = margins.Select(_ => new List<double>()).ToArray();
        var rules = new List<double>();
        for (int f = 0; f < o.Folds; f++)
        {
            var test = gsr.Where(r => fold[r.Id] == f).ToList();
            var train = outside.Concat(Repeat(gsr.Where(r => fold[r.Id] != f).SelectMany(r => r.Labelled), o.DevWeight)).ToList();
            var data = TrainModel(o, train);
            var (rule, _) = Score(test, null);
            rules.Add(rule);
            for (int m = 0; m < margins.Length; m++)
            {
                var (accuracy, macro) = Score(test, new EventCategoryModel(data) { Margin = margins[m] }, o.Details);
                accuracies[m].Add(accuracy);
                macros[m].Add(macro);
                Console.WriteLine(Inv($"fold {f + 1} margin {margins[m]}: {test.Count} records, accuracy {accuracy:P2}, macroF1 {macro:F2} (rules {rule:P2})"));
            }
        }

        for (int m = 0; m < margins.Length; m++)
        {
            Console.WriteLine(Inv($"events cv: folds={o.Folds} seed={o.Seed} margin={margins[m]} accuracy={accuracies[m].Average() * 100:F2}% macroF1={macros[m].Average():F2} rules={rules.Average() * 100:F2}% ({gsr.Count} records)"));
        }
    }

    private static AtomTable Settings(float margin)
    {
        var table = new AtomTable();
        table.Set(StableHash.Of(EventCategoryModel.MarginKey), (int)MathF.Round(margin * 1000));
        return table;
    }

    private static IEnumerable<Example> Repeat(IEnumerable<Example> examples, int times) => Enumerable.Repeat(examples.ToList(), times).SelectMany(e => e);

    private static ModelData TrainModel(TrainOptions o, List<Example> examples)
    {
        var perceptron = new AveragedPerceptron(o.Bits, s_labels.Length);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(o.Seed);
        var scores = new float[s_labels.Length];
        for (int epoch = 0; epoch < o.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int i in order)
            {
                var e = examples[i];
                perceptron.Score(e.Features, scores);
                int guess = 0;
                for (int k = 1; k < scores.Length; k++)
                {
                    if (scores[k] > scores[guess])
                    {
                        guess = k;
                    }
                }

                if (guess != e.Label)
                {
                    perceptron.Update(e.Features, e.Label, guess);
                }

                perceptron.Tick(1);
            }
        }

        var (buckets, rows) = perceptron.Averaged();
        return new ModelData
        {
            Kind = EventCategoryModel.Kind, Fingerprint = EventCategoryModel.Fingerprint, Bits = o.Bits, Labels = s_labels,
            Buckets = buckets, Rows = rows, Notes = "",
        };
    }

    /// <summary>Accuracy (any mention of the gold category) and macro-F1 of the first mention, as score_events.py counts them.</summary>
    private static (double Accuracy, double MacroF1) Score(List<GsrRecord> records, EventCategoryModel? model, bool details = false)
    {
        int correct = 0;
        var firsts = new List<(string Gold, string Predicted)>();
        foreach (var r in records)
        {
            var predicted = r.Candidates
                .Select(c => model is null ? c.RuleCategory : model.Decide(c.Cues, c.RuleSense) is { } sense ? c.Modality.Apply(sense) : null)
                .OfType<string>()
                .ToList();
            correct += predicted.Contains(r.Gold) ? 1 : 0;
            if (model is not null && details && !predicted.Contains(r.Gold))
            {
                Console.WriteLine($"  miss {r.Id} gold {r.Gold}: " + string.Join("; ", r.Candidates.Select(c => $"{c.Cues.FirstOrDefault(q => q.StartsWith("t:", StringComparison.Ordinal))} rule {c.RuleCategory} sense {c.RuleSense} model {model.Decide(c.Cues, c.RuleSense)}")));
            }
            firsts.Add((r.Gold, predicted.Count > 0 ? predicted[0] : "NONE"));
        }

        var categories = firsts.Select(p => p.Gold).Concat(firsts.Select(p => p.Predicted)).Where(c => c != "NONE").Distinct().ToList();
        double f1Sum = 0;
        foreach (var c in categories)
        {
            int tp = firsts.Count(p => p.Gold == c && p.Predicted == c);
            int fp = firsts.Count(p => p.Gold != c && p.Predicted == c);
            int fn = firsts.Count(p => p.Gold == c && p.Predicted != c);
            f1Sum += tp == 0 ? 0 : 2.0 * tp / ((2 * tp) + fp + fn);
        }

        return ((double)correct / records.Count, 100 * f1Sum / Math.Max(1, categories.Count));
    }

    /// <summary>A training example for a mention whose event category is <paramref name="category"/>: the model learns
    /// the act's sense, so the label is the sense the mention's modality turns into that category (the rule's sense when
    /// it does, else the category itself); none when no sense does.</summary>
    private static Example? ToExample(EventCandidate c, string category, string[] drop)
    {
        string? sense = category == EventCategoryModel.None ? category
            : c.Modality.Apply(c.RuleSense) == category ? c.RuleSense
            : c.Modality.Apply(category) == category ? category
            : null;
        if (sense is null)
        {
            return null;
        }

        var cues = c.Cues.Where(q => !drop.Any(d => q.StartsWith(d, StringComparison.Ordinal))).ToArray();
        return new Example(EventCategoryModel.Hash(cues), Array.IndexOf(s_labels, sense), cues);
    }

    private static EventCandidate Without(EventCandidate c, string[] drop) => drop.Length == 0
        ? c
        : c with { Cues = c.Cues.Where(q => !drop.Any(d => q.StartsWith(d, StringComparison.Ordinal))).ToArray() };

    private static List<GsrRecord> ReadGsr(string path, SitrepPipeline pipeline, EventExtractor reader, string[] drop)
    {
        var marked = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var json = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? JsonDocument.Parse(File.ReadAllText(path)) : JsonDocument.Parse("[]"))
        {
            foreach (var r in json.RootElement.EnumerateArray())
            {
                if (r.TryGetProperty("id", out var id) && r.TryGetProperty("eventText", out var words) && words.ValueKind == JsonValueKind.String)
                {
                    marked[id.GetString()!] = words.GetString()!;
                }
            }
        }

        var records = new List<GsrRecord>();
        foreach (var gold in EventGold.Load(path))
        {
            var doc = pipeline.Process(new ArticleInput(gold.Text, gold.Id));
            var candidates = reader.Candidates(doc).Select(c => Without(c, drop)).ToList();
            var evt = marked.GetValueOrDefault(gold.Id, "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            string category = gold.Categories[0];
            var labelled = candidates
                .Where(c => evt.Contains(c.Trigger.Text(doc.Text).ToLowerInvariant()))
                .Select(c => ToExample(c, category, []))
                .OfType<Example>()
                .ToList();
            var parts = gold.Id.Split('-');
            records.Add(new GsrRecord(gold.Id, parts.Length > 2 ? parts[2] : gold.Id, category, candidates, labelled));
        }

        return records;
    }

    /// <summary>The codebook's CAMEO names and descriptions (never its examples), each labelled with its code's PLOVER
    /// category; statements (root 01) are no event. Codes the conversion table leaves out (appeals, 02) are not used.</summary>
    private static List<Example> ReadCodebook(string path, SitrepPipeline pipeline, EventExtractor reader, string[] drop)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(CameoToPloverTable))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.StartsWith('#') || colon < 2)
            {
                continue;
            }

            var category = line[(colon + 1)..].Split(',', '#')[0].Trim();
            if (Plover.Parse(category) is { } c)
            {
                table[line[..colon].Trim()] = c;
            }
        }

        var examples = new List<Example>();
        using var csv = new StreamReader(path, Encoding.UTF8);
        var header = Csv.ReadRecord(csv) ?? throw new InvalidDataException($"{path}: empty");
        int name = Array.IndexOf(header, "name");
        int code = Array.IndexOf(header, "code");
        int description = Array.IndexOf(header, "description");
        while (Csv.ReadRecord(csv) is { } row)
        {
            string cameo = row[code];
            string? label = cameo.StartsWith("01", StringComparison.Ordinal) ? EventCategoryModel.None : table.GetValueOrDefault(cameo);
            if (label is null)
            {
                continue;
            }

            foreach (var text in new[] { row[name], row[description] })
            {
                if (text is "" or "NA")
                {
                    continue;
                }

                var doc = pipeline.Process(new ArticleInput(text.Trim().TrimEnd('.') + ".", "cameo-" + cameo));
                examples.AddRange(reader.Candidates(doc, requireActor: false).Select(c => ToExample(c, label, drop)).OfType<Example>());
            }
        }

        return examples;
    }

    /// <summary>
    /// The synthetic stories: the title (the prompt's first line) and the story, read as one document; the mentions in the
    /// title and the story's first sentence take the story's label when it fits the rule reader's category:
    /// <c>exact</c> (the default: the same category, so the stories teach the contexts the rules' categories occur in),
    /// <c>quad</c> (the same PLOVER quad class), <c>side</c> (cooperation or conflict; a request fits either) or <c>any</c>.
    /// The labels are an LLM's and often disagree with the GSR's coding: with <c>side</c> the cross-validated accuracy
    /// fell to 61% (README of Sitrep.Models).
    /// </summary>
    private static List<Example> ReadSynthetic(string path, string fit, int leadSentences, SitrepPipeline pipeline, EventExtractor reader, string[] drop, Stopwatch clock)
    {
        int agree = 0;
        int total = 0;
        var examples = new List<Example>();
        using var csv = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        var header = Csv.ReadRecord(csv) ?? throw new InvalidDataException($"{path}: empty");
        int text = Array.IndexOf(header, "text");
        int prompt = Array.IndexOf(header, "prompt");
        int labelColumn = Array.IndexOf(header, "label");
        int stories = 0;
        while (Csv.ReadRecord(csv) is { } row)
        {
            if (Plover.Parse(row[labelColumn].Trim()) is not { } label)
            {
                continue;
            }

            string title = row[prompt].Split('\n')[0].Trim();
            var doc = pipeline.Process(new ArticleInput(title + "\n\n" + row[text], "synthetic-" + stories));
            int titleEnd = title.Length;
            int firstBodySentence = -1;
            for (int s = 0; s < doc.Sentences.Count; s++)
            {
                if (doc.Sentences[s].Chars.Start > titleEnd)
                {
                    firstBodySentence = s;
                    break;
                }
            }

            foreach (var c in reader.Candidates(doc))
            {
                // The synthetic stories' pseudo-labels teach the hand-written triggers; a trigger only the derived
                // CAMEO lexicon knows is left to the rule's sense (Events/README.md, "Derived from the CAMEO verb dictionary").
                if (OnlyDerived(c.Trigger.Text(doc.Text)))
                {
                    continue;
                }

                bool inTitleOrLead = c.Trigger.Start < titleEnd || (firstBodySentence >= 0 && c.Sentence - firstBodySentence < leadSentences);
                if (inTitleOrLead && Fits(fit, c.RuleCategory, label))
                {
                    agree += c.RuleCategory == label ? 1 : 0;
                    total++;
                    if (ToExample(c, label, drop) is { } example)
                    {
                        examples.Add(example);
                    }
                }
            }

            if (++stories % 500 == 0)
            {
                Console.WriteLine(Inv($"events: {stories} stories read ({clock.Elapsed.TotalSeconds:F0} s)"));
            }
        }

        Console.WriteLine(Inv($"events: synthetic mentions used: {total}, of which the rules' category is the label: {agree}"));
        return examples;
    }

    private static bool Fits(string fit, string rule, string label) => fit switch
    {
        "side" => SameSide(rule, label),
        "any" => true,
        "exact" => rule == label,
        "quad" => Quad(rule) == Quad(label),
        _ => throw new ArgumentException($"--synthetic-fit {fit}: expected exact, quad, side or any"),
    };

    private static int Quad(string c) => c switch
    {
        Plover.Agree or Plover.Consult or Plover.Support => 0,
        Plover.Cooperate or Plover.Aid or Plover.Concede or Plover.Retreat => 1,
        Plover.Request or Plover.Accuse or Plover.Reject or Plover.Threaten => 2,
        _ => 3,
    };

    private static bool SameSide(string a, string b) => a == Plover.Request || b == Plover.Request || Plover.IsCooperative(a) == Plover.IsCooperative(b);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static bool OnlyDerived(string trigger)
    {
        var entries = EventLexicon.Shared.EntriesFor(trigger.ToLowerInvariant());
        return entries.Length > 0 && entries.All(e => e.Derived);
    }
}
